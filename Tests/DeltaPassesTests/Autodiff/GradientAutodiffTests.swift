import DeltaIR
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

extension Probe {
  /// dL/dparameter from the autodiff graph, run by the interpreter.
  func autodiffGradients() throws -> [String: Tensor<Double>] {
    let g = try Autodiff.gradient(of: graph, loss: "loss")
    let out = try Interpreter<Double>.run(g, parameters: parameters, inputs: inputs)
    #expect(
      out["loss"]!.data == [try loss(parameters)], "the gradient graph's loss is the forward's")
    return parameters.keys.reduce(into: [:]) { $0[$1] = out["grad." + $1] }
  }

  /// Autodiff's gradients against central differences, every entry of every parameter.
  func checkAutodiff(_ op: String) throws {
    for c in try check(op, analytic: try autodiffGradients()) { #expect(c.passed, "\(c)") }
  }
}

/// Every forward op of the IR through autodiff (DeltaPasses) and the interpreter, against central
/// differences of the interpreted forward, in Float64. One probe graph per op and variant; all
/// entries of every operand are checked.
@Suite struct GradientAutodiffTests {
  typealias P = Probe

  @Test func embedding() throws {
    let p = try P("embedding", [.ids("ids", [2, 3], [4, 0, 4, 2, 1, 4]), .float("w", [5, 3])]) {
      b, v in
      [try b.emit(.embedding, v, name: "y")]
    }
    try p.checkAutodiff("embedding")
  }

  @Test func linear() throws {
    let p = try P("linear", [.float("x", [2, 3, 4]), .float("w", [5, 4])]) { b, v in
      [try b.emit(.linear, v, name: "y")]
    }
    try p.checkAutodiff("linear")
  }

  @Test(arguments: [false, true], [false, true])
  func matmul(transposeA ta: Bool, transposeB tb: Bool) throws {
    for batchedB in [false, true] {
      let a: [Dim] = ta ? [2, 4, 3] : [2, 3, 4]
      let bDims: [Dim] = (batchedB ? [2] : []) + (tb ? [5, 4] : [4, 5])
      let p = try P("matmul", [.float("a", a), .float("b", bDims)]) { b, v in
        [try b.emit(.matmul(transposeA: ta, transposeB: tb), v, name: "y")]
      }
      try p.checkAutodiff("matmul[ta=\(ta),tb=\(tb),batched_b=\(batchedB)]")
    }
  }

  static let unaryOps: [(Op, ClosedRange<Double>)] = [
    (.unary(.silu), -4...4), (.unary(.sigmoid), -4...4), (.unary(.exp), -2...2),
    (.unary(.log), 0.2...3), (.unary(.softplus), -4...4),
    (.unary(.neg), -1...1), (.unary(.square), -2...2), (.unary(.rsqrt), 0.2...3),
    (.mulScalar(-1.5), -1...1),
    (.addScalar(0.25), -1...1),
  ]

  @Test func unary() throws {
    for (op, range) in Self.unaryOps {
      let p = try P(op.name, [.float("x", [3, 4], range)]) { b, v in [try b.emit(op, v, name: "y")]
      }
      try p.checkAutodiff(op.name)
    }
  }

  /// Both broadcasting directions: b [3,1] under a [2,3,4], and a [1,4] under b [3,4].
  @Test(arguments: [Op.add, .sub, .mul, .div])
  func binary(_ op: Op) throws {
    let positive: ClosedRange<Double> = 0.5...2
    for (a, b): ([Dim], [Dim]) in [([2, 3, 4], [3, 1]), ([1, 4], [3, 4]), ([3, 4], [3, 4])] {
      let p = try P(op.name, [.float("a", a), .float("b", b, op == .div ? positive : -1...1)]) {
        bld, v in
        [try bld.emit(op, v, name: "y")]
      }
      try p.checkAutodiff("\(op.name)[\(Shape(a)) with \(Shape(b))]")
    }
  }

  @Test(arguments: [true, false])
  func reductions(keepDims: Bool) throws {
    for axes in [[1], [0, 2], [0, 1, 2]] {
      for op in [
        Op.reduceSum(axes: axes, keepDims: keepDims), .reduceMean(axes: axes, keepDims: keepDims),
      ] {
        let p = try P(op.name, [.float("x", [2, 3, 4])]) { b, v in [try b.emit(op, v, name: "y")] }
        try p.checkAutodiff("\(op.name)[axes=\(axes),keepdims=\(keepDims)]")
      }
    }
  }

  @Test func shapeOps() throws {
    let cases: [(String, [P.Operand], Op)] = [
      ("broadcast_to[2,3,4]", [.float("x", [3, 1])], .broadcastTo([2, 3, 4])),
      ("reshape[4,6]", [.float("x", [2, 3, 4])], .reshape([4, 6])),
      ("transpose[2,0,1]", [.float("x", [2, 3, 4])], .transpose(perm: [2, 0, 1])),
      ("concat[axis=1]", [.float("a", [2, 3, 2]), .float("b", [2, 1, 2])], .concat(axis: 1)),
    ]
    for (name, operands, op) in cases {
      let p = try P(name, operands) { b, v in [try b.emit(op, v, name: "y")] }
      try p.checkAutodiff(name)
    }
    // split: both results read by the loss, and one result only (the other gets no cotangent).
    for both in [true, false] {
      let p = try P("split", [.float("x", [2, 5, 3])]) { b, v in
        let parts = try b.emit(.split(axis: 1, sizes: [2, 3]), v, names: ["lo", "hi"])
        return both ? parts : [parts[1]]
      }
      try p.checkAutodiff("split[axis=1,sizes=[2,3],used=\(both ? "both" : "second")]")
    }
    // full feeds nothing back: y = x * full(2).
    let p = try P("full", [.float("x", [3])]) { b, v in
      let two = try b.emit(.full(value: 2, type: TensorType(.f64, [3])), [], name: "two")
      return [try b.emit(.mul, [v[0], two], name: "y")]
    }
    try p.checkAutodiff("full (as a constant operand)")
  }

  @Test(arguments: [0, 1, 2])
  func conv1d(variant: Int) throws {
    // 0: [C,1,W] + bias; 1: [C,1,W]; 2: [C,W], and T=2 < W=4.
    let x: [Dim] = variant == 2 ? [2, 2, 3] : [2, 5, 3]
    var operands: [P.Operand] = [.float("x", x), .float("w", variant == 2 ? [3, 4] : [3, 1, 4])]
    if variant == 0 { operands.append(.float("bias", [3])) }
    let p = try P("conv1d", operands) { b, v in [try b.emit(.conv1d, v, name: "y")] }
    try p.checkAutodiff(["conv1d[bias]", "conv1d[no bias]", "conv1d[[C,W], T<W]"][variant])
  }

  @Test func norms() throws {
    let rms = try P("rms_norm", [.float("x", [2, 3, 5], -2...2), .float("w", [5], 0.5...1.5)]) {
      b, v in
      [try b.emit(.rmsNorm(eps: 1e-5), v, name: "y")]
    }
    try rms.checkAutodiff("rms_norm")
    let gated = try P(
      "gated_rms_norm",
      [
        .float("x", [2, 3, 4], -2...2), .float("gate", [2, 3, 4], -3...3),
        .float("w", [4], 0.5...1.5),
      ]
    ) { b, v in [try b.emit(.gatedRMSNorm(eps: 1e-6), v, name: "y")] }
    try gated.checkAutodiff("gated_rms_norm")
    let l2 = try P("l2norm", [.float("x", [3, 2, 4])]) { b, v in
      [try b.emit(.l2norm(eps: 1e-6), v, name: "y")]
    }
    try l2.checkAutodiff("l2norm")
  }

  @Test func crossEntropy() throws {
    let labels: [Int32] = [3, -100, 0, 5, 2, -100]
    let p = try P(
      "cross_entropy", [.float("logits", [2, 3, 6], -3...3), .ids("labels", [2, 3], labels)]
    ) { b, v in
      [try b.emit(.crossEntropy(ignoreIndex: -100), v, name: "loss")]
    }
    try p.checkAutodiff("cross_entropy[ignore_index=-100]")
  }

  /// Symbolic B and T (the model's case): autodiff's mean and broadcast rules build counts and
  /// shapes from `full` ops over symbolic dims, which the interpreter binds from the inputs.
  @Test func symbolicDims() throws {
    let p = try P(
      "symbolic", [.data("x", ["B", "T", 3]), .float("w", [3]), .float("u", [4, 3])],
      sizes: ["B": 2, "T": 5]
    ) { b, v in
      let scaled = try b.emit(.mul, [v[0], v[1]], name: "scaled")  // [B,T,3] * [3]
      // mean: [B,3]; all: [1,1,3].
      let mean = try b.emit(.reduceMean(axes: [1], keepDims: false), [scaled], name: "mean")
      let all = try b.emit(.reduceMean(axes: [0, 1], keepDims: true), [scaled], name: "all")
      let wide = try b.emit(.broadcastTo(["B", "T", 3]), [v[1]], name: "wide")
      let proj = try b.emit(
        .linear, [try b.emit(.mul, [wide, v[0]], name: "wx"), v[2]], name: "proj")  // [B,T,4]
      return [mean, all, proj]
    }
    try p.checkAutodiff("symbolic B,T (reduce_mean, broadcast_to, linear)")
  }

  /// One value used twice by one node, and both operands broadcast ([3,1] with [1,4]): cotangents of
  /// repeated operands must be summed, broadcast ones reduced.
  @Test func sharedAndBroadcastOperands() throws {
    let cases: [(String, [P.Operand], (GraphBuilder, [Value]) throws -> [Value])] = [
      (
        "mul[x, x]", [.float("x", [2, 3])], { b, v in [try b.emit(.mul, [v[0], v[0]], name: "y")] }
      ),
      (
        "div[x, x + 3]", [.float("x", [4])],
        { b, v in
          [try b.emit(.div, [v[0], try b.emit(.addScalar(3), [v[0]], name: "x3")], name: "y")]
        }
      ),
      (
        "concat[x, y, x]", [.float("x", [2, 2]), .float("y", [2, 1])],
        { b, v in
          [try b.emit(.concat(axis: 1), [v[0], v[1], v[0]], name: "y")]
        }
      ),
      (
        "sub[[3,1], [1,4]]", [.float("a", [3, 1]), .float("b", [1, 4])],
        { b, v in [try b.emit(.sub, v, name: "y")] }
      ),
      (
        "gated_rms_norm[x, gate=x]", [.float("x", [2, 4]), .float("w", [4], 0.5...1.5)],
        { b, v in
          [try b.emit(.gatedRMSNorm(eps: 1e-6), [v[0], v[0], v[1]], name: "y")]
        }
      ),
    ]
    for (name, operands, body) in cases { try P(name, operands, body).checkAutodiff(name) }
  }

  /// Only one of the recurrence's two results reaches the loss: the other's cotangent is absent.
  @Test(arguments: [true, false])
  func deltaProductOneResult(stateOnly: Bool) throws {
    let params = DeltaProductParams(
      numHouseholder: 2, gated: true, scale: 0.5, initialState: true, finalState: true)
    let operands: [P.Operand] = [
      .float("q", [1, 3, 2, 3]), .float("k", [1, 3, 2, 2, 3], -0.5...0.5),
      .float("v", [1, 3, 2, 2, 2]),
      .float("beta", [1, 3, 2, 2], 0...2), .float("g", [1, 3, 2], -1...0),
      .float("s0", [1, 2, 3, 2]),
    ]
    let p = try P("deltaproduct", operands, seed: 21) { b, v in
      let r = try b.emit(.deltaProduct(params), v, names: ["o", "s"])
      return [stateOnly ? r[1] : r[0]]
    }
    try p.checkAutodiff(
      "deltaproduct[final_state, loss reads \(stateOnly ? "S_T only" : "o only")]")
  }

  /// The recurrence with every operand a parameter; results o (and S_T) both read by the loss.
  @Test(arguments: [
    (1, false, false), (1, true, true), (2, true, false), (2, false, true), (3, true, true),
  ])
  func deltaProduct(householder n: Int, gated: Bool, withState: Bool) throws {
    let params = DeltaProductParams(
      numHouseholder: n, gated: gated, scale: 0.5, initialState: withState, finalState: withState)
    var operands: [P.Operand] = [
      .float("q", [2, 4, 2, 3]), .float("k", [2, 4, Dim(n), 2, 3], -0.5...0.5),
      .float("v", [2, 4, Dim(n), 2, 2]), .float("beta", [2, 4, Dim(n), 2], 0...2),
    ]
    if gated { operands.append(.float("g", [2, 4, 2], -1...0)) }
    if withState { operands.append(.float("s0", [2, 2, 3, 2])) }
    let p = try P("deltaproduct", operands, seed: UInt64(10 + n)) { b, v in
      try b.emit(.deltaProduct(params), v, names: ["o", "s"])
    }
    try p.checkAutodiff("deltaproduct[n=\(n),gated=\(gated),state=\(withState)]")
  }
}
