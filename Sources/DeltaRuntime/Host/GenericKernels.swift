import DeltaIR

/// Production kernels on contiguous row-major Float buffers for the ops that fused JIT kernels and
/// BLAS do not cover (graphs compiled with fusion disabled). Shapes are concrete.
///
/// They never call the reference interpreter; their semantics are the reference kernels' (Op.swift
/// states them). Elementwise math runs in Float (the unary functions as `Unary.apply`); row norms
/// and reductions accumulate in Double. Results never depend on the thread count: elementwise and
/// norm rows are computed alike by any worker, and every sum runs in a fixed order.
///
/// Files: this one (entry points), GenericKernels+Elementwise, GenericKernels+Norms,
/// GenericKernels+Layout (transpose, broadcast, reduce) and StridedSpace (the shared index walk).
public enum GenericKernels {
  /// One elementwise op over broadcast operands (Op.unary, .mulScalar, .addScalar, .siluGrad, .add,
  /// .sub, .mul, .div): operands with their shapes, out with `shape` (the broadcast result shape).
  /// Precondition: `op.isElementwise`.
  public static func elementwise(
    _ op: Op, operands: [(UnsafePointer<Float>, [Int])], out: UnsafeMutablePointer<Float>,
    shape: [Int], threads: Int
  ) {
    precondition(op.isElementwise, "GenericKernels.elementwise: \(op) is not elementwise")
    precondition(
      operands.count == elementwiseArity(op),
      "GenericKernels.elementwise: \(op) takes \(elementwiseArity(op)) operands, got "
        + "\(operands.count)")
    runElementwise(op, operands: operands, out: out, shape: shape, threads: threads)
  }

  /// The row-norm ops and their gradients over the last dim (Op.rmsNorm, .rmsNormGrad,
  /// .gatedRMSNorm, .gatedRMSNormGrad, .l2norm, .l2normGrad): operands in the op's order, results
  /// in the op's order (e.g. rms_norm_grad: dx then dweight, dweight overwritten, summed over rows
  /// deterministically regardless of threads). rows x width is the leading-dims x last-dim split.
  public static func norm(
    _ op: Op, operands: [UnsafePointer<Float>], results: [UnsafeMutablePointer<Float>],
    rows: Int, width: Int, threads: Int
  ) {
    precondition(rows >= 0 && width >= 0, "GenericKernels.norm: negative size \(rows)x\(width)")
    runNorm(op, operands: operands, results: results, rows: rows, width: width, threads: threads)
  }

  /// Op.transpose[perm]: x of `shape` -> out (shape permuted).
  public static func transpose(
    _ x: UnsafePointer<Float>, shape: [Int], perm: [Int], out: UnsafeMutablePointer<Float>
  ) {
    precondition(
      perm.count == shape.count && Set(perm) == Set(shape.indices),
      "GenericKernels.transpose: \(perm) is not a permutation of the axes of \(shape)")
    runTranspose(x, shape: shape, perm: perm, out: out)
  }

  /// Op.broadcastTo: x of `shape` broadcast to `to`.
  public static func broadcast(
    _ x: UnsafePointer<Float>, shape: [Int], to: [Int], out: UnsafeMutablePointer<Float>
  ) {
    runBroadcast(x, shape: shape, to: to, out: out)
  }

  /// Op.reduceSum / Op.reduceMean over `axes` (increasing) of x of `shape`; out has the reduced
  /// shape (keepdims does not change the memory). `mean` divides by the reduced count.
  /// Deterministic; accumulate in Double or pairwise.
  public static func reduce(
    _ x: UnsafePointer<Float>, shape: [Int], axes: [Int], mean: Bool,
    out: UnsafeMutablePointer<Float>
  ) {
    precondition(
      zip(axes, axes.dropFirst()).allSatisfy { $0 < $1 } && axes.allSatisfy(shape.indices.contains),
      "GenericKernels.reduce: axes \(axes) are not increasing axes of \(shape)")
    runReduce(x, shape: shape, axes: axes, mean: mean, out: out)
  }

  /// Op.full: count copies of value.
  public static func fill(_ out: UnsafeMutablePointer<Float>, count: Int, value: Float) {
    guard count > 0 else { return }
    out.update(repeating: value, count: count)
  }
}

extension GenericKernels {
  /// Elements above which a kernel splits its work over the threads (below, one worker is faster).
  static let parallelThreshold = 1 << 16

  /// Workers for `elements` of work given the caller's thread count.
  static func workers(_ elements: Int, _ threads: Int) -> Int {
    elements > parallelThreshold ? max(1, threads) : 1
  }

  /// Row-major strides of a shape.
  static func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    for i in stride(from: shape.count - 2, through: 0, by: -1) {
      strides[i] = strides[i + 1] * shape[i + 1]
    }
    return strides
  }

  /// The strides of a tensor of `source` shape read as `shape` under broadcasting (`source`
  /// right-aligned; 0 along the dims it is repeated over). Traps when it does not broadcast.
  static func broadcastStrides(from source: [Int], to shape: [Int]) -> [Int] {
    let offset = shape.count - source.count
    precondition(offset >= 0, "GenericKernels: \(source) has more dims than \(shape)")
    let strides = rowMajorStrides(source)
    return shape.indices.map { i in
      guard i >= offset, source[i - offset] != 1 else { return 0 }
      precondition(
        source[i - offset] == shape[i], "GenericKernels: \(source) does not broadcast to \(shape)")
      return strides[i - offset]
    }
  }
}
