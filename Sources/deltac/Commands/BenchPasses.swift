import ArgumentParser
import DeltaExperiment
import DeltaIR
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac bench passes [SPEC[@B]...]`: training-step time and activation memory with every pass, with
/// none, and with each one disabled, interleaved in one run.
struct BenchPasses: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "passes",
    abstract: "Training step time and peak activation memory with all passes, none, and each disabled.",
    discussion: """
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
      """)

  @Argument(help: ArgumentHelp("Specs, SPEC or SPEC@BATCH.", valueName: "spec"))
  var specs: [String] = []
  @Option(help: "Timed rounds (each runs every configuration once).") var rounds = 5
  @Option(help: "Untimed steps per configuration first.") var warmup = 1

  func validate() throws {
    guard rounds >= 1, warmup >= 0 else {
      throw ValidationError("--rounds must be at least 1 and --warmup at least 0")
    }
  }

  struct Config {
    let name: String
    let disabled: [String]
    let step: DeltacTrainStep
    let meter: MemoryMeter
    let planned: Int?
    var seconds: [Double] = []
  }

  func run() throws {
    let list = specs.isEmpty ? ["specs/s3_nh2_neg.yaml@64", "specs/lm_bytes.yaml@16"] : specs
    emit(
      "deltac bench passes: \(rounds) rounds, \(warmup) warm-up; \(ISO8601DateFormatter().string(from: Date())); "
        + "load average \(BenchTrain.loadAverage()); \(ProcessInfo.processInfo.activeProcessorCount) cores")
    for entry in list {
      let spec = try Self.loadSpec(entry)
      try ExperimentCommand.guarded { try bench(spec) }
    }
  }

  /// SPEC or SPEC@BATCH: the spec, with its training batch size replaced by BATCH when given.
  static func loadSpec(_ entry: String) throws -> Spec {
    var path = entry
    var batch: Int?
    if let at = entry.lastIndex(of: "@"), let b = Int(entry[entry.index(after: at)...]), b > 0 {
      path = String(entry[..<at])
      batch = b
    }
    var spec = try InteropCLI.loadSpec(path)
    if let batch { spec.train.batchSize = batch }
    return spec
  }

  func bench(_ base: Spec) throws {
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
      let planned =
        g.plan.isEmpty ? nil : PlanMemory.plan(g, dims: Compilation.dims(spec)).peakBytes
      configs.append(Config(name: name, disabled: disabled, step: step, meter: meter, planned: planned))
    }
    BLAS.threads = configs[0].step.programs.threads
    let b = configs[0].step
    FileHandle.standardError.write(
      "\(base.name): B \(b.batch) x T \(b.length), \(b.programs.threads) threads, \(configs.count) configurations\n"
        .data(using: .utf8)!)
    for c in configs {
      for _ in 0..<warmup { _ = try c.step.step() }
      c.step.executor.pool.drain()
    }
    for round in 0..<rounds {
      for i in configs.indices {
        configs[i].seconds.append(try configs[i].step.step().seconds)
        // Ten executors' kept buffers would not fit in memory together (lm: ~0.8 GB each).
        configs[i].step.executor.pool.drain()
      }
      FileHandle.standardError.write(
        "round \(round + 1)/\(rounds): "
          .appending(configs.map { String(format: "%.3f", $0.seconds.last!) }.joined(separator: " "))
          .appending("\n").data(using: .utf8)!)
    }
    let reference = TrainBench.median(configs[0].seconds)
    emit("")
    emit(
      "\(base.name), B \(b.batch) x T \(b.length), \(b.programs.threads) threads, median of \(rounds):")
    emit("")
    emit("| passes | step (median) | / all passes | kernels | GEMMs | peak activations (measured) | planned |")
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

/// `deltac bench chunks SPEC`: the chunk the cost model picks against every candidate measured.
struct BenchChunks: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chunks",
    abstract: "The recurrence chunk choose-chunk-size picks, against every candidate measured.",
    discussion: """
      For each distinct recurrence shape of the spec's training graph (at its
      batch and training length, or B from SPEC@B), runs the JIT'd forward +
      backward of every candidate chunk (1, rN, N) on random inputs with the
      spec's threads (minimum of --repeats after a warm-up, candidates
      interleaved) and prints the model's estimate and the measured time of
      each, marking the model's pick and the fastest.

      Example:
        deltac bench chunks specs/lm_bytes.yaml
      """)

  @Argument(help: ArgumentHelp("The spec, SPEC or SPEC@BATCH.", valueName: "spec")) var spec: String
  @Option(help: "Timed runs per candidate per round (the minimum is kept).") var repeats = 3
  @Option(help: "Interleaved rounds over the candidates (the median of their minima is reported).")
  var rounds = 3

  func run() throws {
    let loaded = try BenchPasses.loadSpec(spec)
    try ExperimentCommand.guarded {
      let options = Compilation.passOptions(loaded)
      let g = try Compilation.trainingGraph(loaded, options: options)
      emit(
        "deltac bench chunks \(spec): \(ISO8601DateFormatter().string(from: Date())); load average "
          + BenchTrain.loadAverage() + "; \(options.threads) threads")
      var done: Set<String> = []
      let types = g.types
      for node in g.nodes {
        guard case .deltaProduct(let p) = node.op,
          let q = types[node.inputs[0]], let v = types[node.inputs[2]]
        else { continue }
        let dims = options.dims
        let problem = ChunkCostModel.Problem(
          batch: q.dims[0].evaluate(dims)!, length: q.dims[1].evaluate(dims)!,
          heads: q.dims[2].concrete!, keyDim: q.dims[3].concrete!, valueDim: v.dims[4].concrete!,
          householder: p.numHouseholder, backward: true)
        let key = "\(problem)"
        if !done.insert(key).inserted { continue }
        let candidates = ChunkChoice.candidates(length: problem.length)
        let model = ChunkCostModel()
        var measured = [[Double]](repeating: [], count: candidates.count)
        for _ in 0..<rounds {
          for (i, c) in candidates.enumerated() {
            measured[i].append(
              try ChunkTuner.measure(
                p, problem, chunk: c.size, threads: options.threads, repeats: repeats))
          }
        }
        let medians = measured.map(TrainBench.median)
        let best = medians.indices.min { medians[$0] < medians[$1] }!
        let picked = p.chunk
        emit("")
        emit(
          "\(node.results[0].value): n_h \(p.numHouseholder), B \(problem.batch) x T \(problem.length), "
            + "H \(problem.heads), Dk \(problem.keyDim), Dv \(problem.valueDim), forward + backward; "
            + "picked \(picked) (\(p.chunkReason ?? "fixed by the spec"))")
        emit("")
        emit("| chunk | model (1 thread) | measured (median of \(rounds) minima) | / fastest | |")
        emit("|---|---|---|---|---|")
        for (i, c) in candidates.enumerated() {
          var mark: [String] = []
          if c.size == picked { mark.append("picked") }
          if i == best { mark.append("fastest") }
          emit(
            "| \(c) | \(ChooseChunkSize.milliseconds(model.cost(c, problem).total)) | "
              + "\(ChooseChunkSize.milliseconds(medians[i])) | "
              + String(format: "%.2f", medians[i] / medians[best]) + " | \(mark.joined(separator: ", ")) |")
        }
      }
    }
  }
}

/// One line to standard output, written at once (a long benchmark killed midway keeps what it printed).
private func emit(_ line: String) {
  FileHandle.standardOutput.write((line + "\n").data(using: .utf8)!)
}
