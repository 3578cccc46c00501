import DeltaIR

// VJP rules of the model-level ops whose backward is a dedicated op (conv1d, the recurrence).
// rms_norm, gated_rms_norm, l2norm, embedding and cross_entropy map one to one to their `_grad` op
// in VJP.swift.

extension VJP {
  /// conv1d: `conv1d_grad` gives dx and dweight; the bias gradient sums dy over batch and time.
  static func conv1dVJP(_ c: VJPContext, _ dy: Value) throws -> [Value?] {
    let r = try c.b.emit(.conv1dGrad, [c.x(0), c.x(1), dy], names: [c.d(0), c.d(1)])
    var out: [Value?] = [c.wants[0] ? r[0] : nil, c.wants[1] ? r[1] : nil]
    if c.node.inputs.count == 3 {
      let rank = c.type(dy).rank
      out.append(
        c.wants[2]
          ? try c.emit(.reduceSum(axes: Array(0..<(rank - 1)), keepDims: false), [dy], c.d(2)) : nil
      )
    }
    return out
  }

  /// deltaproduct: one `deltaproduct_grad` with the same parameters; it takes dS_T only when the final
  /// state has a cotangent, and a zero `do` when only the final state is used.
  static func deltaProductVJP(_ c: VJPContext, _ cotangents: [Value?], _ p: DeltaProductParams)
    throws -> [Value?]
  {
    let dOut = try cotangents[0] ?? c.zeros(like: c.y(0), "d." + bare(c.y(0)))
    let dFinal = cotangents.count > 1 ? cotangents[1] : nil
    var gp = p
    gp.finalState = dFinal != nil
    let operands = c.node.inputs + [dOut] + (dFinal.map { [$0] } ?? [])
    let names = c.node.inputs.indices.map { c.d($0) }
    let r = try c.b.emit(.deltaProductGrad(gp), operands, names: names)
    return r.enumerated().map { c.wants[$0.offset] ? $0.element : nil }
  }
}
