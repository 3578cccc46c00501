import DeltaIR

// The VJP rule of every op, dispatched by one exhaustive switch. A rule returns one cotangent per
// operand (nil where the operand needs none: indices, constants, `wants[i] == false`). Rules are
// grouped by op family in VJPElementwise.swift, VJPShape.swift and VJPModelOps.swift.

/// The node being differentiated and the builder to emit its backward nodes into.
struct VJPContext {
  let b: GraphBuilder
  let node: Node
  let wants: [Bool]
  /// Primal values already flattened to rows [P, K] for a weight gradient (a value feeding several
  /// projections is flattened once).
  let rows: RowsCache

  /// The i-th operand.
  func x(_ i: Int) -> Value { node.inputs[i] }
  /// The i-th result (the primal output).
  func y(_ i: Int = 0) -> Value { node.results[i].value }
  func type(_ v: Value) -> TensorType { b.type(of: v) }
  /// Name hint for the cotangent of operand i: `d.<operand>`.
  func d(_ i: Int) -> String { "d." + bare(node.inputs[i]) }
  /// Name hint for an intermediate of this rule: `d.<first result>.<what>`.
  func tmp(_ what: String) -> String { "d." + bare(node.result) + "." + what }

  func emit(_ op: Op, _ inputs: [Value], _ name: String) throws -> Value {
    try b.emit(op, inputs, name: name)
  }
  func zeros(like v: Value, _ name: String) throws -> Value {
    try b.emit(.full(value: 0, type: type(v)), [], name: name)
  }
}

enum VJP {
  static func apply(
    _ node: Node, cotangents: [Value?], wants: [Bool], _ state: inout ReverseState
  ) throws -> [Value?] {
    let c = VJPContext(b: state.builder, node: node, wants: wants, rows: state.rows)
    // Single-result ops have their cotangent here (apply is only called when one exists).
    let dy = cotangents[0]
    switch node.op {
    case .full: return []
    case .embedding:
      return [
        nil,
        try c.emit(
          .embeddingGrad(numEmbeddings: c.type(c.x(1)).dims[0].concrete!), [c.x(0), dy!], c.d(1)),
      ]
    case .linear: return try linearVJP(c, dy!)
    case .matmul(let ta, let tb): return try matmulVJP(c, dy!, ta, tb)

    case .unary(let f): return [try unaryVJP(c, dy!, f)]
    case .mulScalar, .addScalar: return [try scalarVJP(c, dy!)]
    case .add, .sub, .mul, .div: return try binaryVJP(c, dy!)

    case .reduceSum(let axes, let keep): return [try reduceVJP(c, dy!, axes, keep, mean: false)]
    case .reduceMean(let axes, let keep): return [try reduceVJP(c, dy!, axes, keep, mean: true)]
    case .broadcastTo: return [try unbroadcast(c, dy!, to: c.type(c.x(0)).shape, c.d(0))]
    case .reshape: return [try c.emit(.reshape(c.type(c.x(0)).shape), [dy!], c.d(0))]
    case .transpose(let perm):
      var inverse = perm
      for (i, p) in perm.enumerated() { inverse[p] = i }
      return [try c.emit(.transpose(perm: inverse), [dy!], c.d(0))]
    case .concat(let axis): return try concatVJP(c, dy!, axis)
    case .split(let axis, _): return [try splitVJP(c, cotangents, axis)]

    case .conv1d: return try conv1dVJP(c, dy!)
    case .rmsNorm(let eps):
      let r = try state.builder.emit(
        .rmsNormGrad(eps: eps), [c.x(0), c.x(1), dy!], names: [c.d(0), c.d(1)])
      return [r[0], r[1]]
    case .gatedRMSNorm(let eps):
      let r = try state.builder.emit(
        .gatedRMSNormGrad(eps: eps), [c.x(0), c.x(1), c.x(2), dy!], names: [c.d(0), c.d(1), c.d(2)])
      return [r[0], r[1], r[2]]
    case .l2norm(let eps): return [try c.emit(.l2normGrad(eps: eps), [c.x(0), dy!], c.d(0))]
    case .deltaProduct(let p): return try deltaProductVJP(c, cotangents, p)
    case .crossEntropy(let ignore):
      return [
        try c.emit(.crossEntropyGrad(ignoreIndex: ignore), [c.x(0), c.x(1), dy!], c.d(0)), nil,
      ]

    case .siluGrad, .conv1dGrad, .conv1dSilu, .conv1dSiluGrad, .rmsNormGrad, .gatedRMSNormGrad,
      .l2normGrad, .deltaProductGrad, .crossEntropyGrad, .embeddingGrad, .fused:
      throw AutodiffError(
        "\(node.result): \(node.op.name) has no VJP (higher-order derivatives are not supported)")
    }
  }
}

/// Memo of `reshape x -> [P, K]` per primal value during one autodiff run.
final class RowsCache {
  var flattened: [Value: Value] = [:]
}
