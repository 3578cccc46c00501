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
  public let results: ResultsWriter
  let progress: ProgressLine
  let schedule: LRSchedule
  let parallel: DataParallel
  /// Rank 0 (or the only process): writes the results folder, evaluates, shows progress.
  var isRoot: Bool { parallel.communicator.isRoot }

  public init(spec: Spec, options: TrainOptions) throws {
    self.spec = spec
    self.options = options
    // The programs first: their memory estimate refuses a spec too large before its data is made.
    programs = try ModelPrograms(spec: spec, training: true)
    task = try TaskFactory.make(spec)
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
    if options.handleSignals { GracefulStop.install() }
    try parallel.check(batchSize: spec.train.batchSize)
    // The folder is locked before anything in it changes, and spec.yaml is written only once the
    // run may start (a refused --resume or fresh run leaves the earlier run's files as they were).
    var lock: ResultsLock?
    defer { lock?.release() }
    if isRoot {
      try results.open()
      lock = try ResultsLock(directory: results.directory)
      if let stale = lock?.tookOverFrom {
        progress.note(
          "note: took over \(results.directory)/\(ResultsLock.fileName) from process \(stale), which is no longer running"
        )
      }
      if let note = try EarlierRun(results: results).recover() { progress.note(note) }
    }
    var state = try isRoot ? startState() : freshState()
    if isRoot { try results.write(SpecPrinter.yaml(spec), to: "spec.yaml") }
    let events =
      try isRoot
      ? EventLog.start(results: results, spec: spec, resumedAt: options.resume ? state.step : nil)
      : nil
    try parallel.broadcast(&state, order: programs.parameters)
    var summary = TrainSummary(
      steps: state.step, totalSteps: totalSteps, loss: .nan, tokenAccuracy: 0, sequenceAccuracy: 0,
      stoppedEarly: state.stoppedEarly, interrupted: false, trainSeconds: 0, evaluation: [])
    if options.resume, state.step >= totalSteps || state.stoppedEarly {
      summary.alreadyFinished = true
      progress.note(
        "the run had already finished (step \(state.step) of \(totalSteps)); nothing to train, evaluating its last checkpoint"
      )
    }
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
      try report(
        state, metrics, seconds: seconds, average: summary.trainSeconds / Double(stepsThisRun),
        events: events)
      if stepsThisRun == 2, isRoot,
        let note = ProgressLine.estimate(
          stepSeconds: seconds, remaining: totalSteps - state.step, timedStep: state.step)
      {
        progress.note(note)
      }
      try periodicWork(&state, events: events)
      if options.handleSignals, let signal = GracefulStop.requested, state.step < totalSteps {
        progress.finish()
        summary.steps = state.step
        summary.interrupted = true
        summary.stopSignal = signal
        summary.checkpoint = try checkpoint(state, force: true)
        return summary
      }
    }
    progress.finish()
    summary.steps = state.step
    summary.stoppedEarly = state.stoppedEarly
    summary.checkpoint = try checkpoint(state, force: true)
    summary.evaluation = try finalEvaluation(state, events: events)
    return summary
  }

  /// The seeded initialization (ranks other than 0 start here, then receive rank 0's state).
  func freshState() -> TrainingState {
    TrainingState(
      step: 0, parameters: programs.initialParameters(),
      optimizer: AdamW(config: spec.train.optimizer))
  }

  /// A fresh state (seeded initialization, or `initFrom`'s parameters), or the newest checkpoint
  /// with `--resume`.
  func startState() throws -> TrainingState {
    let store = results.checkpoints
    guard options.resume else {
      let earlier = store.list()
      if let newest = earlier.first, !options.overwrite {
        throw ExperimentError(
          .badInput,
          "\(results.directory): error: the folder holds the checkpoints of an earlier run (newest: step \(newest.step), \(newest.path))\n"
            + "hint: continue that run with --resume, or replace it with --overwrite (its files are removed once this run writes its first checkpoint), or give this run another folder with --out"
        )
      }
      // Checked before the earlier run's files are touched: bad parameters change nothing.
      let imported = try options.initFrom.map { try $0.checked(against: programs) }
      if let newest = earlier.first {
        try EarlierRun(results: results).setAside()
        progress.note(
          "note: --overwrite: the earlier run in \(results.directory) (step \(newest.step)) is kept in \(EarlierRun(results: results).folder) until this run writes its first checkpoint"
        )
      }
      results.clear()
      guard let imported, let source = options.initFrom?.source else { return freshState() }
      var state = TrainingState(
        step: 0, parameters: imported, optimizer: AdamW(config: spec.train.optimizer))
      state.initFrom = source
      progress.note("starting from the parameters of \(source) (optimizer state fresh)")
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
      // An older checkpoint helps with a damaged newest one, not with a spec of another run.
      let older = (error.kind == .specMismatch ? nil : files.dropFirst().first).map {
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
    return ExperimentError(
      .nonFinite,
      "step \(step + 1): \(what); stopped before updating the parameters; "
        + results.checkpoints.newestNote)
  }

  /// The step's metrics line and its `train/<name>` scalars (the same names) in the event file.
  func report(
    _ state: TrainingState, _ m: StepMetrics, seconds: Double, average: Double, events: EventLog?
  ) throws {
    guard isRoot else { return }
    let scalars: [(String, Double)] = [
      ("loss", m.loss), ("token_accuracy", m.tokenAccuracy),
      ("sequence_accuracy", m.sequenceAccuracy), ("lr", m.lr), ("grad_norm", m.gradNorm),
      ("ms", seconds * 1000), ("tokens_per_s", Double(m.tokens) / seconds),
    ]
    try results.appendMetrics([("step", "\(state.step)")] + scalars.map { ($0, jsonNumber($1)) })
    try events?.append(step: state.step, scalars.map { .scalar(tag: "train/" + $0, Float($1)) })
    let line = ProgressLine.format(
      step: state.step, total: totalSteps, loss: m.loss, tokenAccuracy: m.tokenAccuracy,
      sequenceAccuracy: m.sequenceAccuracy, lr: m.lr, milliseconds: seconds * 1000,
      tokensPerSecond: Double(m.tokens) / seconds, eta: average * Double(totalSteps - state.step))
    progress.step(state.step, total: totalSteps, line: line)
  }

  /// Evaluation on the test split every `eval.every` steps (early stop), checkpoints every
  /// `train.checkpoint_every`; both on rank 0 alone, which tells the others whether to stop.
  func periodicWork(_ state: inout TrainingState, events: EventLog?) throws {
    if let every = spec.eval.every, state.step % every == 0, state.step < totalSteps {
      if isRoot { try periodicEvaluation(&state, events: events) }
      try parallel.agree(&state)
    }
    if !state.stoppedEarly { _ = try checkpoint(state, force: false) }
  }

  /// The test split's evaluation: a metrics line and `test/<metric>@<length>` scalars.
  func periodicEvaluation(_ state: inout TrainingState, events: EventLog?) throws {
    let t = spec.task.testLength
    let r = try evaluator.evaluate(
      parameters: state.parameters, lengths: t.min...t.max, count: spec.task.testSamples)
    try results.appendMetrics(
      [("step", "\(state.step)"), ("kind", "\"eval\""), ("length", "\(t.max)")]
        + EventLog.evaluationMetrics(r.metrics).map { ($0, jsonNumber($1)) })
    try events?.append(step: state.step, EventLog.evaluation("test", r))
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
      // Written before a kill between its rename and the prune: prune now.
      results.checkpoints.prune()
      return newest.path
    }
    let path = try results.checkpoints.save(state, spec: spec, programs: programs)
    EarlierRun(results: results).discard()
    return path
  }

  /// Every `eval.lengths`: eval.json, eval.csv, the plot and `eval/<metric>@<length>` scalars.
  func finalEvaluation(_ state: TrainingState, events: EventLog?) throws -> [LengthResult] {
    guard isRoot else { return [] }
    let results = try evaluator.evaluateLengths(
      parameters: state.parameters, spec: spec, step: state.step, progress: progress,
      results: self.results)
    try events?.append(step: state.step, results.flatMap { EventLog.evaluation("eval", $0) })
    return results
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
      + "(\(String(format: "%.0f", wall)) s with compile and evaluation); \(finalLossText); "
      + "checkpoint \(checkpoint ?? "none")"
  }
}
