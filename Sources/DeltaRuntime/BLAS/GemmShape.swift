import DeltaIR

/// The GEMM(s) a `linear` or `matmul` node runs as, from its operand shapes: one GEMM with the
/// batch folded into M when the second operand is shared ([K, N]), else one per batch element.
/// The executor's plan and `deltac bench gemm` both take the shape from here.
public struct GemmShape: Hashable, Sendable, CustomStringConvertible {
  public var m: Int
  public var n: Int
  public var k: Int
  public var transA: Bool
  public var transB: Bool
  /// GEMMs of this shape per node (1 when folded).
  public var batch: Int

  /// Multiply-adds x 2 over the batch.
  public var flops: Double { 2 * Double(m) * Double(n) * Double(k) * Double(batch) }

  public var description: String {
    (batch > 1 ? "\(batch) x " : "") + "\(m)x\(n)x\(k)" + (transA ? " A^T" : "")
      + (transB ? " B^T" : "")
  }

  /// nil for other ops.
  public static func of(_ op: Op, operands: [[Int]]) -> GemmShape? {
    switch op {
    case .linear:
      let x = operands[0]
      let k = x.last ?? 1
      return GemmShape(
        m: x.reduce(1, *) / max(1, k), n: operands[1][0], k: k, transA: false, transB: true,
        batch: 1)
    case .matmul(let ta, let tb):
      let (a, b) = (operands[0], operands[1])
      let r = a.count
      let (k, n) = tb ? (b[b.count - 1], b[b.count - 2]) : (b[b.count - 2], b[b.count - 1])
      if folds(ta, a: a, b: b) {
        let m = ta ? a[r - 1] : a.reduce(1, *) / max(1, k)
        return GemmShape(m: m, n: n, k: k, transA: ta, transB: tb, batch: 1)
      }
      let m = ta ? a[r - 1] : a[r - 2]
      return GemmShape(
        m: m, n: n, k: k, transA: ta, transB: tb, batch: a[..<(r - 2)].reduce(1, *))
    default:
      return nil
    }
  }

  /// A matmul whose b is shared and whose a's rows are the GEMM's rows (or a is 2-D): one GEMM.
  public static func folds(_ transA: Bool, a: [Int], b: [Int]) -> Bool {
    b.count == 2 && (!transA || a.count == 2)
  }
}
