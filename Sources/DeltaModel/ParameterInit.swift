import DeltaIR
import DeltaSpec
import Foundation

// Parameter initialization, reference section 1.4 (current fla scheme):
// - every linear, conv and embedding weight: N(0, initializer_range); conv biases: 0;
// - every norm weight (attn_norm, mlp_norm, o_norm, model.norm): 1;
// - A_log = log(A), A ~ U(0, 16);
// - dt_bias = dt + log(-expm1(-dt)) (inverse softplus), dt = exp(U(log 1e-3, log 1e-1)) clamped >= 1e-4.
// Each parameter draws from its own stream, seeded by (seed, name), so adding or removing a parameter
// (a spec option) leaves the others' values unchanged.

public enum ParameterInit {
  /// How one parameter is initialized, decided from its fla name.
  public enum Rule: Hashable, Sendable {
    case normal(std: Double)
    case ones
    case zeros
    case aLog
    case dtBias
  }

  /// The rule for a parameter name.
  public static func rule(for name: String, initializerRange: Double) -> Rule {
    if name.hasSuffix(".A_log") { return .aLog }
    if name.hasSuffix(".dt_bias") { return .dtBias }
    if name.hasSuffix(".bias") { return .zeros }
    if name.hasSuffix("norm.weight") { return .ones }
    return .normal(std: initializerRange)
  }

  /// Initial values (row-major, fp64) of every parameter of `graph`, deterministic in `seed`.
  public static func initialize(graph: Graph, model: ModelConfig, seed: UInt64) -> [String:
    [Double]]
  {
    var values: [String: [Double]] = [:]
    for p in graph.parameters {
      let count = p.type.shape.elementCount.concrete ?? 0
      var rng = SplitMix64(seed: seed ^ fnv1a(p.value.name))
      let rule = rule(for: p.value.name, initializerRange: model.initializerRange)
      values[p.value.name] = (0..<count).map { _ in sample(rule, &rng) }
    }
    return values
  }

  /// `initialize` rounded to Float32.
  public static func initializeFloat32(graph: Graph, model: ModelConfig, seed: UInt64) -> [String:
    [Float]]
  {
    initialize(graph: graph, model: model, seed: seed).mapValues { $0.map(Float.init) }
  }

  static func sample(_ rule: Rule, _ rng: inout SplitMix64) -> Double {
    switch rule {
    case .normal(let std): return std * rng.normal()
    case .ones: return 1
    case .zeros: return 0
    case .aLog: return Foundation.log(16 * rng.uniformOpen())
    case .dtBias:
      let (lo, hi) = (Foundation.log(1e-3), Foundation.log(1e-1))
      let dt = max(Foundation.exp(lo + (hi - lo) * rng.uniformOpen()), 1e-4)
      return dt + Foundation.log(-Foundation.expm1(-dt))
    }
  }

  /// FNV-1a of the UTF-8 bytes: a stable per-name stream id.
  static func fnv1a(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in s.utf8 {
      h ^= UInt64(byte)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}

/// SplitMix64 with Box-Muller normals: small, fast, and the same on every platform.
public struct SplitMix64: Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in the open interval (0, 1).
  public mutating func uniformOpen() -> Double {
    (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992.0
  }

  /// Standard normal (Box-Muller; one draw per call, the sine partner is discarded for simplicity).
  public mutating func normal() -> Double {
    let u1 = uniformOpen()
    let u2 = uniformOpen()
    return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
  }
}
