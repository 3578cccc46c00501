import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Testing

/// One point of the spec's option space for the full-model gradient check.
struct ModelOptions: Sendable, CustomTestStringConvertible {
  var householder: Int
  var negativeEigenvalues: Bool
  var forgetGate: Bool
  var shortConv: Bool
  var outputGate: Bool
  var tied: Bool
  /// Varied alongside the six options (not crossed with them) so every one is also exercised.
  var index: Int

  /// 3 * 2^5 = 96 combinations.
  static let all: [ModelOptions] = (0..<96).map { i in
    let bit = { (b: Int) in (i >> b) & 1 == 1 }
    return ModelOptions(
      householder: 1 + i / 32, negativeEigenvalues: bit(0), forgetGate: bit(1), shortConv: bit(2),
      outputGate: bit(3), tied: bit(4), index: i)
  }

  /// D=8, H=2, Dk=4, Dv=4 (expand_v 1) or 8, conv width 3 (bias on every other conv model), MLP 16
  /// or none, L = 1 or 2, vocab 7.
  var config: ModelConfig {
    ModelConfig(
      hiddenSize: 8, numHiddenLayers: index % 3 == 0 ? 2 : 1, numHeads: 2, headDim: 4,
      expandV: index % 2 == 0 ? 1 : 2, numHouseholder: householder,
      allowNegEigval: negativeEigenvalues,
      useForgetGate: forgetGate, useOutputGate: outputGate, useShortConv: shortConv, convSize: 3,
      convBias: shortConv && index % 4 < 2, mlp: index % 5 == 4 ? .none : .intermediateSize(16),
      normEps: 1e-5,
      tieWordEmbeddings: tied, initializerRange: 0.02, vocabSize: .fixed(7))
  }

  var testDescription: String {
    "n\(householder)-\(negativeEigenvalues ? "neg" : "pos")-gate\(forgetGate ? 1 : 0)-conv\(shortConv ? 1 : 0)"
      + "-ogate\(outputGate ? 1 : 0)-\(tied ? "tied" : "untied")"
  }
}

/// A small model's graphs and a fixed batch, in Float64 unless converted.
struct ModelFixture {
  let forward: Graph
  /// The forward graph verified once for the many FD runs.
  let program: Interpreter<Double>.Program
  let backward: Graph
  let parameters: [String: Tensor<Double>]
  let inputs: [String: TensorValue<Double>]

  /// Parameters are O(1) random values (not fla's N(0, 0.02) init, whose tiny gradients would make
  /// an absolute FD tolerance meaningless): projections and convs in [-0.5, 0.5], norm weights in
  /// [0.5, 1.5], A_log and dt_bias in [-1, 1]. Batch B=2, T=5; two labels are the ignore index.
  init(_ options: ModelOptions, seed: UInt64 = 1) throws {
    forward = try ModelLowering.forward(
      model: options.config, vocabSize: 7, name: "m", options: LoweringOptions(dtype: .f64))
    backward = try Autodiff.gradient(of: forward)
    program = try Interpreter<Double>.Program(forward)
    var rng = TestRNG(seed: seed &+ UInt64(options.index))
    var params: [String: Tensor<Double>] = [:]
    for p in forward.parameters {
      let shape = p.type.dims.map { $0.concrete! }
      let name = p.value.name
      let range: (Double, Double) =
        name.hasSuffix("norm.weight")
        ? (0.5, 1.5) : name.hasSuffix("A_log") || name.hasSuffix("dt_bias") ? (-1, 1) : (-0.5, 0.5)
      params[name] = Tensor(shape: shape, data: rng.array(shape.reduce(1, *), range.0, range.1))
    }
    parameters = params
    let ids = (0..<10).map { _ in Int32(rng.next() % 7) }
    var labels = (0..<10).map { _ in Int32(rng.next() % 7) }
    labels[4] = -100
    labels[7] = -100
    inputs = [
      "input_ids": .index(Tensor(shape: [2, 5], data: ids)),
      "labels": .index(Tensor(shape: [2, 5], data: labels)),
    ]
  }

  func loss(_ params: [String: Tensor<Double>]) throws -> Double {
    try program.run(parameters: params, inputs: inputs)["loss"]!.data[0]
  }
}

/// The whole model, forward graph -> autodiff -> interpreter, against central differences of the
/// interpreted forward loss in Float64, for all 96 combinations of the spec's options. Every
/// parameter tensor is checked twice: along a random direction over all its entries (the derivative
/// of t -> L(x + t d) at 0 against grad . d, so every entry takes part) and at one random entry.
/// Along the direction the derivative is the five-point stencil at h = 1e-6: there the central
/// difference's O(h^2) error reaches 2e-6 at some random points (checked: it shrinks 100x per 10x
/// smaller h); a single entry uses the central difference at h = 1e-7 (curvature error 100x lower
/// than at 1e-6, rounding error eps * |L| / h ~ 4e-9). Tolerance: |error| <= 1e-7 * max(1, |derivative|). One `| FD | model[...]` row per
/// combination gives its worst tensor.
@Suite struct GradientModelTests {
  @Test(arguments: ModelOptions.all)
  func fullModelGradients(_ options: ModelOptions) throws {
    let m = try ModelFixture(options)
    let out = try Interpreter<Double>.run(m.backward, parameters: m.parameters, inputs: m.inputs)
    #expect(out["loss"]!.data[0] == (try m.loss(m.parameters)))
    var rng = TestRNG(seed: 99 &+ UInt64(options.index))
    var worst = (name: "", abs: 0.0, rel: 0.0, scale: 0.0)
    for p in m.forward.parameters {
      let name = p.value.name
      let x = m.parameters[name]!
      let g = try #require(out["grad." + name]).data
      func loss(along d: [Double], _ t: Double) throws -> Double {
        var params = m.parameters
        var moved = x.data
        for i in moved.indices { moved[i] += t * d[i] }
        params[name] = Tensor(shape: x.shape, data: moved)
        return try m.loss(params)
      }
      let direction = rng.array(x.count)
      var entry = [Double](repeating: 0, count: x.count)
      entry[Int(rng.next() % UInt64(x.count))] = 1
      for (what, d) in [("direction", direction), ("entry", entry)] {
        let numeric =
          what == "direction"
          ? try fivePointDerivative { try loss(along: d, $0) }
          : try centralDifferences(at: [0], h: 1e-7) { try loss(along: d, $0[0]) }[0]
        let analytic = dot(g, d)
        let error = abs(analytic - numeric)
        #expect(
          error <= 1e-7 * max(1, abs(numeric)),
          "\(options.testDescription) \(name) \(what): \(analytic) vs FD \(numeric)")
        if error > worst.abs {
          worst = (name, error, error / max(abs(numeric), 1e-30), abs(numeric))
        }
      }
    }
    let row = GradientCheck(
      op: "model[\(options.testDescription)]", operand: String(worst.name.suffix(24)),
      checked: 2 * m.forward.parameters.count, maxAbs: worst.abs, maxRel: worst.rel,
      scale: worst.scale,
      passed: worst.abs <= 1e-7 * max(1, worst.scale))
    print(row.row)
  }
}
