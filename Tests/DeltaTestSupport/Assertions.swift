/// Helpers shared by the test targets.
public struct Comparison: CustomStringConvertible, Sendable {
  public let name: String
  public let maxAbs: Double
  public let maxRel: Double
  public let worstIndex: Int
  public var description: String {
    "\(name): max abs err \(maxAbs), max rel err \(maxRel) (at \(worstIndex))"
  }
}

/// Compares two tensors elementwise; the relative error is taken against the largest magnitude of the
/// expected tensor ("relative over the tensor"), so entries near zero do not blow it up.
public func compare<A: BinaryFloatingPoint, E: BinaryFloatingPoint>(
  _ name: String, _ actual: [A], _ expected: [E]
) -> Comparison {
  precondition(
    actual.count == expected.count, "\(name): \(actual.count) vs \(expected.count) elements")
  var maxAbs = 0.0
  var worst = 0
  var scale = 0.0
  for i in expected.indices {
    scale = max(scale, abs(Double(expected[i])))
    let d = abs(Double(actual[i]) - Double(expected[i]))
    if d > maxAbs || d.isNaN {
      maxAbs = d
      worst = i
    }
  }
  return Comparison(
    name: name, maxAbs: maxAbs, maxRel: maxAbs / max(scale, 1e-30), worstIndex: worst)
}

/// A small deterministic generator for test inputs (SplitMix64), independent of the library's RNG.
public struct TestRNG: Sendable {
  var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// Uniform in [lo, hi).
  public mutating func uniform(_ lo: Double = -1, _ hi: Double = 1) -> Double {
    lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
  }
  public mutating func array(_ count: Int, _ lo: Double = -1, _ hi: Double = 1) -> [Double] {
    (0..<count).map { _ in uniform(lo, hi) }
  }
}
