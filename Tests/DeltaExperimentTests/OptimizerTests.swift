import DeltaSpec
import Foundation
import Testing

@testable import DeltaExperiment

@Suite struct OptimizerTests {
  let config = TrainSpec.AdamW(lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01)

  /// Two AdamW steps against the update computed by hand in Float64 (PyTorch's formula).
  @Test func adamWMatchesHandComputedUpdate() {
    var adam = AdamW(config: config)
    var params: [String: [Float]] = ["w.weight": [1.0, -2.0], "model.norm.weight": [1.0]]
    let g1: [String: [Float]] = ["w.weight": [0.5, 0.1], "model.norm.weight": [0.5]]
    adam.update(parameters: &params, gradients: g1, lr: 0.1)
    // Step 1: m = 0.1 g, v = 0.001 g^2; m/(1-0.9) = g, sqrt(v/(1-0.999)) = |g|: the step is lr sign(g).
    // Decay first: w (1 - 0.1 * 0.01); the norm weight is not decayed.
    #expect(abs(Double(params["w.weight"]![0]) - (0.999 - 0.1)) < 1e-6)
    #expect(abs(Double(params["w.weight"]![1]) - (-1.998 - 0.1)) < 1e-6)
    #expect(abs(Double(params["model.norm.weight"]![0]) - 0.9) < 1e-6)
    // Step 2 with g = 0.2 for the first element: by hand.
    let g2: [String: [Float]] = ["w.weight": [0.2, 0.1], "model.norm.weight": [0.5]]
    let before = Double(params["w.weight"]![0])
    adam.update(parameters: &params, gradients: g2, lr: 0.05)
    let m = 0.9 * 0.05 + 0.1 * 0.2
    let v = 0.999 * 0.00025 + 0.001 * 0.04
    let expected =
      before * (1 - 0.05 * 0.01) - 0.05 * (m / (1 - 0.81))
      / ((v / (1 - 0.998001)).squareRoot() + 1e-8)
    #expect(abs(Double(params["w.weight"]![0]) - expected) < 1e-6)
    #expect(adam.step == 2)
  }

  @Test func weightDecayExclusions() {
    for name in [
      "model.norm.weight", "model.layers.0.attn_norm.weight", "model.layers.0.attn.o_norm.weight",
      "model.layers.0.attn.q_conv1d.bias", "model.layers.0.attn.A_log",
      "model.layers.0.attn.dt_bias",
    ] {
      #expect(!AdamW.decays(name), "\(name)")
    }
    for name in ["model.embeddings.weight", "lm_head.weight", "model.layers.0.attn.q_proj.weight"] {
      #expect(AdamW.decays(name), "\(name)")
    }
  }

  @Test func warmupThenCosine() {
    let s = LRSchedule(
      peak: 1e-3, schedule: TrainSpec.Schedule(kind: .cosine, warmupSteps: 10, minLR: 1e-4),
      totalSteps: 110)
    #expect(abs(s.lr(at: 0) - 1e-4) < 1e-15)
    #expect(abs(s.lr(at: 4) - 5e-4) < 1e-15)
    #expect(abs(s.lr(at: 9) - 1e-3) < 1e-15)
    #expect(abs(s.lr(at: 10) - 1e-3) < 1e-15)
    #expect(abs(s.lr(at: 60) - 5.5e-4) < 1e-12)
    #expect(abs(s.lr(at: 110) - 1e-4) < 1e-15)
    let c = LRSchedule(
      peak: 3e-3, schedule: TrainSpec.Schedule(kind: .constant, warmupSteps: 0, minLR: 0),
      totalSteps: 5)
    #expect([0, 2, 4].map(c.lr(at:)) == [3e-3, 3e-3, 3e-3])
  }

  @Test func clippingAndNonFiniteDetection() {
    var g: [String: [Float]] = ["a": [3, 0], "b": [4]]
    let norm = GradientChecks.clip(&g, maxNorm: 1)
    #expect(norm == 5)
    #expect(abs(GradientChecks.globalNorm(g) - 1) < 1e-5)
    var small: [String: [Float]] = ["a": [0.3]]
    GradientChecks.clip(&small, maxNorm: 1)
    #expect(small["a"] == [0.3])
    let bad = GradientChecks.firstNonFinite(["a": [1, 2], "b": [0, .nan, .infinity]])
    #expect(bad?.name == "b" && bad?.count == 2 && bad?.index == 1)
    #expect(GradientChecks.firstNonFinite(["a": [1]]) == nil)
  }

  /// The JIT'd update (`AdamWKernel`) and the 16-lane Swift loop give the same bits as the
  /// one-element loop, over 16-element blocks and a tail, for three steps' constants (a
  /// checkpointed run resumes bit for bit whichever ran).
  @Test func vectorUpdateMatchesTheScalarLoopBitForBit() throws {
    var state: UInt64 = 11
    func next() -> Float {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(Int64(bitPattern: state >> 11) % 2_000_001 - 1_000_000) * 1e-6
    }
    let n = 16 * 5 + 7
    var (p, m, v, g) = (
      (0..<n).map { _ in next() }, (0..<n).map { _ in next() * 0.1 },
      (0..<n).map { _ in abs(next()) * 0.01 }, (0..<n).map { _ in next() }
    )
    var (p2, m2, v2) = (p, m, v)
    var (p3, m3, v3) = (p, m, v)
    let jit = try #require(AdamW.jit)
    for t in 1...3 {
      let c = AdamW.Constants(
        decay: 1 - 1e-4, b1: 0.9, b2: 0.999, stepSize: 1e-3 / (1 - pow(0.9, Float(t))),
        correction2Root: (1 - pow(0.999, Float(t))).squareRoot(), eps: 1e-8)
      g = g.map { $0 * 0.5 + 0.1 }
      AdamW.simd(&p, &m, &v, g, 0..<n, c)
      AdamW.updateScalar(&p2, &m2, &v2, g, 0..<n, c)
      AdamW.update(&p3, &m3, &v3, g, 0..<n, c, jit: jit)
    }
    #expect(p.map(\.bitPattern) == p2.map(\.bitPattern))
    #expect(m.map(\.bitPattern) == m2.map(\.bitPattern))
    #expect(v.map(\.bitPattern) == v2.map(\.bitPattern))
    #expect(p3.map(\.bitPattern) == p2.map(\.bitPattern))
    #expect(m3.map(\.bitPattern) == m2.map(\.bitPattern))
    #expect(v3.map(\.bitPattern) == v2.map(\.bitPattern))
    #expect(p != p.map { _ in 0 })
  }
}
