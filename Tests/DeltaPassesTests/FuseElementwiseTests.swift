import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// A residual add feeding an RMSNorm and a SwiGLU-like tail, rows of odd width 5.
private let residualText = """
  graph @t {
    param w: f32[5]
    input %x: f32[B,3,5]
    input %y: f32[B,3,5]
    input %z: f32[B,15]
    %h: f32[B,3,5] = add %x, %y
    %n: f32[B,3,5] = rms_norm[eps=1e-06] %h, w
    %zr: f32[B,3,5] = reshape[shape=[B,3,5]] %z
    %s: f32[B,3,5] = silu %zr
    %m: f32[B,3,5] = mul %n, %s
    %e: f32[B,3,5] = exp %h
    output h = %h
    output m = %m
    output e = %e
  }

  """

private let residualFused = """
  graph @t {
    param w: f32[5]
    input %x: f32[B,3,5]
    input %y: f32[B,3,5]
    input %z: f32[B,15]
    %h: f32[B,3,5], %m: f32[B,3,5], %e: f32[B,3,5] = fused[kernel=add_rmsnorm_silu_mul_exp, shape=[B,3,5], operands=[full,full,col,full], program=[add(a0;a1),square(t0),rmean(t1),add(t2;1e-06),rsqrt(t3),mul(t0;t4),mul(t5;a2),silu(a3),mul(t6;t7),exp(t0)], results=[t0,t8,t9]] %x, %y, w, %z
    output h = %h
    output m = %m
    output e = %e
  }

  """

@Suite struct FuseElementwiseTests {
  @Test func fusesAResidualNormAndGateIntoOneKernel() throws {
    let g = try GraphParser.parse(residualText)
    let fused = FuseElementwise.run(g)
    #expect(GraphPrinter.print(fused) == residualFused)
    try Verifier.verify(fused)
    #expect(g.kernelCount == 5)
    #expect(fused.kernelCount == 1)
  }

  @Test func fusedTextRoundTrips() throws {
    let g = try GraphParser.parse(residualFused)
    #expect(GraphPrinter.print(g) == residualFused)
    #expect(try GraphParser.parse(GraphPrinter.print(g)) == g)
  }

  @Test func malformedProgramsAreNamed() throws {
    let bad = residualFused.replacingOccurrences(of: "silu(a3)", with: "swish(a3)")
    let error = #expect(throws: ParseError.self) { try GraphParser.parse(bad) }
    #expect(
      error?.message == "fused: malformed instruction 'swish(a3)' (expected e.g. 'mul(t0;a1)')")
    let forward = residualFused.replacingOccurrences(of: "mul(t6;t7)", with: "mul(t6;t12)")
    let problems = Verifier.diagnose(try GraphParser.parse(forward))
    #expect(
      problems == ["%h: fused add_rmsnorm_silu_mul_exp t8: t12 is not an earlier instruction"])
    let width = residualFused.replacingOccurrences(of: "param w: f32[5]", with: "param w: f32[4]")
    #expect(
      Verifier.diagnose(try GraphParser.parse(width)) == [
        "%h: fused add_rmsnorm_silu_mul_exp expects a2 (col) to fit the domain [B,3,5], got [4]"
      ])
  }

  /// The forget gate g = -exp(A_log) softplus(a_proj x + dt_bias) and its backward slope: softplus
  /// joins the kernel of its neighbours (it stayed a lone op while FusibleNode's switch had a
  /// `default:`).
  @Test func fusesSoftplusIntoTheGateKernel() throws {
    let g = try GraphParser.parse(
      """
      graph @t {
        param dt_bias: f32[4]
        input %a: f32[B,3,4]
        input %neg_a: f32[4]
        %u: f32[B,3,4] = add %a, dt_bias
        %sp: f32[B,3,4] = softplus %u
        %g: f32[B,3,4] = mul %sp, %neg_a
        %slope: f32[B,3,4] = sigmoid %u
        output g = %g
        output slope = %slope
      }

      """)
    let fused = FuseElementwise.run(g)
    try Verifier.verify(fused)
    #expect(fused.nodes.map(\.op.name) == ["fused"])
    guard case .fused(let k) = fused.nodes[0].op else { return }
    #expect(k.name == "add_softplus_mul_sigmoid")
    #expect(
      k.program.map(\.description) == ["add(a0;a1)", "softplus(t0)", "mul(t1;a2)", "sigmoid(t0)"])
    #expect(try GraphParser.parse(GraphPrinter.print(fused)) == fused)
  }

  /// Every elementwise op of the golden specs' training steps runs in a fused kernel, as the pass
  /// promises.
  @Test(arguments: goldenSpecs)
  func noElementwiseOpIsLeftUnfused(_ name: String) throws {
    let spec = try SpecLoader.load(
      file: repoRoot.appendingPathComponent("specs/\(name).yaml").path)
    let backward = try Autodiff.gradient(of: try ModelLowering.forward(spec: spec))
    let optimized = try Pipeline.optimize(backward, options: PassOptions(threads: 1))
    #expect(optimized.nodes.filter(\.op.isElementwise).map(\.op.name) == [])
  }

  /// A norm gradient's weight gradient (a sum over rows) is a result, never an in-kernel value; the
  /// cycle check keeps a value read back through a GEMM outside the group.
  @Test func keepsColumnSumsAndGemmPathsOutside() throws {
    let g = try GraphParser.parse(
      """
      graph @t {
        param w: f32[4]
        param p: f32[4,4]
        input %x: f32[3,4]
        input %dy: f32[3,4]
        %dx: f32[3,4], %dw: f32[4] = rms_norm_grad[eps=1e-05] %x, w, %dy
        %a: f32[3,4] = silu %dx
        %l: f32[3,4] = linear %a, p
        %b: f32[3,4] = add %a, %l
        output b = %b
        output dw = %dw
      }

      """)
    let fused = FuseElementwise.run(g)
    try Verifier.verify(fused)
    #expect(fused.nodes.map(\.op.name) == ["fused", "linear", "fused"])
    guard case .fused(let k) = fused.nodes[0].op else { return }
    #expect(k.name == "rmsnormgrad_silu")
    #expect(fused.nodes[0].results.map(\.value.name) == ["%dw", "%a"])
  }

  /// The optimized forward+backward graph gives the loss and every gradient of the unoptimized one on
  /// the fp64 interpreter, over the spec options that change the elementwise chains.
  @Test(arguments: 0..<8)
  func optimizedModelMatchesUnoptimized(_ index: Int) throws {
    let bit = { (b: Int) in (index >> b) & 1 == 1 }
    let config = ModelConfig(
      hiddenSize: 8, numHiddenLayers: 2, numHeads: 2, headDim: 4, expandV: 1,
      numHouseholder: 2, allowNegEigval: bit(0), useForgetGate: bit(1), useOutputGate: bit(2),
      useShortConv: !bit(1), convSize: 3, convBias: false, mlp: .intermediateSize(12),
      normEps: 1e-5, tieWordEmbeddings: bit(0), initializerRange: 0.02, vocabSize: .fixed(7))
    let forward = try ModelLowering.forward(
      model: config, vocabSize: 7, name: "m", options: LoweringOptions(dtype: .f64))
    let backward = try Autodiff.gradient(of: forward)
    let optimized = try Pipeline.optimize(backward, options: PassOptions(verifyEachPass: true))
    #expect(optimized.kernelCount < backward.kernelCount)
    var rng = TestRNG(seed: UInt64(index) &+ 7)
    var params: [String: Tensor<Double>] = [:]
    for p in forward.parameters {
      let shape = p.type.dims.map { $0.concrete! }
      let lo = p.value.name.hasSuffix("norm.weight") ? 0.5 : -0.5
      params[p.value.name] = Tensor(shape: shape, data: rng.array(shape.reduce(1, *), lo, lo + 1))
    }
    let labels = (0..<15).map { i in i == 4 ? Int32(-100) : Int32(rng.next() % 7) }
    let inputs: [String: TensorValue<Double>] = [
      "input_ids": .index(
        Tensor(shape: [3, 5], data: (0..<15).map { _ in Int32(rng.next() % 7) })),
      "labels": .index(Tensor(shape: [3, 5], data: labels)),
    ]
    let want = try Interpreter<Double>.run(backward, parameters: params, inputs: inputs)
    let got = try Interpreter<Double>.run(optimized, parameters: params, inputs: inputs)
    #expect(Set(got.keys) == Set(want.keys))
    for (name, w) in want {
      let c = compare(name, got[name]!.data, w.data)
      #expect(c.maxRel <= 1e-12, "\(c)")
    }
  }

  /// Kernels per training step of the LM spec: every elementwise chain and norm of the 4 layers
  /// forward and backward collapses into fused kernels (q/k's L2 norms and their gradients run
  /// inside the recurrence: 16 kernels fewer before fusion, 8 after, than as ops of their own).
  @Test func kernelCountOfTheLMSpec() throws {
    let spec = try SpecLoader.load(
      file: repoRoot.appendingPathComponent("specs/lm_bytes.yaml").path)
    let backward = try Autodiff.gradient(of: try ModelLowering.forward(spec: spec))
    let optimized = FuseElementwise.run(backward)
    try Verifier.verify(optimized)
    #expect(backward.kernelCount == 267)
    #expect(optimized.kernelCount == 203)
  }
}
