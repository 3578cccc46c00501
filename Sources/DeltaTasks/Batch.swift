// DeltaTasks: training and evaluation data generated on the fly, deterministic from the seed.
//   WordProblemTask (groups: Group, GroupFactor), ParityTask, ModularArithmeticTask,
//   BracketArithmeticTask, ByteLanguageModelTask; all conform to TaskGenerator and yield Batch values.

/// The label of a position that is not supervised (PyTorch's `ignore_index` convention).
public let ignoreIndex: Int32 = -100

/// A batch of token sequences, row-major `[batch, length]`: row `b`, position `t` is at `b * length + t`.
/// `labels[b, t]` is the token the model should predict at position `t` (already shifted where the task
/// shifts), or `ignoreIndex`. Rows shorter than `length` are padded with the task's PAD token and
/// `ignoreIndex` labels.
public struct Batch: Equatable, Sendable {
  public var inputs: [Int32]
  public var labels: [Int32]
  public var batch: Int
  public var length: Int

  public init(inputs: [Int32], labels: [Int32], batch: Int, length: Int) {
    precondition(
      inputs.count == batch * length && labels.count == batch * length, "Batch: shape mismatch")
    self.inputs = inputs
    self.labels = labels
    self.batch = batch
    self.length = length
  }

  /// Row `b` of the inputs.
  public func inputs(row b: Int) -> ArraySlice<Int32> { inputs[(b * length)..<((b + 1) * length)] }
  /// Row `b` of the labels.
  public func labels(row b: Int) -> ArraySlice<Int32> { labels[(b * length)..<((b + 1) * length)] }
  /// Positions with a label (not `ignoreIndex`).
  public var supervisedCount: Int { labels.reduce(0) { $0 + ($1 == ignoreIndex ? 0 : 1) } }
}

/// One sequence before batching: the model's input tokens and, per position, the label or `ignoreIndex`.
public struct Example: Equatable, Sendable {
  public var inputs: [Int32]
  public var labels: [Int32]

  public init(inputs: [Int32], labels: [Int32]) {
    precondition(inputs.count == labels.count, "Example: inputs and labels differ in length")
    self.inputs = inputs
    self.labels = labels
  }
}

/// A source of training and evaluation data. Everything is a pure function of the seeds given at
/// construction and the arguments, so resumed runs see the same batches and evaluation sets are fixed.
public protocol TaskGenerator: Sendable {
  /// Tokens the model must embed and predict (`0..<vocabSize`).
  var vocabSize: Int { get }
  /// The token that fills padded input positions.
  var padToken: Int32 { get }
  /// The width of every training batch (rows are padded to the longest training length).
  var trainWidth: Int { get }
  /// The seed of the evaluation sets (given, or derived from the training seed on its own stream).
  var evalSeed: UInt64 { get }
  /// The training batch of one optimizer step, determined by (seed, step, batchSize).
  func trainBatch(step: Int, batchSize: Int) -> Batch
  /// `count` held-out sequences with lengths drawn from `lengths` (the task's own length unit: elements for
  /// word problems, generator sequence length for Chomsky tasks, tokens for language modelling), padded to
  /// the widest. Drawn from the evaluation seed; row `i` depends only on (evalSeed, lengths, i), so a
  /// smaller `count` gives a prefix of a larger one.
  func evalSet(lengths: ClosedRange<Int>, count: Int) throws(TaskError) -> Batch
}

extension TaskGenerator {
  /// `count` held-out sequences of exactly `length` (see `evalSet(lengths:count:)`).
  public func evalSet(length: Int, count: Int) throws(TaskError) -> Batch {
    try evalSet(lengths: length...length, count: count)
  }
}

/// A task whose rows are drawn independently, one seeded generator per row. Implemented by each task;
/// `RowSampler` turns it into batches.
protocol RowTask: Sendable {
  var padToken: Int32 { get }
  /// The smallest length the task can generate.
  var minLength: Int { get }
  /// The row width of a sequence of `length` (the widest row a length range can give is at its upper bound).
  func width(forLength length: Int) -> Int
  /// Draws a length from `range` the way the reference generator does (uniform unless overridden).
  func drawLength(in range: ClosedRange<Int>, rng: inout SplitMix64) -> Int
  /// One example of exactly `length`, its tokens drawn from `rng`.
  func example(length: Int, rng: inout SplitMix64) -> Example
}

extension RowTask {
  func drawLength(in range: ClosedRange<Int>, rng: inout SplitMix64) -> Int {
    rng.uniform(in: range)
  }

  func checkLengths(_ lengths: ClosedRange<Int>) throws(TaskError) {
    guard lengths.lowerBound >= minLength else {
      throw .invalidArgument(
        "length \(lengths.lowerBound) is too short for this task (at least \(minLength))")
    }
  }
}

/// Seeding and batching shared by the row tasks: online rows (one generator per (step, row)), or a fixed
/// pool of `trainSamples` rows visited in a fresh shuffle each epoch; evaluation rows from their own seed.
struct RowSampler: Sendable {
  let seed: UInt64
  let evalSeed: UInt64
  let trainLengths: ClosedRange<Int>
  let trainSamples: Int?

  init(seed: UInt64, evalSeed: UInt64?, trainLengths: ClosedRange<Int>, trainSamples: Int?) {
    self.seed = seed
    self.evalSeed = evalSeed ?? SplitMix64.derive(seed, Stream.evalSeed)
    self.trainLengths = trainLengths
    self.trainSamples = trainSamples
  }

  func check(_ task: some RowTask) throws(TaskError) {
    try task.checkLengths(trainLengths)
    if let n = trainSamples, n <= 0 {
      throw .invalidArgument("train_samples must be positive, found \(n)")
    }
  }

  func trainBatch(_ task: some RowTask, step: Int, batchSize: Int) -> Batch {
    precondition(step >= 0 && batchSize > 0, "trainBatch: step must be >= 0 and batchSize > 0")
    let rows = rowSeeds(step: step, batchSize: batchSize).map { seed in
      var rng = SplitMix64(seed: seed)
      return task.example(length: task.drawLength(in: trainLengths, rng: &rng), rng: &rng)
    }
    return Self.assemble(
      rows, width: task.width(forLength: trainLengths.upperBound), pad: task.padToken)
  }

  func evalSet(_ task: some RowTask, lengths: ClosedRange<Int>, count: Int) throws(TaskError)
    -> Batch
  {
    try task.checkLengths(lengths)
    guard count > 0 else {
      throw .invalidArgument("evaluation set size must be positive, found \(count)")
    }
    let rows = (0..<count).map { i in
      var rng = SplitMix64(
        seed: SplitMix64.derive(
          evalSeed, Stream.eval, lengths.lowerBound.tag, lengths.upperBound.tag, i.tag))
      return task.example(length: task.drawLength(in: lengths, rng: &rng), rng: &rng)
    }
    return Self.assemble(rows, width: task.width(forLength: lengths.upperBound), pad: task.padToken)
  }

  /// The seeds of the rows of the training batch at `step`. With a pool, row `r` is sample
  /// `shuffle(epoch)[position % n]` where `position = step * batchSize + r` and `epoch = position / n`.
  private func rowSeeds(step: Int, batchSize: Int) -> [UInt64] {
    guard let n = trainSamples else {
      return (0..<batchSize).map { SplitMix64.derive(seed, Stream.train, step.tag, $0.tag) }
    }
    var orders: [Int: [Int]] = [:]
    return (0..<batchSize).map { row in
      let position = step * batchSize + row
      let epoch = position / n
      if orders[epoch] == nil {
        orders[epoch] = Self.shuffled(n, seed: SplitMix64.derive(seed, Stream.shuffle, epoch.tag))
      }
      return SplitMix64.derive(seed, Stream.pool, orders[epoch]![position % n].tag)
    }
  }

  /// A Fisher-Yates shuffle of `0..<n`.
  static func shuffled(_ n: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    var order = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
    return order
  }

  /// Stacks rows into a `[rows, width]` batch, padding inputs with `pad` and labels with `ignoreIndex`.
  static func assemble(_ rows: [Example], width: Int, pad: Int32) -> Batch {
    var inputs = [Int32](repeating: pad, count: rows.count * width)
    var labels = [Int32](repeating: ignoreIndex, count: rows.count * width)
    for (b, row) in rows.enumerated() {
      precondition(
        row.inputs.count <= width, "row of \(row.inputs.count) tokens exceeds batch width \(width)")
      for t in row.inputs.indices {
        inputs[b * width + t] = row.inputs[t]
        labels[b * width + t] = row.labels[t]
      }
    }
    return Batch(inputs: inputs, labels: labels, batch: rows.count, length: width)
  }
}

/// A task whose batches are rows of `rows` drawn by its `sampler` (every task but the language
/// model, which samples windows of two corpora): the sampling is written once, here.
protocol SampledTask: TaskGenerator {
  associatedtype Rows: RowTask
  var sampler: RowSampler { get }
  var rows: Rows { get }
}

extension SampledTask {
  public var evalSeed: UInt64 { sampler.evalSeed }
  public var trainWidth: Int { rows.width(forLength: sampler.trainLengths.upperBound) }

  public func trainBatch(step: Int, batchSize: Int) -> Batch {
    sampler.trainBatch(rows, step: step, batchSize: batchSize)
  }

  public func evalSet(lengths: ClosedRange<Int>, count: Int) throws(TaskError) -> Batch {
    try sampler.evalSet(rows, lengths: lengths, count: count)
  }
}
