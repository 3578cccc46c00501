import DeltaIR

// VJP rules of elementwise ops and reductions, in primitive ops.

extension VJP {
  /// d/dx of a unary function (silu has its own `silu_grad`).
  static func unaryVJP(_ c: VJPContext, _ dy: Value, _ f: Unary) throws -> Value {
    let (x, y, name) = (c.x(0), c.y(), c.d(0))
    switch f {
    case .silu: return try c.emit(.siluGrad, [x, dy], name)
    case .sigmoid:  // dy * y * (1 - y)
      let oneMinus = try c.emit(
        .addScalar(1), [try c.emit(.unary(.neg), [y], c.tmp("neg"))], c.tmp("one_minus"))
      return try c.emit(.mul, [dy, try c.emit(.mul, [y, oneMinus], c.tmp("slope"))], name)
    case .exp: return try c.emit(.mul, [dy, y], name)
    case .log: return try c.emit(.div, [dy, x], name)
    case .softplus:
      return try c.emit(.mul, [dy, try c.emit(.unary(.sigmoid), [x], c.tmp("slope"))], name)
    case .neg: return try c.emit(.unary(.neg), [dy], name)
    case .square:
      return try c.emit(.mul, [dy, try c.emit(.mulScalar(2), [x], c.tmp("slope"))], name)
    case .rsqrt:  // -0.5 * dy * y^3
      let y3 = try c.emit(.mul, [y, try c.emit(.unary(.square), [y], c.tmp("y2"))], c.tmp("y3"))
      return try c.emit(.mulScalar(-0.5), [try c.emit(.mul, [dy, y3], c.tmp("scaled"))], name)
    }
  }

  /// d/dx of mul_scalar and add_scalar.
  static func scalarVJP(_ c: VJPContext, _ dy: Value) throws -> Value {
    switch c.node.op {
    case .mulScalar(let k): return try c.emit(.mulScalar(k), [dy], c.d(0))
    case .addScalar: return dy
    default: throw AutodiffError("\(c.node.result): \(c.node.op.name) is not a scalar op")
    }
  }

  /// add, sub, mul, div with broadcasting: each operand's cotangent is summed back to its shape.
  static func binaryVJP(_ c: VJPContext, _ dy: Value) throws -> [Value?] {
    let (a, b) = (c.x(0), c.x(1))
    var da: Value?
    var db: Value?
    switch c.node.op {
    case .add:
      if c.wants[0] { da = dy }
      if c.wants[1] { db = dy }
    case .sub:
      if c.wants[0] { da = dy }
      if c.wants[1] { db = try c.emit(.unary(.neg), [dy], c.tmp("neg")) }
    case .mul:
      if c.wants[0] { da = try c.emit(.mul, [dy, b], c.tmp("da")) }
      if c.wants[1] { db = try c.emit(.mul, [dy, a], c.tmp("db")) }
    case .div:  // y = a / b: da = dy / b, db = -dy * y / b
      if c.wants[0] { da = try c.emit(.div, [dy, b], c.tmp("da")) }
      if c.wants[1] {
        let t = try c.emit(
          .div, [try c.emit(.mul, [dy, c.y()], c.tmp("dy_y")), b], c.tmp("dy_y_b"))
        db = try c.emit(.unary(.neg), [t], c.tmp("db"))
      }
    default: throw AutodiffError("\(c.node.result): \(c.node.op.name) is not a binary op")
    }
    return [
      try da.map { try unbroadcast(c, $0, to: c.type(a).shape, c.d(0)) },
      try db.map { try unbroadcast(c, $0, to: c.type(b).shape, c.d(1)) },
    ]
  }

  /// Sums `g` over the axes that broadcasting added or stretched, giving shape `target`.
  static func unbroadcast(_ c: VJPContext, _ g: Value, to target: Shape, _ name: String) throws
    -> Value
  {
    let shape = c.type(g).shape
    if shape == target { return g }
    let lead = shape.rank - target.rank
    var axes = Array(0..<lead)
    for i in lead..<shape.rank where target.dims[i - lead] == Dim(1) && shape.dims[i] != Dim(1) {
      axes.append(i)
    }
    let summed = try c.emit(.reduceSum(axes: axes, keepDims: true), [g], name + ".sum")
    return try c.emit(.reshape(target), [summed], name)
  }

  /// reduce_sum / reduce_mean: broadcast dy back over the reduced axes (divided by their size for mean;
  /// the size comes from summing ones, so symbolic dims work).
  static func reduceVJP(_ c: VJPContext, _ dy: Value, _ axes: [Int], _ keep: Bool, mean: Bool)
    throws -> Value
  {
    let x = c.type(c.x(0))
    var kept = dy
    if !keep {
      var dims = x.dims
      for a in axes { dims[a] = 1 }
      kept = try c.emit(.reshape(Shape(dims)), [dy], c.tmp("keepdims"))
    }
    if !mean { return try c.emit(.broadcastTo(x.shape), [kept], c.d(0)) }
    let ones = try c.emit(.full(value: 1, type: x), [], c.tmp("ones"))
    let count = try c.emit(.reduceSum(axes: axes, keepDims: true), [ones], c.tmp("count"))
    let scaled = try c.emit(.div, [kept, count], c.tmp("mean"))
    return try c.emit(.broadcastTo(x.shape), [scaled], c.d(0))
  }
}
