import DeltaIR

// VJP rules of linear algebra and data-movement ops.

extension VJP {
  /// y = x @ W^T, x [..., K], W [N, K]: dx = dy @ W; dW = dy^T x summed over the leading dims
  /// (both flattened to [P, .] with P the product of the leading dims).
  static func linearVJP(_ c: VJPContext, _ dy: Value) throws -> [Value?] {
    let (x, w) = (c.x(0), c.x(1))
    let xt = c.type(x)
    let n = c.type(w).dims[0]
    let k = c.type(w).dims[1]
    var dx: Value?
    var dw: Value?
    if c.wants[0] {
      if xt.rank >= 2 {
        dx = try c.emit(.matmul(transposeA: false, transposeB: false), [dy, w], c.d(0))
      } else {
        let row = try c.emit(.reshape([1, n]), [dy], c.tmp("row"))
        let prod = try c.emit(
          .matmul(transposeA: false, transposeB: false), [row, w], c.tmp("dx_row"))
        dx = try c.emit(.reshape(xt.shape), [prod], c.d(0))
      }
    }
    if c.wants[1] {
      let rows = Shape(Array(xt.dims.dropLast())).elementCount
      let dyFlat = xt.rank == 2 ? dy : try c.emit(.reshape([rows, n]), [dy], c.tmp("rows"))
      let xFlat: Value
      if xt.rank == 2 {
        xFlat = x
      } else if let cached = c.rows.flattened[x] {
        xFlat = cached
      } else {
        xFlat = try c.emit(.reshape([rows, k]), [x], bare(x) + ".rows")
        c.rows.flattened[x] = xFlat
      }
      dw = try c.emit(.matmul(transposeA: true, transposeB: false), [dyFlat, xFlat], c.d(1))
    }
    return [dx, dw]
  }

  /// C = A B with A = a or a^T, B = b or b^T: dA = dC B^T, dB = A^T dC (summed over the batch when b
  /// is shared), transposed back when the operand was.
  static func matmulVJP(_ c: VJPContext, _ dy: Value, _ ta: Bool, _ tb: Bool) throws -> [Value?] {
    let (a, b) = (c.x(0), c.x(1))
    var da: Value?
    var db: Value?
    if c.wants[0] {
      let dA = try c.emit(
        .matmul(transposeA: false, transposeB: !tb), [dy, b], ta ? c.tmp("dA") : c.d(0))
      da = ta ? try transposeLastTwo(c, dA, c.d(0)) : dA
    }
    if c.wants[1] {
      let aMat = ta ? try transposeLastTwo(c, a, c.tmp("A")) : a
      let at = c.type(aMat)
      let bt = c.type(b)
      let dB: Value
      let name = tb ? c.tmp("dB") : c.d(1)
      if bt.rank == 2 && at.rank > 2 {
        let rows = Shape(Array(at.dims.dropLast())).elementCount
        let aFlat = try c.emit(.reshape([rows, at.dims.last!]), [aMat], c.tmp("a_rows"))
        let dyFlat = try c.emit(.reshape([rows, c.type(dy).dims.last!]), [dy], c.tmp("rows"))
        dB = try c.emit(.matmul(transposeA: true, transposeB: false), [aFlat, dyFlat], name)
      } else {
        dB = try c.emit(.matmul(transposeA: true, transposeB: false), [aMat, dy], name)
      }
      db = tb ? try transposeLastTwo(c, dB, c.d(1)) : dB
    }
    return [da, db]
  }

  static func transposeLastTwo(_ c: VJPContext, _ v: Value, _ name: String) throws -> Value {
    let r = c.type(v).rank
    return try c.emit(.transpose(perm: Array(0..<(r - 2)) + [r - 1, r - 2]), [v], name)
  }

  /// concat: split the cotangent back (the concatenated dims must be concrete).
  static func concatVJP(_ c: VJPContext, _ dy: Value, _ axis: Int) throws -> [Value?] {
    var sizes: [Int] = []
    for v in c.node.inputs {
      guard let s = c.type(v).dims[axis].concrete else {
        throw AutodiffError("\(c.node.result): concat over a symbolic dim has no VJP")
      }
      sizes.append(s)
    }
    let names = c.node.inputs.indices.map { c.d($0) }
    let parts = try c.b.emit(.split(axis: axis, sizes: sizes), [dy], names: names)
    return parts.enumerated().map { c.wants[$0.offset] ? $0.element : nil }
  }

  /// split: concatenate the results' cotangents (zeros for results without one).
  static func splitVJP(_ c: VJPContext, _ cotangents: [Value?], _ axis: Int) throws -> Value {
    var parts: [Value] = []
    for (i, ct) in cotangents.enumerated() {
      parts.append(try ct ?? c.zeros(like: c.y(i), "d." + bare(c.y(i))))
    }
    return try c.emit(.concat(axis: axis), parts, c.d(0))
  }
}
