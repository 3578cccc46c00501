import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac bench ab A B`: two training steps (forward, backward, AdamW) built side by side in one
/// process and timed in adjacent pairs, so that the machine's drift, which moves whole runs by 25%
/// on a shared VM, hits both alike: pair i runs A then B (B then A on odd pairs), each as two steps
/// in a row with the second timed. The paired ratio (B_i / A_i, median and quartiles) is the number
/// to read; the medians and the per-op sums (`NodeTimings`, op kinds by time) say where it comes
/// from. An A/A run (the same spec twice) shows the noise floor.
public struct ABBench {
  public var pairs: Int
  public var warmup: Int

  public init(pairs: Int, warmup: Int) {
    self.pairs = pairs
    self.warmup = warmup
  }

  public static let abstract = "Two specs' training steps timed in adjacent pairs in one process."
  public static let discussion = """
    Builds one training step (forward, backward, AdamW) for each spec
    (SPEC or SPEC@BATCH), runs the warm-up steps, then --pairs pairs: A
    then B (B then A on odd pairs), each as two steps in a row with the
    second timed. Prints each pair, then the medians, the paired ratio
    B / A (median and quartiles of the pairs' ratios: drift that moves
    whole runs hits a pair's two steps alike) and the time per op kind.
    Give the same spec twice for the noise floor.

    Examples:
      deltac bench ab bench/specs/tiny.yaml my_variant.yaml
      deltac bench ab specs/quickstart.yaml@16 specs/quickstart.yaml@32 --pairs 20
    """

  /// Median (`TrainBench.median`, as every bench report) and quartiles (the values at n/4 and
  /// 3n/4 of the sorted list).
  public struct Spread: Equatable, Sendable {
    public var p25: Double
    public var median: Double
    public var p75: Double

    public init(_ values: [Double]) {
      let s = values.sorted()
      precondition(!s.isEmpty, "Spread of no values")
      (p25, median, p75) = (s[s.count / 4], TrainBench.median(s), s[(3 * s.count) / 4])
    }
  }

  /// The statistics of a run: each side's steps, and the ratios B_i / A_i of the pairs.
  public struct Summary: Equatable, Sendable {
    public var a: Spread
    public var b: Spread
    public var ratio: Spread

    public init(a: [Double], b: [Double]) {
      precondition(a.count == b.count, "A/B: \(a.count) steps of A, \(b.count) of B")
      self.a = Spread(a)
      self.b = Spread(b)
      ratio = Spread(zip(a, b).map { $1 / $0 })
    }
  }

  /// Runs both specs; the report goes to `emit`, one line per pair to `progress`.
  public func run(
    _ specs: (Spec, Spec), labels: (String, String), emit: (String) -> Void,
    progress: (String) -> Void
  ) throws -> Summary {
    guard pairs >= 1, warmup >= 0 else {
      throw ExperimentError(
        .badInput, "pairs must be at least 1 and warm-up steps at least 0 (got \(pairs), \(warmup))"
      )
    }
    let steps = [try DeltacTrainStep(spec: specs.0), try DeltacTrainStep(spec: specs.1)]
    let names = [labels.0, labels.1]
    for (name, s) in zip(["A", "B"], steps) {
      progress(
        "\(name) \(s.spec.name): \(s.parameterCount) parameters, batch \(s.batch) x \(s.length), "
          + "\(s.programs.threads) threads")
    }
    for s in steps { for _ in 0..<warmup { _ = try s.step() } }
    let timings = [NodeTimings(), NodeTimings()]
    for (s, t) in zip(steps, timings) { s.executor.timings = t }
    let loadBefore = LoadAverage.text()
    var seconds: [[Double]] = [[], []]
    var idle = [0.0, 0.0]
    for pair in 0..<pairs {
      for side in pair % 2 == 0 ? [0, 1] : [1, 0] {
        steps[side].executor.timings = nil
        _ = try steps[side].step()
        steps[side].executor.timings = timings[side]
        let before = ParallelFor.idleSeconds
        seconds[side].append(try steps[side].step().seconds)
        idle[side] += ParallelFor.idleSeconds - before
      }
      progress(
        String(
          format: "pair %d/%d: A %.1f ms, B %.1f ms (B / A %.3f)", pair + 1, pairs,
          seconds[0][pair] * 1e3, seconds[1][pair] * 1e3, seconds[1][pair] / seconds[0][pair]))
    }
    let summary = Summary(a: seconds[0], b: seconds[1])
    emit(
      "A = \(names[0]), B = \(names[1]); \(pairs) pairs of timed steps in one process; load average "
        + "\(loadBefore) at the start, \(LoadAverage.text()) at the end")
    emit("")
    emit("| | A | B | B / A |")
    emit("|---|---|---|---|")
    func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1e3) }
    emit(
      "| step (median, 25-75%) | \(ms(summary.a.median)) (\(ms(summary.a.p25))-\(ms(summary.a.p75))) "
        + "| \(ms(summary.b.median)) (\(ms(summary.b.p25))-\(ms(summary.b.p75))) "
        + String(
          format: "| %.3f paired (%.3f-%.3f) |", summary.ratio.median, summary.ratio.p25,
          summary.ratio.p75))
    let (ia, ib) = (idle[0] / Double(pairs), idle[1] / Double(pairs))
    emit(
      "| workers idle at region ends (thread time) | \(ms(ia)) | \(ms(ib)) | "
        + (ia > 0 ? String(format: "%.3f", ib / ia) : "-") + " |")
    let ops = zip(steps, timings).map { Self.opSums($0.executor.graph, $1, runs: pairs) }
    let kinds = Set(ops[0].keys).union(ops[1].keys).sorted {
      (ops[0][$0] ?? 0) + (ops[1][$0] ?? 0) > (ops[0][$1] ?? 0) + (ops[1][$1] ?? 0)
    }
    // Op kinds under 5 us a step on both sides (views, scalars) are left out.
    for kind in kinds where max(ops[0][kind] ?? 0, ops[1][kind] ?? 0) >= 5e-6 {
      let (a, b) = (ops[0][kind] ?? 0, ops[1][kind] ?? 0)
      emit(
        "| \(kind) | \(ms(a)) | \(ms(b)) | " + (a > 0 ? String(format: "%.3f", b / a) : "-") + " |")
    }
    return summary
  }

  /// Seconds per step by op name (every node's recorded time over `runs` steps).
  static func opSums(_ graph: Graph, _ timings: NodeTimings, runs: Int) -> [String: Double] {
    var sums: [String: Double] = [:]
    for (node, entry) in timings.entries {
      sums[graph.nodes[node].op.name, default: 0] += entry.seconds / Double(max(1, runs))
    }
    return sums
  }
}
