/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, seedable generator whose output depends only on
/// 64-bit integer arithmetic, so every platform produces the same stream from the same seed.
///
/// All task data is drawn from generators seeded by `SplitMix64.derive(seed, tags...)`: every training row,
/// every pooled sample and every evaluation row has its own seed, so data is a pure function of
/// (seed, step, row) and a resumed run sees exactly the batches an uninterrupted one would.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject; exact, no modulo bias).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "SplitMix64.below: bound must be positive")
    let n = UInt64(bound)
    var product = next().multipliedFullWidth(by: n)
    if product.low < n {
      let threshold = (0 &- n) % n
      while product.low < threshold { product = next().multipliedFullWidth(by: n) }
    }
    return Int(product.high)
  }

  /// A uniform integer in `range` (inclusive).
  public mutating func uniform(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// The SplitMix64 output function (a bijective 64-bit finaliser).
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A seed for an independent stream, derived from a base seed and a path of tags
  /// (e.g. `derive(seed, Stream.train, step, row)`); order matters.
  public static func derive(_ seed: UInt64, _ tags: UInt64...) -> UInt64 {
    var h = mix(seed ^ 0x6A09_E667_F3BC_C909)
    for tag in tags { h = mix((h &+ 0x9E37_79B9_7F4A_7C15) ^ mix(tag &+ 0xBB67_AE85_84CA_A73B)) }
    return h
  }
}

/// Tags that separate the seed streams of one task.
enum Stream {
  /// One online training row: (train, step, row).
  static let train: UInt64 = 1
  /// One sample of a fixed training pool: (pool, index).
  static let pool: UInt64 = 2
  /// The shuffle of a fixed training pool in one epoch: (shuffle, epoch).
  static let shuffle: UInt64 = 3
  /// One evaluation row, under the evaluation seed: (eval, minLength, maxLength, index).
  static let eval: UInt64 = 4
  /// The default evaluation seed, derived from the training seed: (evalSeed).
  static let evalSeed: UInt64 = 5
}

extension Int {
  /// A tag for `SplitMix64.derive` (two's complement for negatives).
  var tag: UInt64 { UInt64(bitPattern: Int64(self)) }
}
