import DeltaIR
import DeltaRuntime

/// Operand unpacking and the shape bookkeeping between the IR's tensors and the flat kernels.
extension Interpreter {
  static func real(_ v: TensorValue<S>) throws -> Tensor<S> {
    guard case .real(let t) = v else {
      throw KernelError("expected a float operand, got an i32 tensor")
    }
    return t
  }

  static func index(_ v: TensorValue<S>) throws -> Tensor<Int32> {
    guard case .index(let t) = v else {
      throw KernelError("expected an i32 operand, got a float tensor")
    }
    return t
  }

  static func real(_ shape: [Int], _ data: [S]) -> TensorValue<S> {
    .real(Tensor(shape: shape, data: data))
  }

  static func unary(_ f: Unary, _ v: TensorValue<S>) throws -> TensorValue<S> {
    let a = try real(v)
    return real(a.shape, K.unaryForward(f, a.data))
  }

  static func binary(_ f: K.BinaryFunction, _ a: TensorValue<S>, _ b: TensorValue<S>) throws
    -> TensorValue<S>
  {
    let (a, b) = (try real(a), try real(b))
    let (y, shape) = try K.binaryForward(f, a.data, a.shape, b.data, b.shape)
    return real(shape, y)
  }

  static func reduce(
    _ r: K.Reduction, _ v: TensorValue<S>, axes: [Int], keepDims: Bool
  ) throws -> TensorValue<S> {
    let a = try real(v)
    let y = K.reduceForward(r, a.data, shape: a.shape, axes: axes)
    return real(K.reducedShape(a.shape, axes: axes, keepDims: keepDims), y)
  }

  /// Applies a data-movement kernel to a float or an i32 tensor (reshape, transpose, concat and split
  /// also move ids and labels).
  static func relayout(
    _ v: TensorValue<S>, _ shape: [Int], _ move: (Relayout, [Int]) -> Relayout
  ) -> TensorValue<S> {
    switch v {
    case .real(let t):
      guard case .real(let data) = move(.real(t.data), t.shape) else {
        preconditionFailure("kind changed")
      }
      return .real(Tensor(shape: shape, data: data))
    case .index(let t):
      guard case .index(let data) = move(.index(t.data), t.shape) else {
        preconditionFailure("kind changed")
      }
      return .index(Tensor(shape: shape, data: data))
    }
  }

  /// Flat storage of either kind, so one closure serves both in `relayout`.
  enum Relayout {
    case real([S])
    case index([Int32])
  }

  static func transposeData(_ data: Relayout, _ shape: [Int], _ perm: [Int]) -> Relayout {
    switch data {
    case .real(let d): return .real(K.transpose(d, shape: shape, perm: perm))
    case .index(let d): return .index(K.transpose(d, shape: shape, perm: perm))
    }
  }

  /// out[i] = data[source[i]] (broadcasting by an index table).
  static func gather(_ data: Relayout, _ source: [Int]) -> Relayout {
    switch data {
    case .real(let d): return .real(source.map { d[$0] })
    case .index(let d): return .index(source.map { d[$0] })
    }
  }

  static func concat(_ parts: [TensorValue<S>], axis: Int) throws -> TensorValue<S> {
    let shapes = parts.map(\.shape)
    var shape = shapes[0]
    shape[axis] = shapes.reduce(0) { $0 + $1[axis] }
    if case .index = parts[0] {
      return .index(
        Tensor(
          shape: shape,
          data: K.concat(try parts.map { try index($0).data }, shapes: shapes, axis: axis)))
    }
    return real(shape, K.concat(try parts.map { try real($0).data }, shapes: shapes, axis: axis))
  }

  static func split(_ v: TensorValue<S>, axis: Int, sizes: [Int]) -> [TensorValue<S>] {
    let shapes = sizes.map { size -> [Int] in
      var s = v.shape
      s[axis] = size
      return s
    }
    switch v {
    case .real(let t):
      let parts = K.split(t.data, shape: t.shape, axis: axis, sizes: sizes)
      return zip(shapes, parts).map { .real(Tensor(shape: $0, data: $1)) }
    case .index(let t):
      let parts = K.split(t.data, shape: t.shape, axis: axis, sizes: sizes)
      return zip(shapes, parts).map { .index(Tensor(shape: $0, data: $1)) }
    }
  }

  /// a [..., M, K] (or [..., K, M]), b [K, N] shared or [..., K, N] (or transposed): the IR's matmul.
  static func matmulDims(_ a: [Int], _ b: [Int], _ ta: Bool, _ tb: Bool) -> K.MatMulDims {
    let (r, s) = (a.count, b.count)
    let (m, k) = ta ? (a[r - 1], a[r - 2]) : (a[r - 2], a[r - 1])
    let n = tb ? b[s - 2] : b[s - 1]
    return K.MatMulDims(
      batch: a.dropLast(2).reduce(1, *), m: m, n: n, k: k, transA: ta, transB: tb, batchedB: s > 2)
  }

  /// x [..., T, C] with every leading dim folded into the batch; weight [C, 1, W] or [C, W].
  static func convDims(_ x: [Int], _ w: [Int]) -> K.ConvDims {
    let r = x.count
    return K.ConvDims(
      batch: x.dropLast(2).reduce(1, *), length: x[r - 2], channels: x[r - 1], width: w.last!)
  }

  /// (rows, width) of a tensor normalised over its last dim.
  static func rowsAndWidth(_ shape: [Int]) -> (Int, Int) {
    let width = shape.last ?? 1
    return (shape.dropLast().reduce(1, *), width)
  }

  static func ignoreIndex(_ i: Int) throws -> Int32 {
    guard let v = Int32(exactly: i) else {
      throw KernelError("ignore_index \(i) does not fit in i32")
    }
    return v
  }
}
