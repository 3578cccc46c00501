import DeltaRuntime
import DeltaTasks
import Foundation

/// The linear algebra of `deltac analyze`, in Double: the per-token transition's eigenvalues on the
/// span of its keys, the effective rank of a state, and the explained variance of a covariance.
public enum Spectra {
  /// One eigenvalue of a transition.
  public struct Eigenvalue: Sendable, Equatable {
    public var re: Double
    public var im: Double
    /// A complex eigenvalue (a rotation in a plane of the key span): |im| above round-off.
    public var isComplex: Bool { abs(im) > 1e-7 * max(1, (re * re + im * im).squareRoot()) }
    /// arg(lambda) in [0, pi]: 0 for a positive real eigenvalue, pi for a negative one.
    public var angle: Double { atan2(abs(im), re) }
    public var magnitude: Double { (re * re + im * im).squareRoot() }
  }

  /// The transition of one token, A = decay H_{n-1} ... H_1 H_0 with H_j = I - beta_j k_j k_j^T
  /// (the state update S <- A S + sum of beta k v^T terms; reference 1.2), restricted to the span
  /// of its keys, where it acts non-trivially (on the orthogonal complement it is decay I). The span
  /// is invariant under every H_j, so the restriction is Q^T A Q for an orthonormal basis Q of the
  /// keys (Gram-Schmidt; keys within 1e-6 of the span of the earlier ones add no dimension). Keys
  /// need not be unit vectors. Returns the r <= n eigenvalues of the r x r restriction.
  public static func transitionEigenvalues(
    keys: [[Double]], betas: [Double], decay: Double = 1
  ) -> [Eigenvalue] {
    precondition(keys.count == betas.count && !keys.isEmpty)
    let basis = orthonormalBasis(keys)
    let r = basis.count
    guard r > 0 else { return [] }
    func apply(_ x: [Double]) -> [Double] {
      var y = x
      for (k, b) in zip(keys, betas) {
        let c = b * dot(k, y)
        for i in y.indices { y[i] -= c * k[i] }
      }
      return y.map { decay * $0 }
    }
    var m = [Double](repeating: 0, count: r * r)
    for col in 0..<r {
      let image = apply(basis[col])
      for row in 0..<r { m[row * r + col] = dot(basis[row], image) }
    }
    return LAPACK.eigenvalues(m, n: r).map { Eigenvalue(re: $0.re, im: $0.im) }
  }

  static func orthonormalBasis(_ vectors: [[Double]]) -> [[Double]] {
    var basis: [[Double]] = []
    for v in vectors {
      let norm = dot(v, v).squareRoot()
      guard norm > 0 else { continue }
      var u = v
      for _ in 0..<2 {  // twice: re-orthogonalization keeps the basis orthonormal in floating point
        for b in basis {
          let c = dot(b, u)
          for i in u.indices { u[i] -= c * b[i] }
        }
      }
      let residual = dot(u, u).squareRoot()
      if residual > 1e-6 * norm { basis.append(u.map { $0 / residual }) }
    }
    return basis
  }

  /// The entropy-based effective rank (Roy and Vetterli, 2007) of a K x V matrix (row-major):
  /// exp(-sum p_i log p_i) with p_i = sigma_i / sum sigma over its singular values; between 1 (rank
  /// one) and min(K, V) (all singular values equal); 0 for the zero matrix.
  public static func effectiveRank(_ s: [Double], rows: Int, cols: Int) -> Double {
    precondition(s.count == rows * cols)
    let n = min(rows, cols)
    // The Gram matrix of the smaller side: its eigenvalues are the squared singular values.
    var gram = [Double](repeating: 0, count: n * n)
    for a in 0..<n {
      for b in a..<n {
        var sum = 0.0
        if rows <= cols {
          for j in 0..<cols { sum += s[a * cols + j] * s[b * cols + j] }
        } else {
          for i in 0..<rows { sum += s[i * cols + a] * s[i * cols + b] }
        }
        gram[a * n + b] = sum
        gram[b * n + a] = sum
      }
    }
    return effectiveRank(
      singularValues: LAPACK.symmetricEigenvalues(gram, n: n).map {
        max(0, $0).squareRoot()
      })
  }

  /// exp(entropy of sigma / sum sigma); 0 when every value is 0.
  public static func effectiveRank(singularValues sigma: [Double]) -> Double {
    let total = sigma.reduce(0, +)
    guard total > 0 else { return 0 }
    var entropy = 0.0
    for s in sigma where s > 0 {
      let p = s / total
      entropy -= p * log(p)
    }
    return exp(entropy)
  }

  /// The eigenvalues of a symmetric covariance, largest first, as shares of their sum (the explained
  /// variance of each principal component); empty for a zero covariance.
  public static func explainedVariance(covariance c: [Double], dim: Int) -> [Double] {
    let values = LAPACK.symmetricEigenvalues(c, n: dim).map { max(0, $0) }.reversed()
    let total = values.reduce(0, +)
    return total > 0 ? values.map { $0 / total } : []
  }

  /// Components needed to explain at least `share` of the variance.
  public static func components(_ explained: [Double], reaching share: Double) -> Int {
    var sum = 0.0
    for (i, e) in explained.enumerated() {
      sum += e
      if sum >= share - 1e-12 { return i + 1 }
    }
    return explained.count
  }

  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in a.indices { s += a[i] * b[i] }
    return s
  }
}

/// Proposition 1 of the paper (as corrected by its authors): the product of two generalized
/// Householder factors (I - b2 k2 k2^T)(I - b1 k1 k1^T) with b1, b2 in [0, 2] has complex eigenvalues
/// only when both b1 > 1 and b2 > 1. (On the span of the keys its determinant is (1 - b1)(1 - b2)
/// and its trace 2 - b1 - b2 + b1 b2 c^2 with c = k1 . k2; a complex pair needs trace^2 < 4 det,
/// which fails when det <= 0 and, for b1, b2 <= 1, by the AM-GM inequality.)
public struct PropositionCheck: Sendable, Equatable {
  /// Transitions examined, and those with a complex pair.
  public var transitions = 0
  public var complex = 0
  /// Complex pairs whose betas were not both > 1: the proposition's counterexamples.
  public var violations = 0
  /// Transitions with both betas > 1, and the share of them that rotate.
  public var bothAboveOne = 0

  public init() {}

  public mutating func add(betas: [Double], eigenvalues: [Spectra.Eigenvalue]) {
    guard betas.count == 2 else { return }
    transitions += 1
    let both = betas[0] > 1 && betas[1] > 1
    if both { bothAboveOne += 1 }
    if eigenvalues.contains(where: \.isComplex) {
      complex += 1
      if !both { violations += 1 }
    }
  }

  /// The check on `count` random pairs of unit keys in R^dim with betas uniform in [0, 2].
  public static func random(count: Int, dim: Int, seed: UInt64) -> PropositionCheck {
    var rng = SplitMix64(seed: seed)
    var check = PropositionCheck()
    for _ in 0..<count {
      let keys = (0..<2).map { _ in unit((0..<dim).map { _ in rng.normal() }) }
      let betas = (0..<2).map { _ in 2 * rng.unitInterval() }
      check.add(
        betas: betas, eigenvalues: Spectra.transitionEigenvalues(keys: keys, betas: betas))
    }
    return check
  }

  static func unit(_ v: [Double]) -> [Double] {
    let n = Spectra.dot(v, v).squareRoot()
    return v.map { $0 / n }
  }
}

extension SplitMix64 {
  /// Uniform in [0, 1).
  mutating func unitInterval() -> Double { Double(next() >> 11) / Double(1 << 53) }
  /// Standard normal (Box-Muller).
  mutating func normal() -> Double {
    let (u, v) = (max(unitInterval(), 1e-300), unitInterval())
    return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
  }
}
