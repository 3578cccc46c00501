import DeltaRuntime
import DeltaSpec
import DeltaTasks
import Foundation

/// The training loop: per step, the batch of (seed, step), forward + backward through the executor,
/// finiteness checks, clipping, AdamW at the scheduled rate; periodic evaluation on the test split
/// (early stop), checkpoints, the metrics log; at the end the evaluation at every `eval.lengths`.
public struct Trainer: Sendable {
  public let spec: Spec
  public let options: TrainOptions
  public let programs: ModelPrograms
  public let task: any TaskGenerator
  public let totalSteps: Int
  let results: ResultsWriter
  let progress: ProgressLine
  let schedule: LRSchedule
  let parallel: DataParallel
  /// Rank 0 (or the only process): writes the results folder, evaluates, shows progress.
  var isRoot: Bool { parallel.communicator.isRoot }

  public init(spec: Spec, options: TrainOptions) throws {
    self.spec = spec
    self.options = options
    task = try TaskFactory.make(spec)
    programs = try ModelPrograms(spec: spec, training: true)
    totalSteps = TaskFactory.totalSteps(spec)
    results = ResultsWriter(directory: options.resultsDirectory)
    parallel = DataParallel(communicator: options.communicator)
    progress = ProgressLine(
      totalSteps: totalSteps, enabled: options.showProgress && options.communicator.isRoot)
    schedule = LRSchedule(
      peak: spec.train.optimizer.lr, schedule: spec.train.schedule, totalSteps: totalSteps)
  }

  public var evaluator: Evaluator {
    Evaluator(programs: programs, task: task, batchSize: spec.eval.batchSize)
  }

  public func run() throws -> TrainSummary {
    try parallel.check(batchSize: spec.train.batchSize)
    if isRoot { try results.prepare(spec: spec) }
    var state = try isRoot ? startState() : freshState()
    try parallel.broadcast(&state, order: programs.parameters)
    var summary = TrainSummary(
      steps: state.step, totalSteps: totalSteps, loss: .nan, tokenAccuracy: 0, sequenceAccuracy: 0,
      stoppedEarly: state.stoppedEarly, interrupted: false, trainSeconds: 0, evaluation: [])
    var stepsThisRun = 0
    while state.step < totalSteps && !state.stoppedEarly {
      if let stop = options.stopAfterSteps, stepsThisRun >= stop {
        progress.finish()
        summary.steps = state.step
        summary.interrupted = true
        return summary
      }
      let started = ContinuousClock.now
      let metrics = try trainStep(&state)
      let seconds = (ContinuousClock.now - started).seconds
      state.elapsed += seconds
      summary.trainSeconds += seconds
      stepsThisRun += 1
      (summary.loss, summary.tokenAccuracy, summary.sequenceAccuracy) = (
        metrics.loss, metrics.tokenAccuracy, metrics.sequenceAccuracy
      )
      report(state, metrics, seconds: seconds, average: summary.trainSeconds / Double(stepsThisRun))
      try periodicWork(&state)
    }
    progress.finish()
    summary.steps = state.step
    summary.stoppedEarly = state.stoppedEarly
    summary.checkpoint = try checkpoint(state, force: true)
    summary.evaluation = try finalEvaluation(state)
    return summary
  }

  /// The seeded initialization (ranks other than 0 start here, then receive rank 0's state).
  func freshState() -> TrainingState {
    TrainingState(
      step: 0, parameters: programs.initialParameters(), optimizer: AdamW(config: spec.train.optimizer))
  }

  /// A fresh state (seeded initialization, or `initFrom`'s parameters), or the newest checkpoint
  /// with `--resume`.
  func startState() throws -> TrainingState {
    let store = results.checkpoints
    guard options.resume else {
      if !store.list().isEmpty {
        progress.note(
          "note: starting over in \(results.directory) (--resume continues the earlier run)")
      }
      guard let imported = options.initFrom else {
        results.clear()
        return freshState()
      }
      // Checked before the earlier run's files are cleared: bad parameters change nothing.
      var state = TrainingState(
        step: 0, parameters: try imported.checked(against: programs),
        optimizer: AdamW(config: spec.train.optimizer))
      state.initFrom = imported.source
      results.clear()
      progress.note("starting from the parameters of \(imported.source) (optimizer state fresh)")
      return state
    }
    if options.initFrom != nil {
      throw ExperimentError(.badInput, "--init-from and --resume exclude each other")
    }
    let files = store.list()
    guard let newest = files.first else {
      throw ExperimentError(
        .badInput,
        "--resume: no checkpoint in \(store.directory) to resume from; run without --resume to start"
      )
    }
    do {
      let state = try CheckpointStore.load(
        path: newest.path, spec: spec, programs: programs, resume: true)
      try results.truncateMetrics(after: state.step)
      progress.note("resuming from \(newest.path) (step \(state.step) of \(totalSteps))")
      if let threads = state.threads, threads != programs.threads {
        // Kernel results do not depend on the split, but OpenBLAS's may: exactness needs the same count.
        progress.note(
          "note: the checkpoint was written with \(threads) threads, this run uses \(programs.threads); the result may differ in the last bits from an uninterrupted run (set compile.threads)"
        )
      }
      return state
    } catch let error as ExperimentError {
      let older = files.dropFirst().first.map {
        "\nhint: the previous checkpoint \($0.path) (step \($0.step)) may be intact: move the newest aside to resume from it"
      }
      throw ExperimentError(error.kind, error.message + (older ?? ""))
    }
  }

  /// One optimizer step; returns the batch's metrics (from the logits the step computed anyway).
  func trainStep(_ state: inout TrainingState) throws -> StepMetrics {
    let step = state.step
    let global = task.trainBatch(step: step, batchSize: spec.train.batchSize)
    let batch = parallel.shard(global)
    let out = try programs.training!.run(
      parameters: programs.tensors(state.parameters),
      inputs: ModelPrograms.feed(
        batch.inputs, batch.labels, batch: batch.batch, length: batch.length))
    var loss = Double(out["loss"]!.data[0])
    var grads: [String: [Float]] = [:]
    for (name, _) in programs.parameters { grads[name] = out["grad." + name]!.data }
    var acc = MetricsAccumulator()
    acc.add(
      logits: out["logits"]!.data, labels: batch.labels, batch: batch.batch, length: batch.length,
      vocab: spec.vocabSize, ignoreIndex: ignoreIndex)
    var (tokenAccuracy, sequenceAccuracy) = (acc.tokenAccuracy, acc.sequenceAccuracy)
    if parallel.size > 1 {
      (loss, tokenAccuracy, sequenceAccuracy) = try parallel.reduce(
        loss: loss, metrics: acc, grads: &grads, order: programs.parameters.map(\.name))
    }
    options.gradientHook?(step, &grads)
    try checkFinite(step: step, loss: loss, grads: grads)
    let norm =
      spec.train.gradClip.map { GradientChecks.clip(&grads, maxNorm: $0) }
      ?? GradientChecks.globalNorm(grads)
    let lr = schedule.lr(at: step)
    state.optimizer.update(parameters: &state.parameters, gradients: grads, lr: lr)
    if let bad = GradientChecks.firstNonFinite(state.parameters) {
      throw nonFinite(
        step,
        "parameter \(bad.name) became non-finite after the update (\(bad.count) values, first \(bad.value) at \(bad.index)); lower train.lr or set train.grad_clip"
      )
    }
    state.step += 1
    return StepMetrics(
      loss: loss, tokenAccuracy: tokenAccuracy, sequenceAccuracy: sequenceAccuracy, lr: lr,
      gradNorm: norm, tokens: global.batch * global.length)
  }

  func checkFinite(step: Int, loss: Double, grads: [String: [Float]]) throws {
    if !loss.isFinite { throw nonFinite(step, "loss is \(loss)") }
    if let bad = GradientChecks.firstNonFinite(grads) {
      throw nonFinite(
        step,
        "gradient of \(bad.name) has \(bad.count) non-finite values (first: \(bad.value) at element \(bad.index))"
      )
    }
  }

  func nonFinite(_ step: Int, _ what: String) -> ExperimentError {
    progress.finish()
    let last =
      results.checkpoints.list().first.map { "\($0.path) (step \($0.step)) is intact" }
      ?? "no checkpoint was written"
    return ExperimentError(
      .nonFinite, "step \(step + 1): \(what); stopped before updating the parameters; \(last)")
  }

  func report(_ state: TrainingState, _ m: StepMetrics, seconds: Double, average: Double) {
    guard isRoot else { return }
    results.appendMetrics([
      ("step", "\(state.step)"), ("loss", jsonNumber(m.loss)),
      ("token_accuracy", jsonNumber(m.tokenAccuracy)),
      ("sequence_accuracy", jsonNumber(m.sequenceAccuracy)), ("lr", jsonNumber(m.lr)),
      ("grad_norm", jsonNumber(m.gradNorm)),
      ("ms", jsonNumber(seconds * 1000)), ("tokens_per_s", jsonNumber(Double(m.tokens) / seconds)),
    ])
    let line = ProgressLine.format(
      step: state.step, total: totalSteps, loss: m.loss, tokenAccuracy: m.tokenAccuracy,
      sequenceAccuracy: m.sequenceAccuracy, lr: m.lr, milliseconds: seconds * 1000,
      tokensPerSecond: Double(m.tokens) / seconds, eta: average * Double(totalSteps - state.step))
    progress.step(state.step, total: totalSteps, line: line)
  }

  /// Evaluation on the test split every `eval.every` steps (early stop), checkpoints every
  /// `train.checkpoint_every`; both on rank 0 alone, which tells the others whether to stop.
  func periodicWork(_ state: inout TrainingState) throws {
    if let every = spec.eval.every, state.step % every == 0, state.step < totalSteps {
      if isRoot { try periodicEvaluation(&state) }
      try parallel.agree(&state)
    }
    if !state.stoppedEarly { _ = try checkpoint(state, force: false) }
  }

  func periodicEvaluation(_ state: inout TrainingState) throws {
    let t = spec.task.testLength
    let r = try evaluator.evaluate(
      parameters: state.parameters, lengths: t.min...t.max, count: spec.task.testSamples)
    results.appendMetrics([
      ("step", "\(state.step)"), ("kind", "\"eval\""), ("length", "\(t.max)"),
      ("sequence_accuracy", jsonNumber(r.metrics.sequenceAccuracy)),
      ("token_accuracy", jsonNumber(r.metrics.tokenAccuracy)),
      ("loss", jsonNumber(r.metrics.loss)),
    ])
    progress.note(
      "eval step \(state.step) T=\(t) | seq acc \(ProgressLine.fixed(r.metrics.sequenceAccuracy, 3)) | token acc "
        + "\(ProgressLine.fixed(r.metrics.tokenAccuracy, 3)) | loss \(ProgressLine.fixed(r.metrics.loss, 4))"
    )
    if let stop = spec.train.earlyStop {
      let value = Self.value(stop.metric, r.metrics)
      let better =
        stop.metric.higherIsBetter
        ? value >= (state.bestMetric ?? -.infinity) : value <= (state.bestMetric ?? .infinity)
      if better { state.bestMetric = value }
      if stop.metric.higherIsBetter ? value >= stop.target : value <= stop.target {
        state.stoppedEarly = true
        progress.note(
          "early stop at step \(state.step): \(stop.metric.rawValue) \(value) reached the target \(stop.target)"
        )
      }
    }
  }

  func checkpoint(_ state: TrainingState, force: Bool) throws -> String? {
    guard isRoot else { return nil }
    let due = spec.train.checkpointEvery.map { state.step % $0 == 0 } ?? false
    guard force || due else { return nil }
    if let newest = results.checkpoints.list().first, newest.step == state.step {
      return newest.path
    }
    return try results.checkpoints.save(state, spec: spec, programs: programs)
  }

  func finalEvaluation(_ state: TrainingState) throws -> [LengthResult] {
    guard isRoot else { return [] }
    return try evaluator.evaluateLengths(
      parameters: state.parameters, spec: spec, step: state.step, progress: progress,
      results: results)
  }

  /// `eval T=64 | seq acc 0.998 | token acc 1.000 | loss 0.0123 | ppl 1.01 | 0.4 s`
  static func evalLine(length: Int, _ r: LengthResult) -> String {
    let m = r.metrics
    return "eval T=\(length) | seq acc \(ProgressLine.fixed(m.sequenceAccuracy, 3)) | token acc "
      + "\(ProgressLine.fixed(m.tokenAccuracy, 3)) | loss \(ProgressLine.fixed(m.loss, 4)) | ppl "
      + "\(ProgressLine.fixed(Foundation.exp(m.loss), 2)) | \(ProgressLine.fixed(r.seconds, 1)) s"
  }

  static func value(_ metric: Metric, _ m: MetricsAccumulator) -> Double {
    switch metric {
    case .sequenceAccuracy, .prefixAccuracy: return m.sequenceAccuracy
    case .tokenAccuracy: return m.tokenAccuracy
    case .loss, .lossPerPosition: return m.loss
    }
  }
}

/// One training step's numbers.
struct StepMetrics {
  var loss: Double
  var tokenAccuracy: Double
  var sequenceAccuracy: Double
  var lr: Double
  var gradNorm: Double
  var tokens: Int
}

extension Trainer {
  /// `NAME: P parameters, S steps of B x W tokens, T threads, results in DIR`, what `deltac run`
  /// prints before training.
  public var openingLine: String {
    let communicator = options.communicator
    let ranks =
      communicator.size > 1
      ? "\(communicator.size) ranks x \(programs.threads) threads" : "\(programs.threads) threads"
    return "\(spec.name): \(programs.parameterCount) parameters, \(totalSteps) steps of "
      + "\(spec.train.batchSize) x \(task.trainWidth) tokens, \(ranks), "
      + "results in \(options.resultsDirectory)"
  }
}

extension TrainSummary {
  /// What `deltac run` prints after training: how it ended, the training and total wall time
  /// (`since`: when the command started), the final batch loss and the newest checkpoint.
  public func closingLine(spec: Spec, since start: ContinuousClock.Instant) -> String {
    let wall = Double((ContinuousClock.now - start).components.seconds)
    let how = stoppedEarly ? "stopped early at step \(steps)" : "trained \(steps) steps"
    return "\(spec.name): \(how) in \(String(format: "%.1f", trainSeconds)) s "
      + "(\(String(format: "%.0f", wall)) s with compile and evaluation); final batch loss "
      + "\(String(format: "%.4f", loss)); checkpoint \(checkpoint ?? "none")"
  }
}
