import DeltaRuntime

/// Matrix products through OpenBLAS (`RealScalar.gemm`), with transposes, and their gradients.
/// C [M, N] = op(A) op(B); op(X) = X^T when X's flag is set, so A is stored [M, K] (or [K, M]) and
/// B [K, N] (or [N, K]). A batch dim multiplies A (and B when `batchedB`) by `batch` independent blocks.
extension ReferenceKernels {
  public struct MatMulDims: Equatable, Hashable, Sendable {
    public var batch: Int
    public var m: Int
    public var n: Int
    public var k: Int
    public var transA: Bool
    public var transB: Bool
    /// B has its own block per batch entry; otherwise one B is shared (a weight).
    public var batchedB: Bool

    public init(
      batch: Int = 1, m: Int, n: Int, k: Int, transA: Bool = false, transB: Bool = false,
      batchedB: Bool = false
    ) {
      (self.batch, self.m, self.n, self.k) = (batch, m, n, k)
      (self.transA, self.transB, self.batchedB) = (transA, transB, batchedB)
    }

    /// The same product as one GEMM when the batch can join M: a shared B and an untransposed A,
    /// whose [batch, M, K] blocks are then the rows of one [batch * M, K] matrix.
    var folded: MatMulDims? {
      guard batch > 1, !batchedB, !transA else { return nil }
      return MatMulDims(batch: 1, m: batch * m, n: n, k: k, transA: false, transB: transB)
    }
  }

  /// C = op(A) op(B).  A [batch, M*K], B [K*N] or [batch, K*N] -> C [batch, M, N].
  public static func matmulForward<S: RealScalar>(a: [S], b: [S], _ d: MatMulDims) -> [S] {
    if let folded = d.folded { return matmulForward(a: a, b: b, folded) }
    var c = [S]()
    c.reserveCapacity(d.batch * d.m * d.n)
    for i in 0..<d.batch {
      var block = [S](repeating: 0, count: d.m * d.n)
      S.gemm(
        transA: d.transA, transB: d.transB, m: d.m, n: d.n, k: d.k, a: slice(a, i, d.m * d.k),
        b: d.batchedB ? slice(b, i, d.k * d.n) : b, beta: 0, c: &block)
      c.append(contentsOf: block)
    }
    return c
  }

  /// Gradients of C = op(A) op(B) given dC [batch, M, N]; each has its operand's stored layout, and a
  /// shared B gets the sum over the batch.
  ///   d op(A) = dC op(B)^T  -> dA = that, or its transpose op(B) dC^T when A is stored transposed;
  ///   d op(B) = op(A)^T dC  -> dB = that, or its transpose dC^T op(A) when B is stored transposed.
  public static func matmulBackward<S: RealScalar>(
    a: [S], b: [S], dC: [S], _ d: MatMulDims
  ) -> (dA: [S], dB: [S]) {
    if let folded = d.folded { return matmulBackward(a: a, b: b, dC: dC, folded) }
    var dA = [S]()
    dA.reserveCapacity(a.count)
    var dB = [S](repeating: 0, count: d.batchedB ? d.batch * d.k * d.n : d.k * d.n)
    for i in 0..<d.batch {
      let (ai, dCi) = (slice(a, i, d.m * d.k), slice(dC, i, d.m * d.n))
      let bi = d.batchedB ? slice(b, i, d.k * d.n) : b
      var dAi = [S](repeating: 0, count: d.m * d.k)
      if d.transA {
        S.gemm(
          transA: d.transB, transB: true, m: d.k, n: d.m, k: d.n, a: bi, b: dCi, beta: 0, c: &dAi)
      } else {
        S.gemm(
          transA: false, transB: !d.transB, m: d.m, n: d.k, k: d.n, a: dCi, b: bi, beta: 0, c: &dAi)
      }
      dA.append(contentsOf: dAi)
      var dBi = d.batchedB ? [S](repeating: 0, count: d.k * d.n) : dB
      let beta: S = d.batchedB ? 0 : 1  // a shared B accumulates over the batch
      if d.transB {
        S.gemm(
          transA: true, transB: d.transA, m: d.n, n: d.k, k: d.m, a: dCi, b: ai, beta: beta, c: &dBi
        )
      } else {
        S.gemm(
          transA: !d.transA, transB: false, m: d.k, n: d.n, k: d.m, a: ai, b: dCi, beta: beta,
          c: &dBi)
      }
      if d.batchedB {
        dB.replaceSubrange((i * d.k * d.n)..<((i + 1) * d.k * d.n), with: dBi)
      } else {
        dB = dBi
      }
    }
    return (dA, dB)
  }

  /// nn.Linear without bias: y = x W^T.  x [N, In], weight [Out, In] -> [N, Out].
  public static func linearForward<S: RealScalar>(
    x: [S], weight: [S], rows: Int, inFeatures: Int, outFeatures: Int
  ) -> [S] {
    matmulForward(a: x, b: weight, MatMulDims(m: rows, n: outFeatures, k: inFeatures, transB: true))
  }

  /// (dx [N, In], dWeight [Out, In]) of y = x W^T.
  public static func linearBackward<S: RealScalar>(
    x: [S], weight: [S], dY: [S], rows: Int, inFeatures: Int, outFeatures: Int
  ) -> (dX: [S], dWeight: [S]) {
    let (dA, dB) = matmulBackward(
      a: x, b: weight, dC: dY, MatMulDims(m: rows, n: outFeatures, k: inFeatures, transB: true))
    return (dA, dB)
  }

  /// Block `i` of `count` elements (the whole array when it is the only block).
  static func slice<S>(_ x: [S], _ i: Int, _ count: Int) -> [S] {
    count == x.count ? x : Array(x[(i * count)..<((i + 1) * count)])
  }
}
