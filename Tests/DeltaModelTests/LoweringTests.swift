import DeltaIR
import DeltaModel
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

private func parameterTable(_ g: Graph) -> [String] {
  g.parameters.map { "\($0.value.name): \($0.type)" }
}

@Suite struct LoweringTests {
  @Test func s3ParametersAreFlaNamesAndShapes() throws {
    let g = try ModelLowering.forward(model: s3Config(), vocabSize: 13, name: "s3_nh2_neg")
    #expect(
      parameterTable(g) == [
        "model.embeddings.weight: f32[13,128]",
        "model.layers.0.attn_norm.weight: f32[128]",
        "model.layers.0.attn.q_proj.weight: f32[256,128]",
        "model.layers.0.attn.k_proj.weight: f32[512,128]",
        "model.layers.0.attn.v_proj.weight: f32[512,128]",
        "model.layers.0.attn.b_proj.weight: f32[16,128]",
        "model.layers.0.attn.o_norm.weight: f32[32]",
        "model.layers.0.attn.o_proj.weight: f32[128,256]",
        "model.layers.0.mlp_norm.weight: f32[128]",
        "model.layers.0.mlp.gate_proj.weight: f32[512,128]",
        "model.layers.0.mlp.up_proj.weight: f32[512,128]",
        "model.layers.0.mlp.down_proj.weight: f32[128,512]",
        "model.norm.weight: f32[128]",
        "lm_head.weight: f32[13,128]",
      ])
    #expect(g.parameterCount == 399_008)
    // n_h = 1 drops half of k_proj and v_proj and half of b_proj: about 0.33M (reference section 5.1).
    #expect(
      try ModelLowering.forward(model: s3Config(numHouseholder: 1), vocabSize: 13).parameterCount
        == 332_448)
    try Verifier.verify(g)
    #expect(g.inputs.map(\.description) == ["%input_ids: i32[B,T]", "%labels: i32[B,T]"])
    #expect(g.outputs.map(\.name) == ["loss", "logits"])
  }

  @Test func s3ReadsLikeTheModel() throws {
    let text = GraphPrinter.print(
      try ModelLowering.forward(model: s3Config(), vocabSize: 13, name: "s3"))
    for line in [
      "%l0.q_proj: f32[B,T,256] = linear %l0.attn_in, model.layers.0.attn.q_proj.weight",
      "%l0.k_heads: f32[B,T,2,8,32] = reshape[shape=[B,T,2,8,32]] %l0.k_proj",
      "%l0.beta: f32[B,T,16] = mul_scalar[value=2.0] %l0.b_sigmoid",
      "%l0.o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, scale=0.17677669529663687, chunk=auto, "
        + "initial_state=false, final_state=false, inputs=silu_l2norm] %l0.q_heads, %l0.k_heads, %l0.v_heads, "
        + "%l0.beta_heads",
      "%l0.o_norm: f32[B,T,8,32] = rms_norm[eps=1e-06] %l0.o, model.layers.0.attn.o_norm.weight",
      "%loss: f32[] = cross_entropy[ignore_index=-100] %logits, %labels",
    ] {
      #expect(text.contains("  " + line + "\n"), "missing: \(line)")
    }
  }

  /// With `recurrence_inputs: separate` the SiLU and the norms are ops of their own.
  @Test func s3WithSeparateInputActivations() throws {
    let text = GraphPrinter.print(
      try ModelLowering.forward(
        model: s3Config(), vocabSize: 13, name: "s3",
        options: LoweringOptions(recurrenceInputs: false)))
    for line in [
      "%l0.q: f32[B,T,256] = silu %l0.q_proj",
      "%l0.k_heads: f32[B,T,2,8,32] = reshape[shape=[B,T,2,8,32]] %l0.k",
      "%l0.o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, scale=0.17677669529663687, chunk=auto, "
        + "initial_state=false, final_state=false] %l0.q_hat, %l0.k_hat, %l0.v_heads, %l0.beta_heads",
    ] {
      #expect(text.contains("  " + line + "\n"), "missing: \(line)")
    }
  }

  @Test func everyOptionIsHonoured() throws {
    let full = try ModelLowering.forward(model: smallConfig(convBias: true), vocabSize: 11)
    let names = Set(full.parameters.map(\.value.name))
    for suffix in [
      "a_proj.weight", "A_log", "dt_bias", "q_conv1d.weight", "k_conv1d.weight", "v_conv1d.weight",
      "q_conv1d.bias", "k_conv1d.bias", "v_conv1d.bias", "g_proj.weight",
    ] {
      #expect(names.contains("model.layers.0.attn." + suffix), "missing \(suffix)")
    }
    let types = Dictionary(
      uniqueKeysWithValues: full.parameters.map { ($0.value.name, $0.type.description) })
    #expect(types["model.layers.0.attn.k_conv1d.weight"] == "f32[16,1,3]")  // n*H*K = 2*2*4
    #expect(types["model.layers.0.attn.v_conv1d.weight"] == "f32[32,1,3]")  // n*H*V = 2*2*8
    #expect(types["model.layers.0.attn.A_log"] == "f32[2]")
    #expect(types["model.layers.0.attn.g_proj.weight"] == "f32[16,16]")  // H*V x D
    #expect(full.opCounts["gated_rms_norm"] == 1)
    #expect(full.opCounts["conv1d"] == 3)

    let bare = try ModelLowering.forward(
      model: smallConfig(
        neg: false, gate: false, outputGate: false, conv: false, mlp: false, tied: true),
      vocabSize: 11)
    let bareNames = Set(bare.parameters.map(\.value.name))
    #expect(
      !bareNames.contains {
        $0.contains("conv1d") || $0.contains("a_proj") || $0.contains("g_proj")
      })
    #expect(!bareNames.contains { $0.contains("mlp") || $0 == "lm_head.weight" })
    #expect(bare.opCounts["mul_scalar"] == nil)  // beta = sigmoid(b), not doubled
    #expect(bare.opCounts["rms_norm"] == 3)  // attn_norm, o_norm, final norm
    #expect(
      bare.nodes.contains { $0.op == .linear && $0.inputs[1] == Value("model.embeddings.weight") })
  }

  @Test func everyOptionCombinationVerifiesAndRoundTrips() throws {
    for (i, (label, config)) in everyOptionCombination().enumerated() {
      let g = try ModelLowering.forward(model: config, vocabSize: 11, name: "m\(i)")
      #expect(Verifier.diagnose(g) == [], "\(label)")
      #expect(try GraphParser.parse(GraphPrinter.print(g)) == g)
    }
  }

  @Test func initializationFollowsFla() throws {
    let config = smallConfig(convBias: true)
    let g = try ModelLowering.forward(model: config, vocabSize: 11)
    let a = ParameterInit.initialize(graph: g, model: config, seed: 7)
    let b = ParameterInit.initialize(graph: g, model: config, seed: 7)
    let c = ParameterInit.initialize(graph: g, model: config, seed: 8)
    #expect(a == b)
    #expect(a["model.layers.0.attn.q_proj.weight"] != c["model.layers.0.attn.q_proj.weight"])
    #expect(Set(a.keys) == Set(g.parameters.map(\.value.name)))
    for p in g.parameters { #expect(a[p.value.name]?.count == p.type.shape.elementCount.concrete) }
    #expect(a["model.norm.weight"]!.allSatisfy { $0 == 1 })
    #expect(a["model.layers.0.attn.o_norm.weight"]!.allSatisfy { $0 == 1 })
    #expect(a["model.layers.0.attn.q_conv1d.bias"]!.allSatisfy { $0 == 0 })
    #expect(a["model.layers.0.attn.A_log"]!.allSatisfy { $0 < Foundation.log(16.0) })
    for bias in a["model.layers.0.attn.dt_bias"]! {
      let dt = Foundation.log(1 + Foundation.exp(bias))  // softplus(dt_bias) = dt
      #expect(dt >= 1e-3 * 0.999999 && dt <= 1e-1 * 1.000001)
    }
    // A large weight: mean ~ 0, std ~ initializer_range.
    let big = try ModelLowering.forward(model: s3Config(), vocabSize: 13)
    let w = ParameterInit.initialize(graph: big, model: s3Config(), seed: 1)[
      "model.layers.0.mlp.gate_proj.weight"]!
    let mean = w.reduce(0, +) / Double(w.count)
    let std = (w.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(w.count)).squareRoot()
    #expect(abs(mean) < 1e-3 && abs(std - 0.02) < 5e-4, "mean \(mean) std \(std)")
    // Adding a parameter leaves the others unchanged (per-name streams).
    let noBias = ParameterInit.initialize(
      graph: try ModelLowering.forward(model: smallConfig(), vocabSize: 11),
      model: smallConfig(), seed: 7)
    #expect(noBias["model.layers.0.attn.k_proj.weight"] == a["model.layers.0.attn.k_proj.weight"])
  }
}
