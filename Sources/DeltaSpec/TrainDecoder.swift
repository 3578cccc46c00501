/// The `train` section; defaults from `TrainSpec.defaults`.
enum TrainDecoder {
  static let keys = [
    "steps", "epochs", "batch_size", "optimizer", "lr", "betas", "eps", "weight_decay", "schedule",
    "warmup_steps", "min_lr", "grad_clip", "seed", "early_stop", "checkpoint_every",
  ]
  static let earlyStopKeys = ["metric", "target"]
  static let earlyStopMetrics: [Metric] = [.sequenceAccuracy, .tokenAccuracy, .loss]

  static func decode(_ r: SectionReader) -> TrainSpec {
    r.checkKeys(keys)
    let d = TrainSpec.defaults
    var t = d
    t.duration = duration(r, d.duration)
    t.batchSize = r.int("batch_size", d.batchSize)
    _ = r.choice("optimizer", ["adamw"])
    var adam = d.optimizer
    adam.lr = r.double("lr", adam.lr)
    (adam.beta1, adam.beta2) = betas(r, (adam.beta1, adam.beta2))
    adam.eps = r.double("eps", adam.eps)
    adam.weightDecay = r.double("weight_decay", adam.weightDecay, positive: false)
    t.optimizer = adam
    t.schedule = schedule(r, d.schedule, steps: t.duration, lr: adam.lr)
    t.gradClip = optionalNumber(r, "grad_clip", d.gradClip)
    t.seed = r.int("seed", d.seed, min: 0)
    t.earlyStop = earlyStop(r, d.earlyStop)
    t.checkpointEvery = r.optionalInt("checkpoint_every", d.checkpointEvery, none: ["none"])
    return t
  }

  private static func duration(_ r: SectionReader, _ fallback: TrainSpec.Duration)
    -> TrainSpec.Duration
  {
    if r.has("steps"), r.has("epochs"), let second = r.node?.entry("epochs") {
      r.context.error(
        second.keyLocation, "give only one of train.steps and train.epochs",
        hint: "epochs are passes over task.train_samples; steps count batches")
    }
    if r.has("epochs") { return .epochs(r.int("epochs", 1)) }
    if r.has("steps") { return .steps(r.int("steps", 1)) }
    return fallback
  }

  private static func betas(_ r: SectionReader, _ fallback: (Double, Double)) -> (Double, Double) {
    guard let node = r.value("betas") else { return fallback }
    guard case .sequence(let items) = node.kind, items.count == 2 else {
      r.wrongType(
        "betas", node, expected: "two numbers [beta1, beta2]",
        hint: "AdamW's default is [0.9, 0.999]")
      return fallback
    }
    let values = items.map {
      SectionReader.double($0, what: "train.betas", context: r.context, positive: false, below: 1)
    }
    guard let b1 = values[0], let b2 = values[1] else { return fallback }
    return (b1, b2)
  }

  private static func schedule(
    _ r: SectionReader, _ d: TrainSpec.Schedule, steps: TrainSpec.Duration, lr: Double
  ) -> TrainSpec.Schedule {
    var s = d
    if let (name, _) = r.choice("schedule", TrainSpec.Schedule.Kind.allCases.map(\.rawValue)) {
      s.kind = TrainSpec.Schedule.Kind(rawValue: name) ?? d.kind
    }
    s.warmupSteps = r.int("warmup_steps", d.warmupSteps, min: 0)
    if case .steps(let total) = steps, s.warmupSteps > total, let node = r.node?["warmup_steps"] {
      r.context.error(
        node.location, "train.warmup_steps is longer than the run",
        detail: "expected at most \(total) (train.steps), found \(s.warmupSteps)")
    }
    s.minLR = r.double("min_lr", d.minLR, positive: false)
    if s.minLR > lr, let node = r.node?["min_lr"] {
      r.context.error(
        node.location, "train.min_lr is above train.lr",
        detail:
          "expected at most \(SectionReader.format(lr)), found \(SectionReader.format(s.minLR))")
    }
    return s
  }

  /// A number > 0, or `none`.
  private static func optionalNumber(_ r: SectionReader, _ key: String, _ fallback: Double?)
    -> Double?
  {
    guard let node = r.value(key) else { return fallback }
    if case .scalar(let s) = node.kind, case .string("none") = ScalarValue(s) { return nil }
    if case .scalar(let s) = node.kind, case .string = ScalarValue(s) {
      r.wrongType(key, node, expected: "a number > 0 or 'none'")
      return fallback
    }
    return SectionReader.double(node, what: "train.\(key)", context: r.context, positive: true)
      ?? fallback
  }

  /// `none`, or `{metric: sequence_accuracy, target: 0.99}`.
  private static func earlyStop(_ r: SectionReader, _ fallback: TrainSpec.EarlyStop?) -> TrainSpec
    .EarlyStop?
  {
    guard let node = r.value("early_stop") else { return fallback }
    if case .scalar(let s) = node.kind, case .string("none") = ScalarValue(s) { return nil }
    guard node.entries != nil else {
      r.wrongType(
        "early_stop", node, expected: "'none' or a mapping {metric: ..., target: ...}",
        hint: "e.g. `early_stop: {metric: sequence_accuracy, target: 0.99}`")
      return fallback
    }
    let sub = SectionReader(name: "train.early_stop", node: node, context: r.context)
    sub.checkKeys(earlyStopKeys)
    let names = earlyStopMetrics.map(\.rawValue)
    var stop = TrainSpec.EarlyStop(metric: .sequenceAccuracy, target: 0.99)
    if let (name, _) = sub.choice("metric", names) {
      stop.metric = Metric(rawValue: name) ?? stop.metric
    }
    guard let target = sub.value("target") else {
      r.context.error(
        node.location, "missing key 'target' in train.early_stop", hint: "e.g. `target: 0.99`")
      return fallback
    }
    let atMost: Double? = stop.metric.higherIsBetter ? 1 : nil
    if let value = SectionReader.double(
      target, what: "train.early_stop.target", context: r.context, positive: true, atMost: atMost)
    {
      stop.target = value
    }
    return stop
  }
}
