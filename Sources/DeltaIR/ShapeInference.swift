// Shape and dtype rules: the result types of an op from its operand types, or a message that starts
// with the op's name (the verifier prefixes the value: `%k: matmul expects inner dims to match, ...`).

/// A shape or dtype rule failed.
public struct ShapeError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

public enum ShapeInference {
  /// The result types of `op` applied to operands of types `inputs`.
  public static func infer(_ op: Op, _ inputs: [TensorType]) throws(ShapeError) -> [TensorType] {
    let name = op.name
    func count(_ n: Int) throws(ShapeError) {
      if inputs.count != n {
        throw ShapeError("\(name) expects \(n) operands, got \(inputs.count)")
      }
    }
    switch op {
    case .full(_, let type):
      try count(0)
      try nonNegative(type.shape, "shape", name)
      return [type]
    case .embedding:
      try count(2)
      try index(inputs[0], "ids", name)
      let w = try float(inputs[1], "weight", name, rank: 2)
      return [TensorType(w.dtype, Shape(inputs[0].dims + [w.dims[1]]))]
    case .linear:
      try count(2)
      let x = try float(inputs[0], "x", name, minRank: 1)
      let w = try float(inputs[1], "weight", name, rank: 2)
      try sameDType(x, w, name)
      try match(x.dims.last!, w.dims[1], "inner dims", name)
      return [TensorType(x.dtype, Shape(x.dims.dropLast() + [w.dims[0]]))]
    case .matmul(let ta, let tb):
      try count(2)
      let a = try float(inputs[0], "a", name, minRank: 2)
      let b = try float(inputs[1], "b", name, minRank: 2)
      try sameDType(a, b, name)
      let batch = Array(a.dims.dropLast(2))
      if b.rank != 2 && Array(b.dims.dropLast(2)) != batch {
        throw ShapeError(
          "\(name) expects b of rank 2 or with a's batch dims \(Shape(batch)), got \(b.shape)")
      }
      let (m, ka) =
        ta ? (a.dims[a.rank - 1], a.dims[a.rank - 2]) : (a.dims[a.rank - 2], a.dims[a.rank - 1])
      let (kb, n) =
        tb ? (b.dims[b.rank - 1], b.dims[b.rank - 2]) : (b.dims[b.rank - 2], b.dims[b.rank - 1])
      try match(ka, kb, "inner dims", name)
      return [TensorType(a.dtype, Shape(batch + [m, n]))]
    case .unary, .mulScalar, .addScalar:
      try count(1)
      return [try float(inputs[0], "x", name)]
    case .l2norm:
      try count(1)
      return [try float(inputs[0], "x", name, minRank: 1)]
    case .siluGrad, .l2normGrad:
      try count(2)
      let x = try float(inputs[0], "x", name, minRank: op == .siluGrad ? 0 : 1)
      try same(inputs[1], x, "dy", name)
      return [x]
    case .add, .sub, .mul, .div:
      try count(2)
      let a = try float(inputs[0], "a", name)
      let b = try float(inputs[1], "b", name)
      try sameDType(a, b, name)
      guard let shape = broadcast(a.shape, b.shape) else {
        throw ShapeError("\(name) cannot broadcast \(a.shape) with \(b.shape)")
      }
      return [TensorType(a.dtype, shape)]
    case .reduceSum(let axes, let keep), .reduceMean(let axes, let keep):
      try count(1)
      let x = try float(inputs[0], "x", name)
      if axes != axes.sorted() || Set(axes).count != axes.count
        || axes.contains(where: { $0 < 0 || $0 >= x.rank })
      {
        throw ShapeError("\(name) expects distinct increasing axes in 0..<\(x.rank), got \(axes)")
      }
      var dims: [Dim] = []
      for (i, d) in x.dims.enumerated() {
        if !axes.contains(i) { dims.append(d) } else if keep { dims.append(1) }
      }
      return [TensorType(x.dtype, Shape(dims))]
    case .broadcastTo(let target):
      try count(1)
      try nonNegative(target, "shape", name)
      let x = inputs[0]
      guard target.rank >= x.rank, broadcast(x.shape, target) == target else {
        throw ShapeError("\(name) cannot broadcast \(x.shape) to \(target)")
      }
      return [TensorType(x.dtype, target)]
    case .reshape(let target):
      try count(1)
      try nonNegative(target, "shape", name)
      let x = inputs[0]
      if x.shape.elementCount != target.elementCount {
        throw ShapeError("\(name) expects the same element count, got \(x.shape) to \(target)")
      }
      return [TensorType(x.dtype, target)]
    case .transpose(let perm):
      try count(1)
      let x = inputs[0]
      if perm.sorted() != Array(0..<x.rank) {
        throw ShapeError("\(name) expects a permutation of 0..<\(x.rank), got \(perm)")
      }
      return [TensorType(x.dtype, Shape(perm.map { x.dims[$0] }))]
    case .concat(let axis):
      return [try concatType(inputs, axis: axis)]
    case .split(let axis, let sizes):
      try count(1)
      let x = inputs[0]
      guard axis >= 0, axis < x.rank else {
        throw ShapeError("\(name) expects an axis in 0..<\(x.rank), got \(axis)")
      }
      if x.dims[axis] != Dim(sizes.reduce(0, +)) || sizes.contains(where: { $0 <= 0 }) {
        throw ShapeError("\(name) expects positive sizes summing to \(x.dims[axis]), got \(sizes)")
      }
      return sizes.map { s in
        var dims = x.dims
        dims[axis] = Dim(s)
        return TensorType(x.dtype, Shape(dims))
      }
    case .conv1d, .conv1dSilu:
      guard inputs.count == 2 || inputs.count == 3 else {
        throw ShapeError("\(name) expects 2 or 3 operands (x, weight[, bias]), got \(inputs.count)")
      }
      let x = try float(inputs[0], "x", name, minRank: 2)
      try convWeight(inputs[1], channels: x.dims.last!, name)
      if inputs.count == 3 {
        try same(inputs[2], TensorType(x.dtype, [x.dims.last!]), "bias", name)
      }
      return [x]
    case .conv1dGrad, .conv1dSiluGrad:
      try count(3)
      let x = try float(inputs[0], "x", name, minRank: 2)
      try convWeight(inputs[1], channels: x.dims.last!, name)
      try same(inputs[2], x, "dy", name)
      return [x, inputs[1]]
    case .rmsNorm, .rmsNormGrad:
      let isGrad: Bool = { if case .rmsNormGrad = op { return true } else { return false } }()
      try count(isGrad ? 3 : 2)
      let x = try float(inputs[0], "x", name, minRank: 1)
      try same(inputs[1], TensorType(x.dtype, [x.dims.last!]), "weight", name)
      if isGrad {
        try same(inputs[2], x, "dy", name)
        return [x, inputs[1]]
      }
      return [x]
    case .gatedRMSNorm:
      try count(3)
      let x = try float(inputs[0], "x", name, minRank: 1)
      try same(inputs[1], x, "gate", name)
      try same(inputs[2], TensorType(x.dtype, [x.dims.last!]), "weight", name)
      return [x]
    case .gatedRMSNormGrad:
      try count(4)
      let x = try float(inputs[0], "x", name, minRank: 1)
      try same(inputs[1], x, "gate", name)
      try same(inputs[2], TensorType(x.dtype, [x.dims.last!]), "weight", name)
      try same(inputs[3], x, "dy", name)
      return [x, x, inputs[2]]
    case .deltaProduct(let p):
      try count(p.forwardOperandCount)
      let t = try deltaProductTypes(inputs, p, name)
      return p.finalState ? [t.o, t.state] : [t.o]
    case .deltaProductGrad(let p):
      try count(p.forwardOperandCount + 1 + (p.finalState ? 1 : 0))
      let t = try deltaProductTypes(inputs, p, name)
      try same(inputs[p.forwardOperandCount], t.o, "do", name)
      if p.finalState { try same(inputs[p.forwardOperandCount + 1], t.state, "dfinal_state", name) }
      return Array(inputs[0..<p.forwardOperandCount])
    case .crossEntropy, .crossEntropyGrad:
      let isGrad: Bool = { if case .crossEntropyGrad = op { return true } else { return false } }()
      try count(isGrad ? 3 : 2)
      let logits = try float(inputs[0], "logits", name, minRank: 1)
      try index(inputs[1], "labels", name)
      if inputs[1].dims != Array(logits.dims.dropLast()) {
        throw ShapeError(
          "\(name) expects labels of shape \(Shape(Array(logits.dims.dropLast()))), got \(inputs[1].shape)"
        )
      }
      let scalar = TensorType(logits.dtype, [])
      if isGrad {
        try same(inputs[2], scalar, "dloss", name)
        return [logits]
      }
      return [scalar]
    case .embeddingGrad(let v):
      try count(2)
      if v < 1 { throw ShapeError("\(name) expects num_embeddings >= 1, got \(v)") }
      try index(inputs[0], "ids", name)
      let dy = try float(inputs[1], "dy", name, minRank: 1)
      if Array(dy.dims.dropLast()) != inputs[0].dims {
        throw ShapeError("\(name) expects dy of shape \(inputs[0].shape) + [D], got \(dy.shape)")
      }
      return [TensorType(dy.dtype, [Dim(v), dy.dims.last!])]
    case .fused(let k):
      return try fusedTypes(k, inputs)
    }
  }

  /// Numpy-style broadcast of two shapes (see Op.swift's header), or nil.
  public static func broadcast(_ a: Shape, _ b: Shape) -> Shape? {
    let rank = max(a.rank, b.rank)
    var dims: [Dim] = []
    for i in 0..<rank {
      let da = i < rank - a.rank ? Dim(1) : a.dims[i - (rank - a.rank)]
      let db = i < rank - b.rank ? Dim(1) : b.dims[i - (rank - b.rank)]
      if da == db || db == Dim(1) {
        dims.append(da)
      } else if da == Dim(1) {
        dims.append(db)
      } else {
        return nil
      }
    }
    return Shape(dims)
  }

  // MARK: - checks (messages start with the op name)

  /// Attribute shapes come from builders and parsed text alike; a negative size is never valid.
  private static func nonNegative(_ s: Shape, _ what: String, _ op: String) throws(ShapeError) {
    if s.dims.contains(where: { $0.factor < 0 }) {
      throw ShapeError("\(op) expects a \(what) without negative dims, got \(s)")
    }
  }

  private static func float(
    _ t: TensorType, _ what: String, _ op: String, rank: Int? = nil, minRank: Int = 0
  ) throws(ShapeError) -> TensorType {
    if !t.dtype.isFloat { throw ShapeError("\(op) expects a float \(what), got \(t)") }
    if let rank, t.rank != rank {
      throw ShapeError("\(op) expects \(what) of rank \(rank), got \(t.shape)")
    }
    if t.rank < minRank {
      throw ShapeError("\(op) expects \(what) of rank >= \(minRank), got \(t.shape)")
    }
    return t
  }

  private static func index(_ t: TensorType, _ what: String, _ op: String) throws(ShapeError) {
    if t.dtype != .i32 { throw ShapeError("\(op) expects \(what) of dtype i32, got \(t)") }
  }

  private static func sameDType(_ a: TensorType, _ b: TensorType, _ op: String) throws(ShapeError) {
    if a.dtype != b.dtype {
      throw ShapeError("\(op) expects operands of one dtype, got \(a.dtype) vs \(b.dtype)")
    }
  }

  private static func match(_ a: Dim, _ b: Dim, _ what: String, _ op: String) throws(ShapeError) {
    if a != b { throw ShapeError("\(op) expects \(what) to match, got \(a) vs \(b)") }
  }

  private static func same(_ t: TensorType, _ expected: TensorType, _ what: String, _ op: String)
    throws(ShapeError)
  {
    if t != expected { throw ShapeError("\(op) expects \(what) of type \(expected), got \(t)") }
  }

  private static func convWeight(_ w: TensorType, channels: Dim, _ op: String) throws(ShapeError) {
    let ok =
      (w.rank == 3 && w.dims[0] == channels && w.dims[1] == Dim(1) && w.dims[2].concrete != nil)
      || (w.rank == 2 && w.dims[0] == channels && w.dims[1].concrete != nil)
    if !ok {
      throw ShapeError(
        "\(op) expects weight of shape [\(channels),1,W] or [\(channels),W], got \(w.shape)")
    }
  }

  private static func concatType(_ inputs: [TensorType], axis: Int) throws(ShapeError) -> TensorType
  {
    guard let first = inputs.first else {
      throw ShapeError("concat expects at least 1 operand, got 0")
    }
    guard axis >= 0, axis < first.rank else {
      throw ShapeError("concat expects an axis in 0..<\(first.rank), got \(axis)")
    }
    var total = first.dims[axis]
    for t in inputs.dropFirst() {
      var a = t.dims
      var b = first.dims
      guard t.dtype == first.dtype, a.count == b.count else {
        throw ShapeError("concat expects operands like \(first), got \(t)")
      }
      let d = a[axis]
      a[axis] = 0
      b[axis] = 0
      guard a == b, d.symbols == total.symbols else {
        throw ShapeError("concat expects operands like \(first), got \(t)")
      }
      total = Dim(factor: total.factor + d.factor, symbols: d.symbols)
    }
    var dims = first.dims
    dims[axis] = total
    return TensorType(first.dtype, Shape(dims))
  }

  private static func deltaProductTypes(
    _ inputs: [TensorType], _ p: DeltaProductParams, _ op: String
  ) throws(ShapeError) -> (o: TensorType, state: TensorType) {
    if p.numHouseholder < 1 {
      throw ShapeError("\(op) expects num_householder >= 1, got \(p.numHouseholder)")
    }
    let q = try float(inputs[0], "q", op, rank: 4)
    let (b, t, h, k) = (q.dims[0], q.dims[1], q.dims[2], q.dims[3])
    let n = Dim(p.numHouseholder)
    let kt = try float(inputs[1], "k", op, rank: 5)
    try same(kt, TensorType(q.dtype, [b, t, n, h, k]), "k", op)
    let v = try float(inputs[2], "v", op, rank: 5)
    let vd = v.dims[4]
    try same(v, TensorType(q.dtype, [b, t, n, h, vd]), "v", op)
    try same(inputs[3], TensorType(q.dtype, [b, t, n, h]), "beta", op)
    var next = 4
    if p.gated {
      try same(inputs[next], TensorType(q.dtype, [b, t, h]), "g", op)
      next += 1
    }
    let state = TensorType(q.dtype, [b, h, k, vd])
    if p.initialState { try same(inputs[next], state, "initial_state", op) }
    return (TensorType(q.dtype, [b, t, h, vd]), state)
  }
}
