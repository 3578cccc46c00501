import DeltaIR

// Small graph-editing tools the passes share: who reads a value, renaming uses, and a stable
// topological sort so a pass may put a new node where it reads best and let the sort fix the order.

extension Graph {
  /// For each value, the indices of the nodes that read it (in node order; a node reading a value
  /// twice is listed once).
  var readers: [Value: [Int]] {
    var r: [Value: [Int]] = [:]
    for (i, n) in nodes.enumerated() {
      for v in Set(n.inputs) { r[v, default: []].append(i) }
    }
    for v in r.keys { r[v]!.sort() }
    return r
  }

  /// Values named by a graph output.
  var outputValues: Set<Value> { Set(outputs.map(\.value)) }

  /// For each value a node computes, the index of that node.
  var producers: [Value: Int] {
    var p: [Value: Int] = [:]
    for (i, n) in nodes.enumerated() { for r in n.results { p[r.value] = i } }
    return p
  }

  /// `rewrite` applied to its own result until it returns nil (one rewrite per round keeps a
  /// pass's index bookkeeping simple), at most once per node and once more.
  func rewritingUntilDone(_ rewrite: (Graph) -> Graph?) -> Graph {
    var g = self
    for _ in 0..<(nodes.count + 1) {
      guard let next = rewrite(g) else { break }
      g = next
    }
    return g
  }

  /// Every operand and output that names a key of `map` names its value instead (chains resolved).
  func replacingUses(_ map: [Value: Value]) -> Graph {
    if map.isEmpty { return self }
    func resolve(_ v: Value) -> Value {
      var v = v
      var seen = 0
      while let next = map[v], seen < map.count {
        v = next
        seen += 1
      }
      return v
    }
    var g = self
    for i in g.nodes.indices { g.nodes[i].inputs = g.nodes[i].inputs.map(resolve) }
    for i in g.outputs.indices { g.outputs[i].value = resolve(g.outputs[i].value) }
    return g
  }

  /// The nodes in an order where every value is defined before use, keeping the given order
  /// wherever it already allows (a node moves only after the operands it was placed before).
  func topologicallySorted() -> Graph {
    let producer = producers
    var pending = [Int](repeating: 0, count: nodes.count)
    var dependents = [[Int]](repeating: [], count: nodes.count)
    for (i, n) in nodes.enumerated() {
      for p in Set(n.inputs.compactMap { producer[$0] }) where p != i {
        pending[i] += 1
        dependents[p].append(i)
      }
    }
    // Ready nodes in a min-heap on their index: the earliest placed node runs first.
    var ready = MinHeap(nodes.indices.filter { pending[$0] == 0 })
    var order: [Int] = []
    order.reserveCapacity(nodes.count)
    while let i = ready.pop() {
      order.append(i)
      for d in dependents[i] {
        pending[d] -= 1
        if pending[d] == 0 { ready.push(d) }
      }
    }
    // A cycle leaves nodes out; keep them (in their order) so the verifier reports it.
    if order.count < nodes.count {
      let placed = Set(order)
      order += nodes.indices.filter { !placed.contains($0) }
    }
    var g = self
    g.nodes = order.map { nodes[$0] }
    return g
  }
}

/// A binary min-heap of node indices.
struct MinHeap {
  private var items: [Int] = []
  init(_ xs: [Int]) { for x in xs { push(x) } }
  mutating func push(_ x: Int) {
    items.append(x)
    var i = items.count - 1
    while i > 0, items[(i - 1) / 2] > items[i] {
      items.swapAt(i, (i - 1) / 2)
      i = (i - 1) / 2
    }
  }
  mutating func pop() -> Int? {
    guard let top = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var i = 0
      while true {
        let (l, r) = (2 * i + 1, 2 * i + 2)
        var m = i
        if l < items.count, items[l] < items[m] { m = l }
        if r < items.count, items[r] < items[m] { m = r }
        if m == i { break }
        items.swapAt(i, m)
        i = m
      }
    }
    return top
  }
}

/// A batch of edits to a graph: each node's slot holds what replaces it (itself by default), uses
/// can be renamed, and `finish` flattens the slots, renames, drops what became dead and restores
/// definition-before-use order.
struct GraphEdit {
  let graph: Graph
  var slots: [[Node]]
  var following: [[Node]]
  var names: NameSource
  var renamed: [Value: Value] = [:]

  init(_ graph: Graph) {
    self.graph = graph
    slots = graph.nodes.map { [$0] }
    following = graph.nodes.map { _ in [] }
    names = NameSource(graph)
  }

  /// Node `i` is replaced by `nodes` (placed where it was).
  mutating func replace(_ i: Int, with nodes: [Node]) { slots[i] = nodes }

  /// `nodes` are placed right after node `i` (or what replaces it).
  mutating func append(after i: Int, _ nodes: [Node]) { following[i] += nodes }

  func finish() -> Graph {
    var g = graph
    g.nodes = zip(slots, following).flatMap { $0 + $1 }
    return DeadCode.run(g.replacingUses(renamed).topologicallySorted())
  }
}

/// Names of fused values, built from the names of what was fused.
enum FusedName {
  /// `l0.q_proj, l0.k_proj, l0.v_proj, l0.b_proj` -> `l0.qkvb_proj`; `l0.mlp_gate, l0.mlp_up` ->
  /// `l0.mlp_gate_up`: the shared dotted prefix, the shared leading and trailing `_` words, and
  /// the differing middles (run together when each is one letter, else joined by `_`).
  static func join(_ names: [String]) -> String {
    func split(_ s: String) -> (prefix: String, words: [String]) {
      guard let dot = s.lastIndex(of: ".") else {
        return ("", s.split(separator: "_").map(String.init))
      }
      return (
        String(s[...dot]), s[s.index(after: dot)...].split(separator: "_").map(String.init)
      )
    }
    let parts = names.map(split)
    guard let first = parts.first, parts.allSatisfy({ $0.prefix == first.prefix }) else {
      return (names.first ?? "fused") + "_fused"
    }
    let shortest = parts.map(\.words.count).min() ?? 0
    var lead = 0
    while lead < shortest - 1, parts.allSatisfy({ $0.words[lead] == first.words[lead] }) {
      lead += 1
    }
    var trail = 0
    while trail < shortest - 1 - lead,
      parts.allSatisfy({
        $0.words[$0.words.count - 1 - trail] == first.words[first.words.count - 1 - trail]
      })
    {
      trail += 1
    }
    let middles = parts.map { $0.words[lead..<($0.words.count - trail)].joined(separator: "_") }
    let middle =
      middles.allSatisfy({ $0.count == 1 })
      ? middles.joined() : middles.joined(separator: "_")
    let words = Array(first.words[..<lead]) + [middle] + Array(first.words.suffix(trail))
    return first.prefix + words.filter { !$0.isEmpty }.joined(separator: "_")
  }

  /// A dim that must be concrete for a concat or split.
  static func concrete(_ d: Dim, _ pass: String) throws -> Int {
    guard let n = d.concrete else {
      throw PassError(pass: pass, "expected a concrete dim to concatenate, got \(d)")
    }
    return n
  }
}
