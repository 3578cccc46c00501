import DeltaIR
import Foundation

/// Elementwise ops over broadcast operands: a `StridedSpace` over the result (whose merging is the
/// fast path of same-shape, vector and scalar operands), cut into segments of rows that the
/// workers run with contiguous (or stride-0) inner loops specialised per op.
extension GenericKernels {
  /// Operands of an elementwise op: 1 for the unary and scalar ops, 2 for the rest.
  static func elementwiseArity(_ op: Op) -> Int {
    switch op {
    case .siluGrad, .add, .sub, .mul, .div: return 2
    default: return 1
    }
  }

  /// Longest run of one row that a single work item covers (long rows are split so that a
  /// same-shape op, one row after merging, still spreads over the workers).
  static let segment = 16_384

  /// `elementwise` once checked: work items are (row, segment) pairs in row-major order.
  static func runElementwise(
    _ op: Op, operands: [(UnsafePointer<Float>, [Int])], out: UnsafeMutablePointer<Float>,
    shape: [Int], threads: Int
  ) {
    let count = shape.reduce(1, *)
    guard count > 0 else { return }
    let space = StridedSpace(
      dims: shape, strides: operands.map { broadcastStrides(from: $0.1, to: shape) })
    let pointers = operands.map { SendablePointer($0.0) }
    let result = SendablePointer(out)
    let inner = space.inner
    let segments = (inner + segment - 1) / segment
    ParallelFor.run(count: space.rows * segments, threads: workers(count, threads)) { items, _ in
      let rows = (items.lowerBound / segments)..<((items.upperBound + segments - 1) / segments)
      space.forEachRow(in: rows) { row, offsets in
        let first = max(items.lowerBound, row * segments) - row * segments
        let last = min(items.upperBound, (row + 1) * segments) - row * segments
        let start = first * segment
        let run = Run(
          space: space, pointers: pointers, offsets: offsets, start: start,
          count: min(inner, last * segment) - start)
        run.evaluate(op, out: result.pointer! + row * inner + start)
      }
    }
  }
}

/// One contiguous stretch of the result: each operand's first element and stride along it.
private struct Run {
  let a: UnsafePointer<Float>
  let strideA: Int
  let b: UnsafePointer<Float>?
  let strideB: Int
  let count: Int

  init(
    space: StridedSpace, pointers: [SendablePointer<Float>], offsets: [Int], start: Int, count: Int
  ) {
    strideA = space.innerStride(0)
    a = pointers[0].const! + offsets[0] + start * strideA
    strideB = pointers.count > 1 ? space.innerStride(1) : 0
    b = pointers.count > 1 ? pointers[1].const! + offsets[1] + start * strideB : nil
    self.count = count
  }

  func evaluate(_ op: Op, out: UnsafeMutablePointer<Float>) {
    switch op {
    case .unary(let f): unary(f, out)
    case .mulScalar(let c):
      let c = Float(c)
      map(out) { c * $0 }
    case .addScalar(let c):
      let c = Float(c)
      map(out) { $0 + c }
    case .siluGrad:  // in Double: silu' has a zero near x = -1.28, where Float cancels
      map(out) { x, dy in Float(Double(dy) * ScalarMath.siluDerivative(Double(x))) }
    case .add: map(out) { $0 + $1 }
    case .sub: map(out) { $0 - $1 }
    case .mul: map(out) { $0 * $1 }
    case .div: map(out) { $0 / $1 }
    default: preconditionFailure("GenericKernels.elementwise: \(op) is not elementwise")
    }
  }

  /// `Unary.apply` in Float, one loop per function.
  func unary(_ f: Unary, _ out: UnsafeMutablePointer<Float>) {
    switch f {
    case .neg: map(out) { -$0 }
    case .exp: map(out) { Foundation.exp($0) }
    case .log: map(out) { Foundation.log($0) }
    case .sigmoid: map(out) { ScalarMath.sigmoid($0) }
    case .silu: map(out) { ScalarMath.silu($0) }
    case .softplus: map(out) { ScalarMath.softplus($0) }
    case .square: map(out) { $0 * $0 }
    case .rsqrt: map(out) { 1 / $0.squareRoot() }
    }
  }

  /// out[j] = f(a[j]).
  @inline(__always)
  func map(_ out: UnsafeMutablePointer<Float>, _ f: (Float) -> Float) {
    if strideA == 1 {
      for j in 0..<count { out[j] = f(a[j]) }
    } else {
      for j in 0..<count { out[j] = f(a[j * strideA]) }
    }
  }

  /// out[j] = f(a[j], b[j]), with the loop specialised for contiguous and stride-0 operands.
  @inline(__always)
  func map(_ out: UnsafeMutablePointer<Float>, _ f: (Float, Float) -> Float) {
    let b = b!
    switch (strideA, strideB) {
    case (1, 1): for j in 0..<count { out[j] = f(a[j], b[j]) }
    case (0, 1):
      let x = a[0]
      for j in 0..<count { out[j] = f(x, b[j]) }
    case (1, 0):
      let y = b[0]
      for j in 0..<count { out[j] = f(a[j], y) }
    default: for j in 0..<count { out[j] = f(a[j * strideA], b[j * strideB]) }
    }
  }
}
