/// A finite group for word problems: S_n, A_n, Z_n, D_n, or a direct product of them such as `S3xZ2`.
///
/// Elements are `0..<order`, index 0 is the identity. A single factor orders its elements as documented on
/// `GroupFactor` (S_n lexicographic as `itertools.permutations`). A direct product `G1 x G2 x ...` orders
/// tuples lexicographically, the first factor most significant: `(g1, g2)` has index `g1 * |G2| + g2`.
/// The product is composition, `multiply(a, b)` = `a * b` = `x -> a(b(x))`, componentwise in products.
public struct Group: Sendable, Equatable, CustomStringConvertible {
  public let factors: [GroupFactor]
  public let order: Int
  private let impls: [FactorImpl]
  /// `table[a * order + b] = a * b`, kept when `order <= Group.tableLimit`.
  private let table: [Int32]?

  /// Groups up to this order keep a multiplication table (S5: 120 -> 14,400 entries).
  public static let tableLimit = 1024

  public init(factors: [GroupFactor]) {
    precondition(!factors.isEmpty, "Group: at least one factor")
    let impls = factors.map(FactorImpl.init)
    let order = factors.reduce(1) { $0 * $1.order }
    self.factors = factors
    self.impls = impls
    self.order = order
    guard order <= Group.tableLimit else {
      table = nil
      return
    }
    var t = [Int32](repeating: 0, count: order * order)
    for a in 0..<order {
      for b in 0..<order { t[a * order + b] = Int32(Group.product(impls, a, b)) }
    }
    table = t
  }

  /// The group a name denotes (`GroupName.parse`: `S3`, `A5`, `Z7`, `D4`, `S3xZ2`, `S3_x_Z2`).
  public init(parsing name: String) throws(TaskError) {
    switch GroupName.parse(name) {
    case .success(let group): self.init(factors: group.factors)
    case .failure(let error): throw .unknownGroup(name: name, detail: error.description)
    }
  }

  /// The canonical name, e.g. `S3xZ2`.
  public var description: String { factors.map(\.description).joined(separator: "x") }

  public static func == (lhs: Group, rhs: Group) -> Bool { lhs.factors == rhs.factors }

  /// The identity element.
  public var identity: Int { 0 }

  /// `a * b`: first apply `b`, then `a`.
  @inline(__always)
  public func multiply(_ a: Int, _ b: Int) -> Int {
    if let table { return Int(table[a * order + b]) }
    precondition(
      a >= 0 && a < order && b >= 0 && b < order, "Group \(self): element out of range 0..<\(order)"
    )
    return Group.product(impls, a, b)
  }

  /// The product computed factor by factor (mixed radix, last factor least significant).
  private static func product(_ impls: [FactorImpl], _ a: Int, _ b: Int) -> Int {
    var (restA, restB, index, stride) = (a, b, 0, 1)
    for impl in impls.reversed() {
      index += impl.multiply(restA % impl.order, restB % impl.order) * stride
      stride *= impl.order
      restA /= impl.order
      restB /= impl.order
    }
    return index
  }

  /// The inverse of `a`.
  public func inverse(_ a: Int) -> Int {
    let c = components(a)
    var index = 0
    for k in impls.indices { index = index * impls[k].order + impls[k].inverse(c[k]) }
    return index
  }

  /// The row-major multiplication table, `table[a * order + b] = a * b` (`order * order` entries).
  public func multiplicationTable() -> [Int32] {
    if let table { return table }
    var t = [Int32](repeating: 0, count: order * order)
    for a in 0..<order { for b in 0..<order { t[a * order + b] = Int32(multiply(a, b)) } }
    return t
  }

  /// The per-factor indices of `a` (first factor first).
  public func components(_ a: Int) -> [Int] {
    precondition(a >= 0 && a < order, "Group \(self): element \(a) out of range 0..<\(order)")
    var c = [Int](repeating: 0, count: impls.count)
    var rest = a
    for k in impls.indices.reversed() {
      c[k] = rest % impls[k].order
      rest /= impls[k].order
    }
    return c
  }

  /// For a group of one factor: the element as a permutation `p` of `0..<n` (`p[x]` is the image of `x`;
  /// S_n/A_n as themselves, D_n on the n-gon's vertices, Z_n as rotations). Nil for direct products.
  public func permutation(_ a: Int) -> [Int]? {
    guard impls.count == 1 else { return nil }
    return impls[0].permutation(components(a)[0])
  }

  /// Prefix products `y_1 = x_1, y_t = y_{t-1} * x_t` (reference 5.1; the accumulator starts at identity).
  public func prefixProducts(_ elements: [Int]) -> [Int] {
    var acc = identity
    return elements.map { x in
      acc = multiply(acc, x)
      return acc
    }
  }
}
