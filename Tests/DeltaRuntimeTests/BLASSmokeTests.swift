import DeltaRuntime
import Testing

@Suite struct BLASSmokeTests {
  /// One cblas_sgemm through the runtime's wrapper, with a transposed operand, against a hand result.
  @Test func sgemm() {
    let a: [Float] = [1, 2, 3, 4, 5, 6]  // 2x3
    let b: [Float] = [1, 0, 0, 1, 1, 1]  // stored 2x3, used as its transpose (3x2)
    var c = [Float](repeating: -1, count: 4)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          BLAS.gemm(
            transB: true, m: 2, n: 2, k: 3, a: a.baseAddress!, lda: 3, b: b.baseAddress!, ldb: 3,
            c: c.baseAddress!, ldc: 2)
        }
      }
    }
    // A = [[1,2,3],[4,5,6]], B^T = [[1,1],[0,1],[0,1]] -> A B^T = [[1,6],[4,15]]
    #expect(c == [1, 6, 4, 15])
  }
}
