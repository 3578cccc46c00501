/// The `train` section: optimizer, schedule, stopping and checkpoints.
public struct TrainSpec: Equatable, Hashable, Sendable {
  public enum Duration: Equatable, Hashable, Sendable {
    case steps(Int)
    /// Passes over `task.trainSamples` (needs a fixed training set).
    case epochs(Int)
  }

  /// AdamW (decoupled weight decay), the only optimizer for now.
  public struct AdamW: Equatable, Hashable, Sendable {
    public var lr: Double
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var weightDecay: Double
    public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double) {
      self.lr = lr
      self.beta1 = beta1
      self.beta2 = beta2
      self.eps = eps
      self.weightDecay = weightDecay
    }
  }

  /// Learning-rate schedule: linear warmup from 0 over `warmupSteps`, then constant or cosine to `minLR`.
  public struct Schedule: Equatable, Hashable, Sendable {
    public enum Kind: String, Equatable, Hashable, Sendable, CaseIterable {
      case constant, cosine
    }
    public var kind: Kind
    public var warmupSteps: Int
    public var minLR: Double
    public init(kind: Kind, warmupSteps: Int, minLR: Double) {
      self.kind = kind
      self.warmupSteps = warmupSteps
      self.minLR = minLR
    }
  }

  /// Stop once the test-split metric reaches the target (>= for accuracies, <= for loss).
  public struct EarlyStop: Equatable, Hashable, Sendable {
    public var metric: Metric
    public var target: Double
    public init(metric: Metric, target: Double) {
      self.metric = metric
      self.target = target
    }
  }

  public var duration: Duration
  public var batchSize: Int
  public var optimizer: AdamW
  public var schedule: Schedule
  /// Clip the global gradient norm to this value; nil means no clipping.
  public var gradClip: Double?
  public var seed: Int
  public var earlyStop: EarlyStop?
  /// Write a checkpoint every this many steps; nil means only at the end.
  public var checkpointEvery: Int?

  public init(
    duration: Duration, batchSize: Int, optimizer: AdamW, schedule: Schedule, gradClip: Double?,
    seed: Int, earlyStop: EarlyStop?, checkpointEvery: Int?
  ) {
    self.duration = duration
    self.batchSize = batchSize
    self.optimizer = optimizer
    self.schedule = schedule
    self.gradClip = gradClip
    self.seed = seed
    self.earlyStop = earlyStop
    self.checkpointEvery = checkpointEvery
  }

  /// The one place train defaults are stated (reference 5.1: AdamW betas (0.9, 0.999), eps 1e-8,
  /// weight decay 1e-6, lr 1e-3, cosine without warmup, no clipping, seed 666; batch 256 as in 5.2,
  /// since the paper's 2048 is a GPU batch).
  public static let defaults = TrainSpec(
    duration: .steps(1000), batchSize: 256,
    optimizer: AdamW(lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 1e-6),
    schedule: Schedule(kind: .cosine, warmupSteps: 0, minLR: 0),
    gradClip: nil, seed: 666, earlyStop: nil, checkpointEvery: nil)
}

/// What is measured: used by `eval.metrics` and `train.early_stop.metric`.
public enum Metric: String, Equatable, Hashable, Sendable, CaseIterable {
  /// Fraction of sequences with every supervised position correct.
  case sequenceAccuracy = "sequence_accuracy"
  /// Per prefix length p, the fraction of sequences whose first p predictions are all correct.
  case prefixAccuracy = "prefix_accuracy"
  /// Fraction of supervised positions predicted correctly.
  case tokenAccuracy = "token_accuracy"
  /// Mean cross-entropy over supervised positions.
  case loss
  /// Cross-entropy at each position (length-extrapolation curves).
  case lossPerPosition = "loss_per_position"

  /// Whether a larger value is better (early stop compares with >=) or a smaller one (<=).
  public var higherIsBetter: Bool { self != .loss && self != .lossPerPosition }
}

/// The `eval` section: the final evaluation (and the periodic one during training).
public struct EvalSpec: Equatable, Hashable, Sendable {
  /// Sequence lengths to evaluate at after training (length extrapolation).
  public var lengths: [Int]
  public var metrics: [Metric]
  public var batchSize: Int
  /// Sequences per evaluated length.
  public var samples: Int
  /// Evaluate on the test split every this many training steps; nil means only at the end.
  public var every: Int?

  public init(lengths: [Int], metrics: [Metric], batchSize: Int, samples: Int, every: Int?) {
    self.lengths = lengths
    self.metrics = metrics
    self.batchSize = batchSize
    self.samples = samples
    self.every = every
  }

  /// The one place eval defaults are stated. `lengths` depends on the task: the longest training length
  /// and the longest test length (`defaultLengths(for:)`).
  public static func defaults(for task: TaskSpec) -> EvalSpec {
    EvalSpec(
      lengths: defaultLengths(for: task), metrics: [.sequenceAccuracy, .prefixAccuracy, .loss],
      batchSize: 256, samples: 1_000, every: 100)
  }

  public static func defaultLengths(for task: TaskSpec) -> [Int] {
    Array(Set([task.trainLength.max, task.testLength.max])).sorted()
  }
}

extension EvalSpec {
  /// The command line's choices (`deltac eval --lengths --samples --batch-size`) over the spec's.
  public mutating func override(lengths: [Int]?, samples: Int?, batch: Int?) {
    if let lengths { self.lengths = lengths }
    if let samples { self.samples = samples }
    if let batch { batchSize = batch }
  }

  /// Lengths as a command line gives them (`128,256,512`, commas or spaces); nil unless each is a
  /// positive integer.
  public static func lengths(parsing text: String) -> [Int]? {
    let parts = text.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
    guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
    return parts.compactMap { $0 }
  }
}
