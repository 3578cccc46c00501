import DeltaTasks
import Testing

@Suite struct GroupTests {
  @Test func s3ElementsAreLexicographicPermutations() throws {
    let s3 = try Group(parsing: "S3")
    #expect(s3.order == 6)
    #expect(s3.description == "S3")
    let perms = (0..<6).map { s3.permutation($0)! }
    #expect(perms == [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]])
    #expect(s3.identity == 0)
  }

  @Test func s3ProductsByHand() throws {
    let s3 = try Group(parsing: "S3")
    // a * b = x -> a(b(x)). 021 * 102: 0 -> a(1) = 2, 1 -> a(0) = 0, 2 -> a(2) = 1, so 201 = 4.
    #expect(s3.multiply(1, 2) == 4)
    // 102 * 021: 0 -> a(0) = 1, 1 -> a(2) = 2, 2 -> a(1) = 0, so 120 = 3 (S3 is not abelian).
    #expect(s3.multiply(2, 1) == 3)
    #expect(s3.multiply(3, 3) == 4)  // 120 twice is 201
    #expect(s3.multiply(3, 4) == 0)  // 120 * 201 = identity
    #expect(s3.multiply(5, 5) == 0)  // a transposition squared
    #expect(s3.inverse(3) == 4)
    #expect(s3.inverse(1) == 1)
    for a in 0..<6 { #expect(s3.multiply(0, a) == a && s3.multiply(a, 0) == a) }
    let table = s3.multiplicationTable()
    #expect(table.count == 36)
    #expect(table[1 * 6 + 2] == 4 && table[2 * 6 + 1] == 3)
  }

  @Test func orders() throws {
    let expected = [
      "S3": 6, "S4": 24, "S5": 120, "A3": 3, "A4": 12, "A5": 60, "Z5": 5, "D4": 8, "S3xZ2": 12,
    ]
    for (name, order) in expected { #expect(try Group(parsing: name).order == order, "\(name)") }
  }

  @Test func alternatingKeepsSymmetricOrder() throws {
    let a3 = try Group(parsing: "A3")
    #expect((0..<3).map { a3.permutation($0)! } == [[0, 1, 2], [1, 2, 0], [2, 0, 1]])
    let a4 = try Group(parsing: "A4")
    #expect(
      (0..<6).map { a4.permutation($0)! } == [
        [0, 1, 2, 3], [0, 2, 3, 1], [0, 3, 1, 2], [1, 0, 3, 2], [1, 2, 0, 3], [1, 3, 2, 0],
      ])
    // Every element of A5 is an even permutation, and they are in increasing lexicographic order.
    let a5 = try Group(parsing: "A5")
    let perms = (0..<60).map { a5.permutation($0)! }
    #expect(perms.allSatisfy { inversions($0) % 2 == 0 })
    #expect(zip(perms, perms.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
  }

  @Test func s4IsAGroup() throws {
    try checkGroupAxioms(Group(parsing: "S4"))
  }

  @Test func smallGroupsAreGroupsAndComposePermutations() throws {
    for name in ["S3", "A4", "Z5", "D4", "D5", "S3xZ2", "Z2xD3xZ3"] {
      try checkGroupAxioms(Group(parsing: name))
    }
    for name in ["S4", "A4", "A5", "Z5", "D4", "D7"] {
      let g = try Group(parsing: name)
      for a in 0..<g.order {
        for b in 0..<g.order {
          let (pa, pb) = (g.permutation(a)!, g.permutation(b)!)
          #expect(g.permutation(g.multiply(a, b))! == pb.map { pa[$0] }, "\(name): \(a) * \(b)")
        }
      }
    }
  }

  @Test func dihedralByHand() throws {
    let d4 = try Group(parsing: "D4")
    // Rotations r^i are 0..<4 (x -> x + i), reflections r^i s are 4..<8 (x -> i - x).
    #expect(d4.permutation(1)! == [1, 2, 3, 0])
    #expect(d4.permutation(4)! == [0, 3, 2, 1])
    #expect(d4.permutation(5)! == [1, 0, 3, 2])
    #expect(d4.multiply(4, 1) == 7)  // s r: x -> -(x + 1) = 3 - x
    #expect(d4.multiply(1, 4) == 5)  // r s: x -> 1 - x
    #expect(d4.multiply(d4.multiply(4, 1), 4) == 3)  // s r s = r^-1
    #expect(d4.multiply(1, d4.multiply(1, d4.multiply(1, 1))) == 0)  // r^4 = 1
    #expect((4..<8).allSatisfy { d4.inverse($0) == $0 })
  }

  @Test func cyclicAndProducts() throws {
    let z5 = try Group(parsing: "Z5")
    #expect(z5.multiply(2, 4) == 1)
    #expect(z5.inverse(2) == 3)
    let g = try Group(parsing: "S3xZ2")
    #expect(g.factors == [.symmetric(3), .cyclic(2)])
    // (g1, g2) has index g1 * 2 + g2; (1, 1) * (2, 1) = (1 * 2, 0) = (4, 0).
    #expect(g.components(3) == [1, 1])
    #expect(g.multiply(3, 5) == 8)
    #expect(g.components(8) == [4, 0])
    #expect(try Group(parsing: "S3_x_Z2") == g)
  }

  @Test func largeGroupsWithoutTable() throws {
    let s6 = try Group(parsing: "S6xZ2")  // 1440 > tableLimit
    #expect(s6.order == 1440)
    let a = 1000
    let b = 777
    let c = 3
    #expect(s6.multiply(s6.multiply(a, b), c) == s6.multiply(a, s6.multiply(b, c)))
    #expect(s6.multiply(a, s6.inverse(a)) == 0)
  }

  @Test func badNamesHaveClearErrors() {
    for name in ["s3", "X5", "S", "S3x", "", "S3+Z2", "Sx3", "S³"] {
      #expect(throws: TaskError.self, "\(name)") { try Group(parsing: name) }
    }
    #expect {
      try Group(parsing: "S9")
    } throws: { error in
      "\(error)" == "unknown group 'S9': S9 is out of range; expected S2...S8"
    }
    #expect {
      try Group(parsing: "Q8")
    } throws: { error in
      "\(error)".contains("'Q' is not a group family")
    }
    #expect(throws: TaskError.self) { try Group(parsing: "Z100001") }
    #expect(throws: TaskError.self) { try Group(parsing: "S8xS8") }
  }
}

func inversions(_ p: [Int]) -> Int {
  var n = 0
  for i in p.indices { for j in p.indices where j > i && p[j] < p[i] { n += 1 } }
  return n
}

/// Closure, identity, inverses and associativity, exhaustively.
func checkGroupAxioms(_ g: Group) {
  let n = g.order
  let t = g.multiplicationTable()
  #expect(t.allSatisfy { $0 >= 0 && Int($0) < n }, "\(g): closure")
  for a in 0..<n {
    #expect(g.multiply(0, a) == a && g.multiply(a, 0) == a, "\(g): identity")
    #expect(
      g.multiply(a, g.inverse(a)) == 0 && g.multiply(g.inverse(a), a) == 0, "\(g): inverse of \(a)")
    // Each row is a permutation (Latin square).
    #expect(Set(t[(a * n)..<((a + 1) * n)]).count == n, "\(g): row \(a)")
  }
  var associative = true
  for a in 0..<n {
    for b in 0..<n {
      let ab = Int(t[a * n + b])
      for c in 0..<n where t[ab * n + c] != t[a * n + Int(t[b * n + c])] { associative = false }
    }
  }
  #expect(associative, "\(g): associativity")
}
