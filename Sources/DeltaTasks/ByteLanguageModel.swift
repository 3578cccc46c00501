import Foundation

/// Byte-level language modelling on a text file (vocab 256: token = byte value). A row of length T is a
/// window of T+1 consecutive bytes at a uniformly drawn offset, `input = window[:-1]`,
/// `label = window[1:]`; every position is supervised. There is no PAD byte: rows of an evaluation set
/// over a length range are padded with 0 and `ignoreIndex` labels.
///
/// Training windows lie in the first `1 - heldOutFraction` of the file, evaluation windows in the last
/// `heldOutFraction`; with the default 0 both come from the whole file (on their own seed streams), which
/// suits the small corpora of tests and demos but is not a held-out split.
public struct ByteLanguageModelTask: TaskGenerator {
  /// The corpus path as given (for messages).
  public let path: String
  public let trainLength: Int
  public let heldOutFraction: Double
  let sampler: RowSampler
  let train: Rows
  let held: Rows

  /// Reads `path`. Throws `fileNotFound` when it is missing or unreadable and `fileTooShort` when the
  /// training part holds fewer than `trainLength + 1` bytes.
  public init(
    path: String, trainLength: Int, heldOutFraction: Double = 0, seed: UInt64,
    evalSeed: UInt64? = nil
  ) throws(TaskError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue,
      let data = FileManager.default.contents(atPath: path)
    else { throw .fileNotFound(path: path) }
    try self.init(
      bytes: [UInt8](data), name: path, trainLength: trainLength, heldOutFraction: heldOutFraction,
      seed: seed,
      evalSeed: evalSeed)
  }

  /// A corpus already in memory; `name` stands for the path in messages.
  public init(
    bytes: [UInt8], name: String, trainLength: Int, heldOutFraction: Double = 0, seed: UInt64,
    evalSeed: UInt64? = nil
  ) throws(TaskError) {
    guard trainLength >= 1 else {
      throw .invalidArgument("train length must be at least 1, found \(trainLength)")
    }
    guard heldOutFraction >= 0, heldOutFraction < 1 else {
      throw .invalidArgument("held-out fraction must be in [0, 1), found \(heldOutFraction)")
    }
    path = name
    self.trainLength = trainLength
    self.heldOutFraction = heldOutFraction
    let split = bytes.count - Int((Double(bytes.count) * heldOutFraction).rounded(.down))
    train = Rows(bytes: bytes, region: 0..<split)
    held = heldOutFraction == 0 ? train : Rows(bytes: bytes, region: split..<bytes.count)
    sampler = RowSampler(
      seed: seed, evalSeed: evalSeed, trainLengths: trainLength...trainLength, trainSamples: nil)
    guard split >= trainLength + 1 else {
      throw .fileTooShort(path: name, bytes: split, needed: trainLength + 1)
    }
  }

  public static let vocabSize = 256
  public var vocabSize: Int { Self.vocabSize }
  public var padToken: Int32 { 0 }
  public var evalSeed: UInt64 { sampler.evalSeed }
  public var trainWidth: Int { trainLength }
  /// Bytes the evaluation windows are drawn from.
  public var heldOutBytes: Int { held.region.count }

  public func trainBatch(step: Int, batchSize: Int) -> Batch {
    sampler.trainBatch(train, step: step, batchSize: batchSize)
  }

  /// Throws `fileTooShort` when the evaluation part cannot hold a window of `lengths.upperBound + 1`.
  public func evalSet(lengths: ClosedRange<Int>, count: Int) throws(TaskError) -> Batch {
    guard held.region.count >= lengths.upperBound + 1 else {
      throw .fileTooShort(path: path, bytes: held.region.count, needed: lengths.upperBound + 1)
    }
    return try sampler.evalSet(held, lengths: lengths, count: count)
  }

  struct Rows: RowTask {
    let bytes: [UInt8]
    let region: Range<Int>
    var padToken: Int32 { 0 }
    var minLength: Int { 1 }
    func width(forLength length: Int) -> Int { length }

    func example(length: Int, rng: inout SplitMix64) -> Example {
      let start = region.lowerBound + rng.below(region.count - length)
      return Example(
        inputs: bytes[start..<(start + length)].map { Int32($0) },
        labels: bytes[(start + 1)..<(start + length + 1)].map { Int32($0) })
    }
  }
}
