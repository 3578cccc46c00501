import CBLAS

/// Eigenvalues of small dense Double matrices through OpenBLAS's LAPACK (`deltac analyze`: the
/// per-token transitions, key covariances and state spectra). Row-major input; not for hot paths.
public enum LAPACK {
  /// Eigenvalues (re, im) of the n x n matrix `a` (row-major; a general matrix, `dgeev`), complex
  /// pairs adjacent with the positive imaginary part first. Empty when LAPACK reports failure.
  public static func eigenvalues(_ a: [Double], n: Int) -> [(re: Double, im: Double)] {
    precondition(a.count == n * n)
    guard n > 0 else { return [] }
    // Column-major is the transpose, which has the same eigenvalues.
    var m = a
    var (wr, wi) = ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n))
    var (left, right) = ([Double](repeating: 0, count: 1), [Double](repeating: 0, count: 1))
    var work = [Double](repeating: 0, count: 8 * n)
    var (nn, one, lwork, info) = (Int32(n), Int32(1), Int32(8 * n), Int32(0))
    BLAS.ready()
    dgeev_("N", "N", &nn, &m, &nn, &wr, &wi, &left, &one, &right, &one, &work, &lwork, &info, 1, 1)
    guard info == 0 else { return [] }
    return (0..<n).map { (wr[$0], wi[$0]) }
  }

  /// Eigenvalues of the symmetric n x n matrix `a` in ascending order (`dsyev`); empty on failure.
  public static func symmetricEigenvalues(_ a: [Double], n: Int) -> [Double] {
    precondition(a.count == n * n)
    guard n > 0 else { return [] }
    var m = a
    var w = [Double](repeating: 0, count: n)
    var work = [Double](repeating: 0, count: max(1, 3 * n))
    var (nn, lwork, info) = (Int32(n), Int32(max(1, 3 * n)), Int32(0))
    BLAS.ready()
    dsyev_("N", "U", &nn, &m, &nn, &w, &work, &lwork, &info, 1, 1)
    return info == 0 ? w : []
  }
}
