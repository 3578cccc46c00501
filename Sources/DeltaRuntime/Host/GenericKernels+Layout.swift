/// Data movement (transpose, broadcast) and reductions: `StridedSpace` walks with the
/// size-1 dims dropped and mergeable dims merged, so the inner loops run over the longest run
/// that is contiguous (or repeated) in both buffers.
extension GenericKernels {
  /// out[i] = x at the input strides permuted to the output's axes.
  static func runTranspose(
    _ x: UnsafePointer<Float>, shape: [Int], perm: [Int], out: UnsafeMutablePointer<Float>
  ) {
    let strides = rowMajorStrides(shape)
    let space = StridedSpace(dims: perm.map { shape[$0] }, strides: [perm.map { strides[$0] }])
    gather(x, space, out)
  }

  /// out[i] = x at its broadcast strides (0 along repeated dims).
  static func runBroadcast(
    _ x: UnsafePointer<Float>, shape: [Int], to: [Int], out: UnsafeMutablePointer<Float>
  ) {
    gather(x, StridedSpace(dims: to, strides: [broadcastStrides(from: shape, to: to)]), out)
  }

  /// out (contiguous over `space`) = x read at operand 0's strides.
  static func gather(
    _ x: UnsafePointer<Float>, _ space: StridedSpace, _ out: UnsafeMutablePointer<Float>
  ) {
    guard space.dims.allSatisfy({ $0 > 0 }) else { return }
    let (inner, step) = (space.inner, space.innerStride(0))
    space.forEachRow(in: 0..<space.rows) { row, offsets in
      let (source, target) = (x + offsets[0], out + row * inner)
      switch step {
      case 1: target.update(from: source, count: inner)
      case 0: target.update(repeating: source[0], count: inner)
      default: for j in 0..<inner { target[j] = source[j * step] }
      }
    }
  }

  /// Sums in Double in x's row-major order (each output's terms in a fixed order), then divides
  /// by the reduced count for the mean.
  static func runReduce(
    _ x: UnsafePointer<Float>, shape: [Int], axes: [Int], mean: Bool,
    out: UnsafeMutablePointer<Float>
  ) {
    let kept = shape.indices.map { axes.contains($0) ? 1 : shape[$0] }
    let keptStrides = rowMajorStrides(kept)
    let target = shape.indices.map { axes.contains($0) ? 0 : keptStrides[$0] }
    let outCount = kept.reduce(1, *)
    let sums = UnsafeMutablePointer<Double>.allocate(capacity: max(1, outCount))
    defer { sums.deallocate() }
    sums.initialize(repeating: 0, count: outCount)
    if shape.allSatisfy({ $0 > 0 }) {
      accumulate(x, StridedSpace(dims: shape, strides: [target]), into: sums)
    }
    let divisor = mean ? Double(axes.reduce(1) { $0 * shape[$1] }) : 1
    for i in 0..<outCount { out[i] = Float(sums[i] / divisor) }
  }

  /// sums[target(i)] += x[i] over the space (x contiguous over it, operand 0 the target).
  private static func accumulate(
    _ x: UnsafePointer<Float>, _ space: StridedSpace, into sums: UnsafeMutablePointer<Double>
  ) {
    let (inner, step) = (space.inner, space.innerStride(0))
    space.forEachRow(in: 0..<space.rows) { row, offsets in
      let source = x + row * inner
      let target = sums + offsets[0]
      if step == 0 {
        var sum = 0.0
        for j in 0..<inner { sum += Double(source[j]) }
        target[0] += sum
      } else {
        for j in 0..<inner { target[j * step] += Double(source[j]) }
      }
    }
  }
}
