import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Testing

// The optimized plan computes what the unoptimized graph computes: for random small models from the
// spec's option space, the fully optimized forward + backward graph and the graph with any one pass
// disabled give the unoptimized graph's loss and every gradient element within 1e-12 relative (plus
// a floor of 1e-14 of the tensor's RMS), on the fp64 reference interpreter. The optimized forward
// graph gives the same logits.

/// One random point of the option space (n_h 1..3, eigenvalue range, forget gate, short conv with
/// or without bias, output gate, 1-2 layers, tied or untied embeddings, MLP or none).
struct RandomModel: Sendable, CustomTestStringConvertible {
  let seed: UInt64
  let config: ModelConfig

  init(seed: UInt64) {
    var rng = TestRNG(seed: seed)
    func bit() -> Bool { rng.next() % 2 == 0 }
    let conv = bit()
    config = ModelConfig(
      hiddenSize: 8, numHiddenLayers: 1 + Int(rng.next() % 2), numHeads: 1 + Int(rng.next() % 2),
      headDim: 4, expandV: bit() ? 1 : 2, numHouseholder: 1 + Int(rng.next() % 3),
      allowNegEigval: bit(), useForgetGate: bit(), useOutputGate: bit(), useShortConv: conv,
      convSize: 2 + Int(rng.next() % 3), convBias: conv && rng.next() % 4 == 0,
      mlp: rng.next() % 4 == 0 ? .none : .intermediateSize(12), normEps: 1e-5,
      tieWordEmbeddings: bit(), initializerRange: 0.02, vocabSize: .fixed(7))
    self.seed = seed
  }

  static let all = (1...12).map { RandomModel(seed: UInt64($0) * 7919) }

  var testDescription: String {
    let c = config
    return "seed\(seed)-L\(c.numHiddenLayers)-H\(c.numHeads)-n\(c.numHouseholder)"
      + "-\(c.allowNegEigval ? "neg" : "pos")-gate\(c.useForgetGate ? 1 : 0)"
      + "-conv\(c.useShortConv ? (c.convBias ? "b" : "1") : "0")-ogate\(c.useOutputGate ? 1 : 0)"
      + "-\(c.tieWordEmbeddings ? "tied" : "untied")"
  }

  /// O(1) random parameters and a batch B=2, T=6 with two ignored labels.
  func feed(_ graph: Graph) -> (
    parameters: [String: Tensor<Double>], inputs: [String: TensorValue<Double>]
  ) {
    var rng = TestRNG(seed: seed &+ 1)
    var params: [String: Tensor<Double>] = [:]
    for p in graph.parameters {
      let shape = p.type.dims.map { $0.concrete! }
      let norm = p.value.name.hasSuffix("norm.weight")
      params[p.value.name] = Tensor(
        shape: shape, data: rng.array(shape.reduce(1, *), norm ? 0.5 : -0.5, norm ? 1.5 : 0.5))
    }
    let ids = (0..<12).map { _ in Int32(rng.next() % 7) }
    var labels = (0..<12).map { _ in Int32(rng.next() % 7) }
    labels[3] = -100
    labels[10] = -100
    return (
      params,
      [
        "input_ids": .index(Tensor(shape: [2, 6], data: ids)),
        "labels": .index(Tensor(shape: [2, 6], data: labels)),
      ]
    )
  }
}

/// Every element of every output of `actual` within `relative * |expected| + floor`, the floor
/// `floorShare` of the expected tensor's RMS. A rewrite only reassociates fp64 arithmetic (fused
/// projections sum in another order, fused kernels evaluate the same expressions), so each element
/// keeps a few ulps of the terms it is made of, amplified where the model's normalizations amplify
/// them: measured over these models and pass sets, at most 7.3e-13 relative, except one element
/// that cancels to 1e-4 of its tensor's RMS (1.5e-12 relative: 4e-17 of the RMS beyond 1e-12).
/// The floor, 1e-14 of the RMS (tens of ulps of a typical element), covers such elements.
func expectSameOutputs(
  _ actual: [String: Tensor<Double>], _ expected: [String: Tensor<Double>], _ what: String,
  relative: Double = 1e-12, floorShare: Double = 1e-14
) {
  #expect(Set(actual.keys) == Set(expected.keys), "\(what): outputs differ")
  for (name, e) in expected.sorted(by: { $0.key < $1.key }) {
    guard let a = actual[name] else { continue }
    guard a.shape == e.shape else {
      Issue.record("\(what) \(name): shape \(a.shape), expected \(e.shape)")
      continue
    }
    let rms = (e.data.reduce(0) { $0 + $1 * $1 } / Double(max(1, e.count))).squareRoot()
    let floor = floorShare * rms
    var worst = (share: 0.0, index: 0)
    for i in e.data.indices {
      let share =
        abs(a.data[i] - e.data[i]) / max(relative * abs(e.data[i]) + floor, .leastNormalMagnitude)
      if share > worst.share || share.isNaN { worst = (share.isNaN ? .infinity : share, i) }
    }
    let i = worst.index
    let allowed = relative * abs(e.data[i]) + floor
    #expect(
      worst.share <= 1,
      "\(what) \(name)[\(i)]: \(a.data[i]) vs \(e.data[i]), allowed \(allowed)")
  }
}

@Suite struct NumericsTests {
  @Test(arguments: RandomModel.all)
  func optimizedTrainingGraphMatches(_ model: RandomModel) throws {
    let forward = try ModelLowering.forward(
      model: model.config, vocabSize: 7, name: "m", options: LoweringOptions(dtype: .f64))
    let backward = try Autodiff.gradient(of: forward)
    let (parameters, inputs) = model.feed(forward)
    let reference = try Interpreter<Double>.run(backward, parameters: parameters, inputs: inputs)
    let options = PassOptions(verifyEachPass: true, threads: 1)
    let optimized = try Pipeline.optimize(backward, options: options)
    #expect(optimized.gemmCount < backward.gemmCount, "\(model.testDescription): nothing fused")
    expectSameOutputs(
      try Interpreter<Double>.run(optimized, parameters: parameters, inputs: inputs), reference,
      "\(model.testDescription) all passes")
    for pass in Pipeline.names {
      var without = options
      without.disabled = [pass]
      let g = try Pipeline.optimize(backward, options: without)
      expectSameOutputs(
        try Interpreter<Double>.run(g, parameters: parameters, inputs: inputs), reference,
        "\(model.testDescription) without \(pass)")
    }
    let eval = try Pipeline.optimize(forward, options: options)
    expectSameOutputs(
      try Interpreter<Double>.run(eval, parameters: parameters, inputs: inputs),
      try Interpreter<Double>.run(forward, parameters: parameters, inputs: inputs),
      "\(model.testDescription) forward")
  }
}

@Suite struct RecurrenceInputsTests {
  /// `deltaproduct[inputs=silu_l2norm]` (or `l2norm` with a short conv) computes what the separate
  /// silu, l2norm ops before a plain `deltaproduct` compute, forward and backward: the interpreter's
  /// chain rule through the op's own activations against autodiff through the separate ops.
  @Test(arguments: RandomModel.all)
  func insideMatchesSeparateOps(_ model: RandomModel) throws {
    func graph(_ inside: Bool) throws -> Graph {
      try Autodiff.gradient(
        of: ModelLowering.forward(
          model: model.config, vocabSize: 7, name: "m",
          options: LoweringOptions(dtype: .f64, recurrenceInputs: inside)))
    }
    let (inside, separate) = (try graph(true), try graph(false))
    let expected = model.config.useShortConv ? "inputs=l2norm" : "inputs=silu_l2norm"
    #expect(GraphPrinter.print(inside).contains(expected))
    #expect(!GraphPrinter.print(separate).contains("inputs="))
    #expect(separate.opCounts["l2norm"] == 2 * model.config.numHiddenLayers)
    #expect(inside.opCounts["l2norm"] == nil)
    let (parameters, inputs) = model.feed(inside)
    expectSameOutputs(
      try Interpreter<Double>.run(inside, parameters: parameters, inputs: inputs),
      try Interpreter<Double>.run(separate, parameters: parameters, inputs: inputs),
      "\(model.testDescription) inside vs separate")
  }
}
