import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac profile`'s tables, from the executor's per-node timings: where a training step's time
/// goes, per node (keyed by its IR value names, as `deltac compile --emit ir --backward` prints them)
/// and per op, with the share of the step, GFLOP/s (GEMMs and recurrence kernels) and GB/s (operands
/// read + results written, 4 bytes per element).
public struct ProfileReport {
  public struct Row: Sendable {
    /// The node's index in the graph.
    public var node: Int
    public var name: String
    public var op: String
    public var shape: [Int]
    /// Seconds per step.
    public var seconds: Double
    public var flops: Double?
    public var bytes: Double
    /// What ran it: JIT, JIT recurrence, BLAS, host, view or copy (never the reference interpreter).
    public var path: KernelPath
  }

  public var rows: [Row]
  /// Wall seconds per step, AdamW's share, and the FMA peak (GFLOP/s) of the threads used.
  public var stepSeconds: Double
  public var optimizerSeconds: Double
  /// Thread seconds per step the workers spent waiting for each other at the ends of parallel
  /// regions (`ParallelFor.idleSeconds`).
  public var idleSeconds: Double

  public init(
    graph: Graph, timings: NodeTimings, steps: Int, stepSeconds: Double, optimizerSeconds: Double,
    idleSeconds: Double = 0
  ) {
    rows = timings.entries.sorted { $0.key < $1.key }.map { index, e in
      let node = graph.nodes[index]
      let bytes =
        4
        * Double(
          (e.operandShapes + e.resultShapes).reduce(0) { $0 + $1.reduce(1, *) })
      return Row(
        node: index, name: node.results.map(\.value.name).joined(separator: " "), op: node.op.name,
        shape: e.resultShapes.first ?? [], seconds: e.seconds / Double(steps),
        flops: Self.flops(node.op, e.operandShapes, e.resultShapes), bytes: bytes, path: e.path)
    }
    self.stepSeconds = stepSeconds
    self.optimizerSeconds = optimizerSeconds
    self.idleSeconds = idleSeconds
  }

  /// Multiply-adds x 2 of GEMM and recurrence ops (reference 3.3's count for the recurrence, twice
  /// that for its backward, as `ModelFlops`); nil for the rest.
  public static func flops(_ op: Op, _ operands: [[Int]], _ results: [[Int]]) -> Double? {
    let out = Double(results.first?.reduce(1, *) ?? 0)
    switch op {
    case .linear:
      return 2 * out * Double(operands[0].last ?? 0)
    case .matmul(let ta, _):
      let a = operands[0]
      return 2 * out * Double(ta ? a[a.count - 2] : a[a.count - 1])
    case .deltaProduct(let p), .deltaProductGrad(let p):
      // q [B, T, H, K], v [B, T, n, H, V].
      let q = operands[0]
      let (k, v) = (q[q.count - 1], operands[2].last ?? 0)
      let tokenHeads = Double(q.dropLast().reduce(1, *))
      let forward = tokenHeads * Double(p.numHouseholder * 4 * k * v + 2 * k * v)
      if case .deltaProductGrad = op { return 2 * forward }
      return forward
    default:
      return nil
    }
  }

  /// The `top` most expensive nodes, then the totals per op, then what is outside the nodes.
  public func table(top: Int) -> String {
    var lines = [
      "per node (top \(top) of \(rows.count); names as in `deltac compile --emit ir --backward`):"
    ]
    lines.append(header("node"))
    for r in rows.sorted(by: { $0.seconds > $1.seconds }).prefix(top) {
      lines.append(
        line(r.name, "\(r.op) (\(r.path.rawValue))", r.shape, r.seconds, r.flops, r.bytes))
    }
    lines.append("")
    lines.append("per op:")
    lines.append(header("nodes"))
    var byOp: [String: (Double, Double?, Double, Int)] = [:]
    for r in rows {
      var e = byOp[r.op] ?? (0, nil, 0, 0)
      e.0 += r.seconds
      if let f = r.flops { e.1 = (e.1 ?? 0) + f }
      e.2 += r.bytes
      e.3 += 1
      byOp[r.op] = e
    }
    for (op, e) in byOp.sorted(by: { $0.value.0 > $1.value.0 }) {
      lines.append(line("\(e.3) nodes", op, [], e.0, e.1, e.2))
    }
    let nodes = rows.reduce(0) { $0 + $1.seconds }
    lines.append("")
    lines.append(
      String(
        format:
          "step %.1f ms = nodes %.1f ms (%.0f%%) + AdamW %.1f ms (%.0f%%) + executor/outside %.1f ms (%.0f%%)",
        stepSeconds * 1e3, nodes * 1e3, 100 * nodes / stepSeconds, optimizerSeconds * 1e3,
        100 * optimizerSeconds / stepSeconds, (stepSeconds - nodes - optimizerSeconds) * 1e3,
        100 * (stepSeconds - nodes - optimizerSeconds) / stepSeconds))
    lines.append(
      String(
        format:
          "workers idle at the ends of parallel regions: %.1f ms of thread time a step (uneven parts, or a core running slower)",
        idleSeconds * 1e3))
    return lines.joined(separator: "\n")
  }

  func header(_ what: String) -> String {
    lpad("ms/step", 9) + lpad("share", 7) + lpad("GFLOP/s", 9) + lpad("GB/s", 7) + "  "
      + pad("op (path)", 28) + pad("shape", 20) + what
  }

  func line(
    _ name: String, _ op: String, _ shape: [Int], _ seconds: Double, _ flops: Double?,
    _ bytes: Double
  ) -> String {
    let shapeText = shape.isEmpty ? "" : "[" + shape.map(String.init).joined(separator: ",") + "]"
    let gflops = flops.map { String(format: "%.1f", $0 / seconds / 1e9) } ?? "-"
    // Views and GEMM epilogues take no time of their own (an epilogue's is its GEMM's).
    let gbs = seconds > 1e-6 ? String(format: "%.1f", bytes / seconds / 1e9) : "-"
    return lpad(String(format: "%.2f", seconds * 1e3), 9)
      + lpad(String(format: "%.1f%%", 100 * seconds / stepSeconds), 7) + lpad(gflops, 9)
      + lpad(gbs, 7) + "  " + pad(op, 28)
      + pad(shapeText, 20) + name
  }

  func pad(_ s: String, _ n: Int) -> String {
    s.count >= n ? String(s.prefix(n - 1)) + " " : s + String(repeating: " ", count: n - s.count)
  }

  func lpad(_ s: String, _ n: Int) -> String {
    s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
  }
}

extension ProfileReport {
  /// Runs `warmup` untimed and then `steps` timed training steps of the spec's model with every
  /// executor node timed; returns the step (for its sizes) and the report. With `trace`, the timed
  /// steps are recorded into it as a timeline too (`ChromeTrace`).
  public static func measure(
    _ spec: Spec, steps: Int, warmup: Int, trace: TraceRecorder? = nil
  ) throws -> (step: DeltacTrainStep, report: ProfileReport) {
    let step = try DeltacTrainStep(spec: spec)
    let timings = NodeTimings()
    step.executor.timings = timings
    for _ in 0..<warmup { _ = try step.step() }
    timings.reset()
    step.trace = trace
    defer { step.trace = nil }
    var total = 0.0
    var optimizer = 0.0
    let idle = ParallelFor.idleSeconds
    for _ in 0..<steps {
      var o = 0.0
      total += try step.step(optimizerSeconds: &o).seconds
      optimizer += o
    }
    let report = ProfileReport(
      graph: step.executor.graph, timings: timings, steps: steps,
      stepSeconds: total / Double(steps), optimizerSeconds: optimizer / Double(steps),
      idleSeconds: (ParallelFor.idleSeconds - idle) / Double(steps))
    return (step, report)
  }
}
