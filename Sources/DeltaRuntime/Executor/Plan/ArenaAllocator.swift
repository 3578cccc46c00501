/// Places the roots of a `PlanLayout` in one arena: the fixed roots (parameters, inputs) first, in
/// order, then every activation root at the lowest offset free for its whole lifetime (first fit,
/// node by node: a node's results are placed before the roots whose last reader it is are freed,
/// so a result never overlaps an operand). Offsets are in floats, aligned to 64 bytes.
struct ArenaAllocator {
  static let alignment = 16

  /// Offsets by root, the arena's size in floats, and the floats of its fixed part.
  static func place(_ roots: [Root], nodes: Int) -> (offsets: [Int], count: Int, fixed: Int) {
    var offsets = [Int](repeating: 0, count: roots.count)
    var end = 0
    for (r, root) in roots.enumerated() where root.fixed {
      offsets[r] = end
      end += aligned(root.count)
    }
    let base = end
    var starting: [Int: [Int]] = [:]
    var ending: [Int: [Int]] = [:]
    for (r, root) in roots.enumerated() where !root.fixed {
      starting[root.first, default: []].append(r)
      ending[root.last, default: []].append(r)
    }
    /// Live blocks (offset, size), sorted by offset.
    var live: [(offset: Int, size: Int, root: Int)] = []
    var high = base
    for i in -1...nodes {
      for r in starting[i] ?? [] {
        let size = aligned(roots[r].count)
        var at = base
        var slot = live.count
        for (k, block) in live.enumerated() {
          if block.offset - at >= size {
            slot = k
            break
          }
          at = max(at, block.offset + block.size)
        }
        live.insert((at, size, r), at: slot)
        offsets[r] = at
        high = max(high, at + size)
      }
      for r in ending[i] ?? [] { live.removeAll { $0.root == r } }
    }
    return (offsets, high, base)
  }

  /// Floats of the activation roots live while each node runs (its operands and results included)
  /// and, at index `nodes`, after the last node (the outputs): by the roots' lifetimes, each at its
  /// aligned size, as `place` counts them (the arena can be larger: first fit leaves holes).
  static func live(_ roots: [Root], nodes: Int) -> [Int] {
    var delta = [Int](repeating: 0, count: nodes + 2)
    for root in roots where !root.fixed {
      delta[max(root.first, 0)] += aligned(root.count)
      delta[min(root.last, nodes) + 1] -= aligned(root.count)
    }
    var sum = 0
    return delta.dropLast().map {
      sum += $0
      return sum
    }
  }

  static func aligned(_ n: Int) -> Int { (max(n, 1) + alignment - 1) / alignment * alignment }
}
