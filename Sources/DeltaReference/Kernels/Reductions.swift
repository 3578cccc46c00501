import DeltaRuntime

/// Broadcasting and reductions over axes (sum, mean, max) and their gradients. Shapes are concrete;
/// a reduced axis is kept with size 1 (`keepDims`) or dropped, as the caller asks.
extension ReferenceKernels {
  /// numpy broadcasting: align trailing dims; each pair must be equal or contain a 1.
  public static func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
    let rank = max(a.count, b.count)
    let pa = Array(repeating: 1, count: rank - a.count) + a
    let pb = Array(repeating: 1, count: rank - b.count) + b
    return try zip(pa, pb).map { x, y in
      if x == y || y == 1 { return x }
      if x == 1 { return y }
      throw KernelError("shapes \(a) and \(b) do not broadcast")
    }
  }

  /// Row-major strides of a shape.
  public static func strides(_ shape: [Int]) -> [Int] {
    var s = [Int](repeating: 1, count: shape.count)
    for i in stride(from: shape.count - 2, through: 0, by: -1) { s[i] = s[i + 1] * shape[i + 1] }
    return s
  }

  /// For every flat index of `shape`, the flat index of `source` it reads under broadcasting
  /// (`source` right-aligned, its size-1 dims repeated).
  public static func broadcastIndices(from source: [Int], to shape: [Int]) -> [Int] {
    let offset = shape.count - source.count
    let srcStrides = strides(source)
    let count = shape.reduce(1, *)
    var out = [Int](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: shape.count)
    for flat in 0..<count {
      var src = 0
      for d in 0..<source.count where source[d] != 1 { src += index[d + offset] * srcStrides[d] }
      out[flat] = src
      // Advance the multi-index (row-major odometer).
      var d = shape.count - 1
      while d >= 0 {
        index[d] += 1
        if index[d] < shape[d] { break }
        index[d] = 0
        d -= 1
      }
    }
    return out
  }

  /// x broadcast to `shape`.
  public static func broadcastTo<S: RealScalar>(_ x: [S], from: [Int], to shape: [Int]) throws
    -> [S]
  {
    guard try broadcastShape(from, shape) == shape else {
      throw KernelError("shape \(from) does not broadcast to \(shape)")
    }
    return broadcastIndices(from: from, to: shape).map { x[$0] }
  }

  /// The gradient of `broadcastTo`: dY summed back to `shape`.
  public static func sumToShape<S: RealScalar>(_ dY: [S], from: [Int], to shape: [Int]) -> [S] {
    var dX = [S](repeating: 0, count: shape.reduce(1, *))
    for (i, src) in broadcastIndices(from: shape, to: from).enumerated() { dX[src] += dY[i] }
    return dX
  }

  /// The shape left after reducing `axes` (kept as 1 or dropped).
  public static func reducedShape(_ shape: [Int], axes: [Int], keepDims: Bool) -> [Int] {
    shape.indices.compactMap { axes.contains($0) ? (keepDims ? 1 : nil) : shape[$0] }
  }

  public enum Reduction: String, CaseIterable, Sendable { case sum, mean, max }

  /// Reduces `axes` (each in 0..<rank, distinct) of x; the result is laid out as `reducedShape`.
  public static func reduceForward<S: RealScalar>(
    _ r: Reduction, _ x: [S], shape: [Int], axes: [Int]
  ) -> [S] {
    let kept = reducedShape(shape, axes: axes, keepDims: true)
    let target = broadcastIndices(from: kept, to: shape)
    let count = kept.reduce(1, *)
    var y = [S](repeating: r == .max ? -S.infinity : 0, count: count)
    for (i, dst) in target.enumerated() {
      y[dst] = r == .max ? max(y[dst], x[i]) : y[dst] + x[i]
    }
    if r == .mean, count > 0 {
      let n = S(x.count / count)
      for i in y.indices { y[i] /= n }
    }
    return y
  }

  /// dx for `reduceForward` given dy in the reduced layout. For max, the gradient goes to the first
  /// maximal entry of each group (a subgradient; ties are measure-zero in the tests).
  public static func reduceBackward<S: RealScalar>(
    _ r: Reduction, _ x: [S], shape: [Int], axes: [Int], dY: [S]
  ) -> [S] {
    let kept = reducedShape(shape, axes: axes, keepDims: true)
    let target = broadcastIndices(from: kept, to: shape)
    let count = kept.reduce(1, *)
    var dX = [S](repeating: 0, count: x.count)
    switch r {
    case .sum:
      for (i, dst) in target.enumerated() { dX[i] = dY[dst] }
    case .mean:
      let n = S(x.count / max(count, 1))
      for (i, dst) in target.enumerated() { dX[i] = dY[dst] / n }
    case .max:
      let y = reduceForward(.max, x, shape: shape, axes: axes)
      var taken = [Bool](repeating: false, count: count)
      for (i, dst) in target.enumerated() where !taken[dst] && x[i] == y[dst] {
        dX[i] = dY[dst]
        taken[dst] = true
      }
    }
    return dX
  }
}
