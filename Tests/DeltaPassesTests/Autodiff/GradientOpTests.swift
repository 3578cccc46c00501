import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The IR's `*_grad` ops, as the interpreter runs them, against central differences of their forward
/// op run by the same interpreter (Float64). This pins the grad ops' semantics independently of
/// autodiff: the backward graph here is written by hand from Op.swift's documentation.
@Suite struct GradientOpTests {
  /// Runs a hand-written backward: `emit` adds grad nodes to the probe's graph (parameters by name,
  /// cotangent inputs `%cot<i>`) and returns the gradient value of each parameter.
  static func handGradients(
    _ p: Probe, _ emit: (GraphBuilder, (String) -> Value, [Value]) throws -> [String: Value]
  ) throws -> [String: Tensor<Double>] {
    let b = GraphBuilder(extending: p.graph)
    let cots = p.cotangents.indices.map { Value("%cot\($0)") }
    let grads = try emit(b, { Value($0) }, cots)
    for (name, v) in grads { b.output("grad." + name, v) }
    let out = try Interpreter<Double>.run(b.finish(), parameters: p.parameters, inputs: p.inputs)
    return grads.keys.reduce(into: [:]) { $0[$1] = out["grad." + $1] }
  }

  static func expectPassed(_ checks: [GradientCheck]) {
    for c in checks { #expect(c.passed, "\(c)") }
  }

  @Test func siluGrad() throws {
    let p = try Probe("silu", [.float("x", [3, 4], -4...4)]) { b, v in
      [try b.emit(.unary(.silu), v, name: "y")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      ["x": try b.emit(.siluGrad, [param("x"), cot[0]], name: "dx")]
    }
    Self.expectPassed(try p.check("silu_grad", analytic: g))
  }

  /// x [2, 5, 3]; weight [C, 1, W] with a bias, [C, W] without; bias gradient = reduce_sum of dy.
  @Test(arguments: [true, false])
  func conv1dGrad(bias: Bool) throws {
    var operands: [Probe.Operand] = [
      .float("x", [2, 5, 3]), .float("w", bias ? [3, 1, 4] : [3, 4]),
    ]
    if bias { operands.append(.float("bias", [3])) }
    let p = try Probe("conv1d", operands) { b, v in
      [try b.emit(.conv1d, v, name: "y")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      let r = try b.emit(.conv1dGrad, [param("x"), param("w"), cot[0]], names: ["dx", "dw"])
      var grads = ["x": r[0], "w": r[1]]
      if bias {
        grads["bias"] = try b.emit(.reduceSum(axes: [0, 1], keepDims: false), [cot[0]], name: "db")
      }
      return grads
    }
    Self.expectPassed(try p.check("conv1d_grad[bias=\(bias)]", analytic: g))
  }

  @Test func rmsNormGrad() throws {
    let p = try Probe("rms_norm", [.float("x", [2, 3, 5], -2...2), .float("w", [5], 0.5...1.5)]) {
      b, v in
      [try b.emit(.rmsNorm(eps: 1e-5), v, name: "y")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      let r = try b.emit(
        .rmsNormGrad(eps: 1e-5), [param("x"), param("w"), cot[0]], names: ["dx", "dw"])
      return ["x": r[0], "w": r[1]]
    }
    Self.expectPassed(try p.check("rms_norm_grad", analytic: g))
  }

  @Test func gatedRMSNormGrad() throws {
    let p = try Probe(
      "gated_rms_norm",
      [
        .float("x", [2, 3, 4], -2...2), .float("gate", [2, 3, 4], -3...3),
        .float("w", [4], 0.5...1.5),
      ]
    ) { b, v in [try b.emit(.gatedRMSNorm(eps: 1e-6), v, name: "y")] }
    let g = try Self.handGradients(p) { b, param, cot in
      let r = try b.emit(
        .gatedRMSNormGrad(eps: 1e-6), [param("x"), param("gate"), param("w"), cot[0]],
        names: ["dx", "dgate", "dw"])
      return ["x": r[0], "gate": r[1], "w": r[2]]
    }
    Self.expectPassed(try p.check("gated_rms_norm_grad", analytic: g))
  }

  @Test func l2normGrad() throws {
    let p = try Probe("l2norm", [.float("x", [3, 2, 4])]) { b, v in
      [try b.emit(.l2norm(eps: 1e-6), v, name: "y")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      ["x": try b.emit(.l2normGrad(eps: 1e-6), [param("x"), cot[0]], name: "dx")]
    }
    Self.expectPassed(try p.check("l2norm_grad", analytic: g))
  }

  @Test func embeddingGrad() throws {
    let ids: [Int32] = [4, 0, 4, 2, 1, 4]
    let p = try Probe("embedding", [.ids("ids", [2, 3], ids), .float("w", [5, 3])]) { b, v in
      [try b.emit(.embedding, v, name: "y")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      ["w": try b.emit(.embeddingGrad(numEmbeddings: 5), [Value("%ids"), cot[0]], name: "dw")]
    }
    Self.expectPassed(try p.check("embedding_grad", analytic: g))
  }

  @Test func crossEntropyGrad() throws {
    let labels: [Int32] = [3, -100, 0, 5, 2, -100]
    let p = try Probe(
      "cross_entropy", [.float("logits", [2, 3, 6], -3...3), .ids("labels", [2, 3], labels)]
    ) { b, v in
      [try b.emit(.crossEntropy(ignoreIndex: -100), v, name: "loss")]
    }
    let g = try Self.handGradients(p) { b, param, cot in
      [
        "logits": try b.emit(
          .crossEntropyGrad(ignoreIndex: -100), [param("logits"), Value("%labels"), cot[0]],
          name: "dl")
      ]
    }
    Self.expectPassed(try p.check("cross_entropy_grad", analytic: g))
  }

  /// Every operand and both results: gated with an initial state and the final state returned.
  /// Keys in [-0.5, 0.5] keep |1 - beta |k|^2| < 1, so no state blows up over the 8 sub-steps.
  @Test(arguments: [(1, false, false), (2, true, true), (3, true, false), (2, false, true)])
  func deltaProductGrad(householder n: Int, gated: Bool, withState: Bool) throws {
    let params = DeltaProductParams(
      numHouseholder: n, gated: gated, scale: 0.5, initialState: withState, finalState: withState)
    let (B, T, H, K, V) = (Dim(2), Dim(4), Dim(2), Dim(3), Dim(2))
    var operands: [Probe.Operand] = [
      .float("q", [B, T, H, K]), .float("k", [B, T, Dim(n), H, K], -0.5...0.5),
      .float("v", [B, T, Dim(n), H, V]), .float("beta", [B, T, Dim(n), H], 0...2),
    ]
    if gated { operands.append(.float("g", [B, T, H], -1...0)) }
    if withState { operands.append(.float("s0", [B, H, K, V])) }
    let p = try Probe("deltaproduct", operands, seed: UInt64(n)) { b, v in
      try b.emit(.deltaProduct(params), v, names: ["o", "s"])
    }
    let names = operands.map { operand -> String in
      if case .float(let name, _, _) = operand { return name }
      return ""
    }
    let g = try Self.handGradients(p) { b, param, cot in
      let r = try b.emit(
        .deltaProductGrad(params), names.map(param) + cot, names: names.map { "d" + $0 })
      return Dictionary(uniqueKeysWithValues: zip(names, r))
    }
    Self.expectPassed(
      try p.check("deltaproduct_grad[n=\(n),gated=\(gated),state=\(withState)]", analytic: g))
  }
}
