import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

/// The naive recurrence against reference section 4.5's golden vector and against finite differences.
@Suite struct DeltaProductReferenceTests {
  static func l2normRows(_ x: [Double], width: Int) -> [Double] {
    var out = x
    for r in 0..<(x.count / width) {
      let row = x[(r * width)..<((r + 1) * width)]
      let rstd = 1 / (row.reduce(0) { $0 + $1 * $1 } + 1e-6).squareRoot()
      for c in 0..<width { out[r * width + c] = x[r * width + c] * rstd }
    }
    return out
  }

  static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
  static func softplus(_ x: Double) -> Double { log1p(exp(x)) }

  /// Section 4.5: one head, T=3, n=2, Dk=Dv=2, scale 2^-1/2, beta = 2 sigmoid(b).
  static func golden(gated: Bool) -> DeltaProductReference.Inputs<Double> {
    let q = l2normRows([1, 0, 0.5, 0.5, -1, 2], width: 2)
    let k = l2normRows([1, 0, 1, 1, 0, 1, 2, -1, 1, 2, -1, 0.5], width: 2)
    let v: [Double] = [1, 2, 0.5, -1, 0, 1, 1.5, 0.5, -1, 1, 2, 0]
    let beta = [0, 1, -1, 2, 0.5, -0.5].map { 2 * sigmoid($0) }
    let g = gated ? [-0.5, 0.3, 1.0].map { -2 * softplus($0) } : nil
    return .init(q: q, k: k, v: v, beta: beta, g: g, initialState: nil, scale: 1 / 2.0.squareRoot())
  }

  static let goldenDims = DeltaProductReference.Dims(
    batch: 1, length: 3, heads: 1, householder: 2, keyDim: 2, valueDim: 2)

  @Test(arguments: [false, true])
  func goldenVector(gated: Bool) {
    let (o, s) = DeltaProductReference.forward(Self.golden(gated: gated), dims: Self.goldenDims)
    let expectedO: [Double] =
      gated
      ? [
        0.555699386259, -0.350717288156, 0.599757717075, 0.406139951402, 0.300297681971,
        0.515701885291,
      ]
      : [
        0.555699386259, -0.350717288156, 0.640009860409, -0.292511042104, 0.0115211491,
        0.468637975754,
      ]
    let expectedS: [Double] =
      gated
      ? [-1.86761677161, 0.571432386443, -0.458996012774, 1.101112550342]
      : [-1.482081259559, 0.862379378472, -0.722824091749, 1.172171464051]
    #expect(compare("o", o, expectedO).maxAbs < 1e-9)
    #expect(compare("S_T", s, expectedS).maxAbs < 1e-9)
  }

  /// Every gradient of section 4.2 against central differences of a random scalar loss, in Float64.
  @Test(arguments: [(1, false), (2, true), (3, true), (3, false)])
  func gradientsMatchFiniteDifferences(householder: Int, gated: Bool) {
    let dims = DeltaProductReference.Dims(
      batch: 2, length: 5, heads: 2, householder: householder, keyDim: 3, valueDim: 4)
    var rng = TestRNG(seed: UInt64(householder * 10 + (gated ? 1 : 0)))
    let x = DeltaProductReference.Inputs<Double>(
      q: Self.l2normRows(rng.array(dims.qCount), width: dims.keyDim),
      k: Self.l2normRows(rng.array(dims.kCount), width: dims.keyDim),
      v: rng.array(dims.vCount), beta: rng.array(dims.betaCount, 0, 2),
      g: gated ? rng.array(dims.gateCount, -1, 0) : nil,
      initialState: rng.array(dims.stateCount), scale: 0.6)
    let wO = rng.array(dims.outputCount)
    let wS = rng.array(dims.stateCount)
    func loss(_ x: DeltaProductReference.Inputs<Double>) -> Double {
      let (o, s) = DeltaProductReference.forward(x, dims: dims)
      return zip(o, wO).reduce(0) { $0 + $1.0 * $1.1 } + zip(s, wS).reduce(0) { $0 + $1.0 * $1.1 }
    }
    let grads = DeltaProductReference.backward(x, dims: dims, dOutput: wO, dFinalState: wS)
    let fields:
      [(String, WritableKeyPath<DeltaProductReference.Inputs<Double>, [Double]>, [Double])] =
        [
          ("q", \.q, grads.q), ("k", \.k, grads.k), ("v", \.v, grads.v),
          ("beta", \.beta, grads.beta),
          ("S0", \.initialState!, grads.initialState),
        ] + (gated ? [("g", \.g!, grads.g!)] : [])
    for (name, path, analytic) in fields {
      var numeric = [Double](repeating: 0, count: analytic.count)
      for i in analytic.indices {
        var plus = x
        var minus = x
        plus[keyPath: path][i] += 1e-6
        minus[keyPath: path][i] -= 1e-6
        numeric[i] = (loss(plus) - loss(minus)) / 2e-6
      }
      let c = compare(name, analytic, numeric)
      #expect(c.maxAbs < 1e-7, "\(c)")
    }
  }
}
