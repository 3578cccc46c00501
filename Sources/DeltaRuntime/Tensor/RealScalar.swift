import Foundation

/// The float element types of tensors: Float (what the executor computes in) and Double (what the
/// reference interpreter, DeltaReference, takes as ground truth). Only the elementary functions the
/// model needs.
public protocol RealScalar: BinaryFloatingPoint, Sendable, Codable {
  static func exp(_ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func log1p(_ x: Self) -> Self
  static func sqrt(_ x: Self) -> Self
  /// Row-major C[m,n] = op(A)[m,k] op(B)[k,n] + beta C through OpenBLAS (sgemm or dgemm); op = transpose
  /// when the flag is set, so A is stored [m,k] or [k,m] and B [k,n] or [n,k].
  static func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: [Self], b: [Self], beta: Self,
    c: inout [Self])
  /// The same on raw row-major storage with leading dimensions (`BLAS.gemm` of this type).
  static func blasGemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<Self>, lda: Int,
    b: UnsafePointer<Self>, ldb: Int, beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension RealScalar {
  public static func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: [Self], b: [Self], beta: Self,
    c: inout [Self]
  ) {
    guard checkedGemmShape(a: a, b: b, m: m, n: n, k: k, beta: beta, c: &c)
    else { return }
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          blasGemm(
            transA: transA, transB: transB, m: m, n: n, k: k, a: a.baseAddress!,
            lda: transA ? m : k, b: b.baseAddress!, ldb: transB ? k : n, beta: beta,
            c: c.baseAddress!, ldc: n)
        }
      }
    }
  }
}

extension Float: RealScalar {
  public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
  public static func log(_ x: Float) -> Float { Foundation.log(x) }
  public static func log1p(_ x: Float) -> Float { Foundation.log1p(x) }
  public static func sqrt(_ x: Float) -> Float { x.squareRoot() }
  public static func blasGemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    BLAS.gemm(
      transA: transA, transB: transB, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, beta: beta,
      c: c, ldc: ldc)
  }
}

extension Double: RealScalar {
  public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  public static func log(_ x: Double) -> Double { Foundation.log(x) }
  public static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
  public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  public static func blasGemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<Double>, lda: Int,
    b: UnsafePointer<Double>, ldb: Int, beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    BLAS.gemm(
      transA: transA, transB: transB, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, beta: beta,
      c: c, ldc: ldc)
  }
}

/// OpenBLAS rejects leading dimensions of 0, so empty products are handled here: returns false when
/// there is nothing left for BLAS to do (m or n is 0, or k is 0 and C was only scaled by beta).
private func checkedGemmShape<S: BinaryFloatingPoint>(
  a: [S], b: [S], m: Int, n: Int, k: Int, beta: S, c: inout [S]
) -> Bool {
  precondition(c.count == m * n, "gemm: C has \(c.count) elements, expected \(m)x\(n)")
  precondition(
    a.count == m * k && b.count == k * n, "gemm: A or B does not hold \(m)x\(k), \(k)x\(n)")
  if m == 0 || n == 0 { return false }
  if k == 0 {
    for i in c.indices { c[i] = beta == 0 ? 0 : beta * c[i] }
    return false
  }
  return true
}
