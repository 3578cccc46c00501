import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaSpec
import Testing

// The whole-model fixture of the autodiff gradient checks (DeltaPassesTests) and the interpreter's
// precision tests (DeltaRuntimeTests).

/// One point of the spec's option space for the full-model gradient check.
public struct ModelOptions: Sendable, CustomTestStringConvertible {
  public var householder: Int
  public var negativeEigenvalues: Bool
  public var forgetGate: Bool
  public var shortConv: Bool
  public var outputGate: Bool
  public var tied: Bool
  /// Varied alongside the six options (not crossed with them) so every one is also exercised.
  public var index: Int

  /// 3 * 2^5 = 96 combinations.
  public static let all: [ModelOptions] = (0..<96).map { i in
    let bit = { (b: Int) in (i >> b) & 1 == 1 }
    return ModelOptions(
      householder: 1 + i / 32, negativeEigenvalues: bit(0), forgetGate: bit(1), shortConv: bit(2),
      outputGate: bit(3), tied: bit(4), index: i)
  }

  /// D=8, H=2, Dk=4, Dv=4 (expand_v 1) or 8, conv width 3 (bias on every other conv model), MLP 16
  /// or none, L = 1 or 2, vocab 7.
  public var config: ModelConfig {
    ModelConfig(
      hiddenSize: 8, numHiddenLayers: index % 3 == 0 ? 2 : 1, numHeads: 2, headDim: 4,
      expandV: index % 2 == 0 ? 1 : 2, numHouseholder: householder,
      allowNegEigval: negativeEigenvalues,
      useForgetGate: forgetGate, useOutputGate: outputGate, useShortConv: shortConv, convSize: 3,
      convBias: shortConv && index % 4 < 2, mlp: index % 5 == 4 ? .none : .intermediateSize(16),
      normEps: 1e-5,
      tieWordEmbeddings: tied, initializerRange: 0.02, vocabSize: .fixed(7))
  }

  public var testDescription: String {
    "n\(householder)-\(negativeEigenvalues ? "neg" : "pos")-gate\(forgetGate ? 1 : 0)-conv\(shortConv ? 1 : 0)"
      + "-ogate\(outputGate ? 1 : 0)-\(tied ? "tied" : "untied")"
  }
}

/// A small model's graphs and a fixed batch, in Float64 unless converted.
public struct ModelFixture {
  public let forward: Graph
  /// The forward graph verified once for the many FD runs.
  public let program: Interpreter<Double>.Program
  public let backward: Graph
  public let parameters: [String: Tensor<Double>]
  public let inputs: [String: TensorValue<Double>]

  /// Parameters are O(1) random values (not fla's N(0, 0.02) init, whose tiny gradients would make
  /// an absolute FD tolerance meaningless): projections and convs in [-0.5, 0.5], norm weights in
  /// [0.5, 1.5], A_log and dt_bias in [-1, 1]. Batch B=2, T=5; two labels are the ignore index.
  public init(_ options: ModelOptions, seed: UInt64 = 1) throws {
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

  public func loss(_ params: [String: Tensor<Double>]) throws -> Double {
    try program.run(parameters: params, inputs: inputs)["loss"]!.data[0]
  }
}
