/// One factor of a (direct product) group, with its element order. In every factor index 0 is the identity.
///
/// - `symmetric(n)`: S_n, all permutations of `0..<n` in lexicographic order (Python's
///   `itertools.permutations(range(n))`), a permutation `p` sending `i` to `p[i]`. S3 is
///   `012, 021, 102, 120, 201, 210`.
/// - `alternating(n)`: A_n, the commutator subgroup of S_n (its even permutations), kept in S_n's
///   lexicographic order and re-indexed `0..<n!/2`. A3 is `012, 120, 201`.
/// - `cyclic(n)`: Z_n, element `i` is `i mod n`; the product is addition mod n.
/// - `dihedral(n)`: D_n, the 2n symmetries of the regular n-gon acting on vertices `0..<n`. Element
///   `f * n + i` (`i < n`, `f` in {0, 1}) is the map `x -> i + (-1)^f x (mod n)`: indices `0..<n` are the
///   rotations r^i, indices `n..<2n` the reflections r^i s (s: x -> -x). D4 has 8 elements.
///
/// The product is composition, `(a * b)(x) = a(b(x))` (reference 5.1, `Perm.__mul__`).
public enum GroupFactor: Equatable, Hashable, Sendable, CustomStringConvertible {
  case symmetric(Int)
  case alternating(Int)
  case cyclic(Int)
  case dihedral(Int)

  public var order: Int {
    switch self {
    case .symmetric(let n): return factorial(n)
    case .alternating(let n): return factorial(n) / 2
    case .cyclic(let n): return n
    case .dihedral(let n): return 2 * n
    }
  }

  /// `S3`, `A5`, `Z7`, `D4`.
  public var description: String {
    switch self {
    case .symmetric(let n): return "S\(n)"
    case .alternating(let n): return "A\(n)"
    case .cyclic(let n): return "Z\(n)"
    case .dihedral(let n): return "D\(n)"
    }
  }

  /// The degree of the permutation representation used by `Group.permutation(_:)`.
  var degree: Int {
    switch self {
    case .symmetric(let n), .alternating(let n), .cyclic(let n), .dihedral(let n): return n
    }
  }
}

func factorial(_ n: Int) -> Int { n <= 1 ? 1 : (2...n).reduce(1, *) }

/// The element-level implementation of one factor.
struct FactorImpl: Sendable {
  let factor: GroupFactor
  let order: Int
  /// Permutation factors: element `e` is `perms[e*n ..< (e+1)*n]`.
  private let perms: [UInt8]
  /// Permutation factors: the lexicographic rank in S_n of a permutation -> its index here, or -1.
  private let indexOfRank: [Int32]

  init(_ factor: GroupFactor) {
    self.factor = factor
    order = factor.order
    switch factor {
    case .symmetric(let n), .alternating(let n):
      let even: Bool
      if case .alternating = factor { even = true } else { even = false }
      var perms: [UInt8] = []
      var indexOfRank = [Int32](repeating: -1, count: factorial(n))
      var p = Array(0..<n)
      var rank = 0
      var index: Int32 = 0
      repeat {
        if !even || Self.inversions(p) % 2 == 0 {
          perms += p.map { UInt8($0) }
          indexOfRank[rank] = index
          index += 1
        }
        rank += 1
      } while Self.nextPermutation(&p)
      self.perms = perms
      self.indexOfRank = indexOfRank
    case .cyclic, .dihedral:
      perms = []
      indexOfRank = []
    }
  }

  /// `a * b`, i.e. `x -> a(b(x))`.
  func multiply(_ a: Int, _ b: Int) -> Int {
    switch factor {
    case .symmetric(let n), .alternating(let n):
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { c in
        for i in 0..<n { c[i] = Int(perms[a * n + Int(perms[b * n + i])]) }
        return Int(indexOfRank[Self.rank(UnsafeBufferPointer(c))])
      }
    case .cyclic(let n):
      return (a + b) % n
    case .dihedral(let n):
      let (i, f) = (a % n, a / n)
      let (j, g) = (b % n, b / n)
      let rotation = f == 0 ? (i + j) % n : (i - j + n) % n
      return (f ^ g) * n + rotation
    }
  }

  func inverse(_ a: Int) -> Int {
    switch factor {
    case .symmetric(let n), .alternating(let n):
      var inv = [Int](repeating: 0, count: n)
      for i in 0..<n { inv[Int(perms[a * n + i])] = i }
      return Int(indexOfRank[Self.rank(inv)])
    case .cyclic(let n):
      return (n - a) % n
    case .dihedral(let n):
      return a < n ? (n - a) % n : a
    }
  }

  /// The element as a permutation of `0..<degree` (vertices of the n-gon for D_n, of Z_n for Z_n).
  func permutation(_ a: Int) -> [Int] {
    switch factor {
    case .symmetric(let n), .alternating(let n):
      return (0..<n).map { Int(perms[a * n + $0]) }
    case .cyclic(let n):
      return (0..<n).map { (a + $0) % n }
    case .dihedral(let n):
      let (i, f) = (a % n, a / n)
      return (0..<n).map { f == 0 ? (i + $0) % n : (i - $0 + n) % n }
    }
  }

  /// Lexicographic rank of a permutation of `0..<n` (Lehmer code in the factorial number system).
  static func rank(_ p: [Int]) -> Int { p.withUnsafeBufferPointer { rank($0) } }

  static func rank(_ p: UnsafeBufferPointer<Int>) -> Int {
    let n = p.count
    var r = 0
    for i in 0..<n {
      var smaller = 0
      for j in (i + 1)..<max(n, i + 1) where p[j] < p[i] { smaller += 1 }
      r = r * (n - i) + smaller
    }
    return r
  }

  static func inversions(_ p: [Int]) -> Int {
    var count = 0
    for i in p.indices { for j in (i + 1)..<max(p.count, i + 1) where p[j] < p[i] { count += 1 } }
    return count
  }

  /// Advances to the next permutation in lexicographic order; false after the last.
  static func nextPermutation(_ p: inout [Int]) -> Bool {
    guard p.count > 1 else { return false }
    var i = p.count - 2
    while i >= 0 && p[i] >= p[i + 1] { i -= 1 }
    guard i >= 0 else { return false }
    var j = p.count - 1
    while p[j] <= p[i] { j -= 1 }
    p.swapAt(i, j)
    p[(i + 1)...].reverse()
    return true
  }
}
