import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaSpec
import DeltaTestSupport
import Testing

@Suite struct AutodiffTests {
  @Test func gradientGraphHasAGradientPerParameter() throws {
    let forward = try ModelLowering.forward(model: s3Config(), vocabSize: 13, name: "s3")
    let g = try Autodiff.gradient(of: forward)
    #expect(Verifier.diagnose(g) == [])
    #expect(g.name == "s3_grad")
    #expect(
      g.outputs.map(\.name) == ["loss", "logits"]
        + forward.parameters.map { "grad." + $0.value.name })
    let types = g.types
    for p in forward.parameters {
      #expect(types[g.output("grad." + p.value.name)!] == p.type)
    }
    #expect(try GraphParser.parse(GraphPrinter.print(g)) == g)
    // The forward part is unchanged and comes first.
    #expect(Array(g.nodes.prefix(forward.nodes.count)) == forward.nodes)
    #expect(g.opCounts["deltaproduct_grad"] == 1)
    #expect(g.opCounts["cross_entropy_grad"] == 1)
    #expect(g.opCounts["embedding_grad"] == 1)
  }

  @Test func readableBackwardLines() throws {
    let g = try Autodiff.gradient(
      of: try ModelLowering.forward(model: s3Config(), vocabSize: 13, name: "s3"))
    let text = GraphPrinter.print(g)
    for line in [
      "%d.loss: f32[] = full[value=1.0, shape=[], dtype=f32]",
      "%d.logits: f32[B,T,13] = cross_entropy_grad[ignore_index=-100] %logits, %labels, %d.loss",
      "%d.l0.q_heads: f32[B,T,8,32], %d.l0.k_heads: f32[B,T,2,8,32], %d.l0.v_heads: f32[B,T,2,8,32], "
        + "%d.l0.beta_heads: f32[B,T,2,8] = deltaproduct_grad[num_householder=2, gated=false, "
        + "scale=0.17677669529663687, chunk=auto, initial_state=false, final_state=false, "
        + "inputs=silu_l2norm] %l0.q_heads, %l0.k_heads, %l0.v_heads, %l0.beta_heads, %d.l0.o\n",
      "%d.model.layers.0.attn.q_proj.weight: f32[256,128] = matmul[transpose_a=true, transpose_b=false] "
        + "%d.l0.q_proj.rows, %l0.attn_in.rows\n",
      "output grad.lm_head.weight = %d.lm_head.weight",
    ] {
      #expect(text.contains(line), "missing: \(line)")
    }
  }

  /// The S3 spec's size (reference section 5.1 model, n_h = 2): op counts and IR line counts.
  @Test func s3OpAndLineCounts() throws {
    let forward = try ModelLowering.forward(model: s3Config(), vocabSize: 13, name: "s3")
    let both = try Autodiff.gradient(of: forward)
    #expect(forward.nodes.count == 27)
    #expect(GraphPrinter.print(forward).split(separator: "\n").count == 47)
    #expect(both.nodes.count == 86)
    #expect(GraphPrinter.print(both).split(separator: "\n").count == 120)
    // q/k/v's SiLU and q/k's L2 norms run inside the recurrence (`inputs=silu_l2norm`): the one
    // silu left is the MLP's.
    #expect(
      forward.opCounts == [
        "linear": 9, "reshape": 5, "silu": 1, "rms_norm": 4, "add": 2, "sigmoid": 1,
        "mul_scalar": 1, "mul": 1, "embedding": 1, "deltaproduct": 1, "cross_entropy": 1,
      ])
  }

  @Test func tiedEmbeddingsAccumulate() throws {
    let forward = try ModelLowering.forward(model: smallConfig(tied: true), vocabSize: 11)
    let g = try Autodiff.gradient(of: forward)
    let gradValue = g.output("grad.model.embeddings.weight")!
    let node = g.nodes.first { $0.results.contains { $0.value == gradValue } }!
    #expect(node.op == .add)
    let producers = Set(
      node.inputs.compactMap { v in g.nodes.first { $0.results.contains { $0.value == v } }?.op.name
      })
    #expect(producers == ["embedding_grad", "matmul"])
  }

  @Test func everyOptionCombinationDifferentiates() throws {
    for (label, config) in everyOptionCombination() {
      let g = try Autodiff.gradient(of: try ModelLowering.forward(model: config, vocabSize: 11))
      #expect(Verifier.diagnose(g) == [], "\(label)")
      #expect(try GraphParser.parse(GraphPrinter.print(g)) == g)
      // Every parameter is reached (no zero-filled gradient).
      #expect(
        !g.nodes.contains { if case .full(0, _) = $0.op { return true } else { return false } })
    }
  }

  @Test func randomGraphsDifferentiate() throws {
    var rng = TestRNG(seed: 3)
    for i in 0..<100 {
      var fwd = try randomGraph(&rng, name: "r\(i)")
      fwd.outputs = [Output("loss", fwd.outputs[0].value)]
      let g = try Autodiff.gradient(of: fwd)
      #expect(Verifier.diagnose(g) == [], "graph \(i)")
    }
  }

  @Test func finalStateAndInitialStateGetCotangents() throws {
    let b = GraphBuilder(name: "dp")
    let p = DeltaProductParams(
      numHouseholder: 2, gated: true, scale: 0.5, initialState: true, finalState: true)
    let q = b.parameter("q", TensorType(.f64, [1, 3, 1, 2]))
    let k = b.parameter("k", TensorType(.f64, [1, 3, 2, 1, 2]))
    let v = b.parameter("v", TensorType(.f64, [1, 3, 2, 1, 2]))
    let beta = b.parameter("beta", TensorType(.f64, [1, 3, 2, 1]))
    let gate = b.parameter("g", TensorType(.f64, [1, 3, 1]))
    let s0 = b.parameter("s0", TensorType(.f64, [1, 1, 2, 2]))
    let r = try b.emit(.deltaProduct(p), [q, k, v, beta, gate, s0], names: ["o", "S"])
    let so = try b.emit(.reduceSum(axes: [0, 1, 2, 3], keepDims: false), [r[0]], name: "so")
    let ss = try b.emit(
      .reduceSum(axes: [0, 1, 2, 3], keepDims: false),
      [try b.emit(.unary(.square), [r[1]], name: "s2")],
      name: "ss")
    b.output("loss", try b.emit(.add, [so, ss], name: "loss"))
    let g = try Autodiff.gradient(of: b.finish())
    #expect(Verifier.diagnose(g) == [])
    let grad = g.nodes.first {
      if case .deltaProductGrad = $0.op { return true } else { return false }
    }!
    guard case .deltaProductGrad(let gp) = grad.op else { return }
    #expect(gp.finalState && gp.initialState && gp.gated)
    #expect(grad.inputs.count == 8 && grad.results.count == 6)
  }
}
