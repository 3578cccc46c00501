import DeltaDriver
import DeltaIR
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac bench passes`: one training step per pass configuration (all passes, none, each one
/// disabled), interleaved round after round, with the median step, its ratio to all passes, and the
/// measured and planned peak activation memory.
public struct PassesBench {
  /// `deltac bench` help text.
  public static let discussion = """
    For each spec (SPEC or SPEC@B to set the batch size; default
    specs/s3_nh2_neg.yaml@64 and specs/lm_bytes.yaml@16 at its T = 256) it
    builds one training step per configuration: all passes, no pass, and
    the pipeline with each pass disabled. After a warm-up step each, the
    configurations run in turn, round after round (interleaved, so load
    changes hit them alike); the table has the median step (forward,
    backward, AdamW; wall clock), its ratio to all passes, and the peak
    activation memory the executor measured (distinct live buffers,
    parameters excluded), with the planned peak where plan-memory ran.
    Each configuration's buffer pool is emptied after its step (ten
    executors' kept buffers would not fit in memory at once), so buffer
    reuse is measured within a step, not across steps.

    Example:
      deltac bench passes --rounds 5
      deltac bench passes specs/quickstart.yaml@16 --rounds 3
    """

  public var rounds = 5
  public var warmup = 1

  public init(rounds: Int, warmup: Int) {
    self.rounds = rounds
    self.warmup = warmup
  }

  struct Config {
    let name: String
    let step: DeltacTrainStep
    let meter: MemoryMeter
    let planned: Int?
    var seconds: [Double] = []
  }

  /// The header line of a run.
  public func header() -> String {
    "deltac bench passes: \(rounds) rounds, \(warmup) warm-up; \(ISO8601DateFormatter().string(from: Date())); "
      + "load average \(LoadAverage.text()); \(ProcessInfo.processInfo.activeProcessorCount) cores"
  }

  /// Benchmarks one spec: the table goes to `emit`, progress to `progress`.
  public func run(
    _ base: Spec, emit: (String) -> Void, progress: (String) -> Void
  ) throws {
    var variants: [(String, [String])] = [("all passes", []), ("none", Pipeline.names)]
    for name in Pipeline.names { variants.append(("-" + name, [name])) }
    var configs: [Config] = []
    for (name, disabled) in variants {
      var spec = base
      spec.compile.disabledPasses = disabled
      let step = try DeltacTrainStep(spec: spec)
      let meter = MemoryMeter()
      step.executor.memory = meter
      let g = step.executor.graph
      let planned = g.plan.isEmpty ? nil : PlanMemory.plan(g, dims: spec.graphDims()).peakBytes
      configs.append(Config(name: name, step: step, meter: meter, planned: planned))
    }
    let b = configs[0].step
    progress(
      "\(base.name): B \(b.batch) x T \(b.length), \(b.programs.threads) threads, \(configs.count) configurations"
    )
    for c in configs {
      for _ in 0..<warmup { _ = try c.step.step() }
      c.step.executor.plans.drain()
    }
    for round in 0..<rounds {
      for i in configs.indices {
        configs[i].seconds.append(try configs[i].step.step().seconds)
        // Ten executors' kept buffers would not fit in memory together (lm: ~0.8 GB each).
        configs[i].step.executor.plans.drain()
      }
      progress(
        "round \(round + 1)/\(rounds): "
          + configs.map { String(format: "%.3f", $0.seconds.last ?? 0) }.joined(separator: " "))
    }
    let reference = TrainBench.median(configs[0].seconds)
    emit("")
    emit(
      "\(base.name), B \(b.batch) x T \(b.length), \(b.programs.threads) threads, median of \(rounds):"
    )
    emit("")
    emit(
      "| passes | step (median) | / all passes | kernels | GEMMs | peak activations (measured) | planned |"
    )
    emit("|---|---|---|---|---|---|---|")
    for c in configs {
      let m = TrainBench.median(c.seconds)
      let g = c.step.executor.graph
      emit(
        "| \(c.name) | \(String(format: "%.3f", m)) s | \(String(format: "%.2f", m / reference)) | "
          + "\(g.kernelCount) | \(g.gemmCount) | \(PlanMemory.megabytes(c.meter.peakBytes)) | "
          + "\(c.planned.map(PlanMemory.megabytes) ?? "-") |")
    }
  }
}

/// `deltac bench chunks`: for each distinct recurrence shape of a spec's training graph, the chunk
/// choose-chunk-size picked against every candidate measured (`ChunkTuner.measure`, interleaved rounds).
public struct ChunksBench {
  /// `deltac bench` help text.
  public static let discussion = """
    For each distinct recurrence shape of the spec's training graph (at its
    batch and training length, or B from SPEC@B), runs the JIT'd forward +
    backward of every candidate chunk (1, rN, N) on random inputs with the
    spec's threads (minimum of --repeats after a warm-up, candidates
    interleaved) and prints the model's estimate and the measured time of
    each, marking the model's pick and the fastest.

    Example:
      deltac bench chunks specs/lm_bytes.yaml
    """

  public var repeats = 3
  public var rounds = 3

  public init(repeats: Int, rounds: Int) {
    self.repeats = repeats
    self.rounds = rounds
  }

  public func run(_ spec: Spec, label: String, emit: (String) -> Void) throws {
    let options = Driver.passOptions(spec, for: .training)
    let g = try Driver.graph(spec, for: .training)
    emit(
      "deltac bench chunks \(label): \(ISO8601DateFormatter().string(from: Date())); load average "
        + LoadAverage.text() + "; \(options.threads) threads")
    var done: Set<String> = []
    let types = g.types
    for node in g.nodes {
      guard case .deltaProduct(let p) = node.op,
        let problem = ChunkCostModel.Problem(node, types: types, dims: options.dims, backward: true)
      else { continue }
      if !done.insert("\(problem)").inserted { continue }
      let candidates = ChunkCostModel.candidates(length: problem.length)
      let model = ChunkCostModel()
      var measured = [[Double]](repeating: [], count: candidates.count)
      for _ in 0..<rounds {
        for (i, c) in candidates.enumerated() {
          measured[i].append(
            try ChunkTuner.measure(p, problem, chunk: c, threads: options.threads, repeats: repeats)
          )
        }
      }
      let medians = measured.map(TrainBench.median)
      let best = medians.indices.min { medians[$0] < medians[$1] } ?? 0
      emit("")
      emit(
        "\(node.results[0].value): n_h \(p.numHouseholder), B \(problem.batch) x T \(problem.length), "
          + "H \(problem.heads), Dk \(problem.keyDim), Dv \(problem.valueDim), forward + backward; "
          + "picked \(p.chunk) (\(p.chunkReason ?? "fixed by the spec"))")
      emit("")
      emit("| chunk | model (1 thread) | measured (median of \(rounds) minima) | / fastest | |")
      emit("|---|---|---|---|---|")
      for (i, c) in candidates.enumerated() {
        var mark: [String] = []
        if c == p.chunk { mark.append("picked") }
        if i == best { mark.append("fastest") }
        emit(
          "| \(c) | \(ChooseChunkSize.milliseconds(model.cost(c, problem).total)) | "
            + "\(ChooseChunkSize.milliseconds(medians[i])) | "
            + String(format: "%.2f", medians[i] / medians[best])
            + " | \(mark.joined(separator: ", ")) |")
      }
    }
  }
}
