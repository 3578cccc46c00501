import DeltaIR

/// How one node can take part in an elementwise fusion group.
struct FusibleNode {
  /// Elements of its full values (the group's R*W).
  var elements: Dim
  /// The row width it needs (norms, row/col broadcasts); nil when any split into rows works.
  var width: Dim?
  /// A shape of its full values with that width (a candidate domain).
  var shape: Shape
  /// How each input is read when it comes from outside the group.
  var kinds: [FusedKernel.OperandKind]
  /// A reshape: a free view inside a group.
  var isView: Bool
  /// Results that are sums over rows (a norm's weight gradient), by result index.
  var colsums: Set<Int> = []

  /// Nil when `node` is not an elementwise op, norm or reshape over float values.
  init?(_ node: Node, _ types: [Value: TensorType]) {
    guard let first = node.inputs.first, let x = types[first], x.dtype.isFloat,
      let y = node.results.first?.type, y.rank >= 1
    else { return nil }
    elements = y.shape.elementCount
    shape = y.shape
    width = nil
    isView = false
    switch node.op {
    case .unary, .mulScalar, .addScalar:
      kinds = [.full]
    case .siluGrad:
      kinds = [.full, .full]
    case .reshape:
      kinds = [.full]
      isView = true
    case .add, .sub, .mul, .div:
      guard let b = types[node.inputs[1]],
        let ka = Self.kind(x.shape, of: y.shape), let kb = Self.kind(b.shape, of: y.shape)
      else { return nil }
      kinds = [ka, kb]
      if [ka, kb].contains(where: { $0 == .col || $0 == .row }) { width = y.dims.last }
    case .rmsNorm: kinds = [.full, .col]
    case .rmsNormGrad:
      kinds = [.full, .col, .full]
      colsums = [1]
    case .gatedRMSNorm: kinds = [.full, .full, .col]
    case .gatedRMSNormGrad:
      kinds = [.full, .full, .col, .full]
      colsums = [2]
    case .l2norm: kinds = [.full]
    case .l2normGrad: kinds = [.full, .full]
    // Not fusible: listed one by one, so that a new op is a decision here.
    case .full, .embedding, .linear, .matmul, .reduceSum, .reduceMean, .broadcastTo, .transpose,
      .concat, .split, .conv1d, .conv1dGrad, .conv1dSilu, .conv1dSiluGrad, .deltaProduct,
      .deltaProductGrad, .crossEntropy, .crossEntropyGrad, .embeddingGrad, .fused:
      return nil
    }
    if !node.op.isElementwise && !isView { width = x.dims.last }
  }

  /// How an operand of shape `s` is read by a broadcasting binary op with result `result`.
  static func kind(_ s: Shape, of result: Shape) -> FusedKernel.OperandKind? {
    if s == result { return .full }
    guard s.rank <= result.rank, let w = result.dims.last else { return nil }
    let padded = Array(repeating: Dim(1), count: result.rank - s.rank) + s.dims
    if padded.allSatisfy({ $0 == Dim(1) }) { return .scalar }
    if s.dims == [w] { return .col }
    if padded.last == Dim(1), Array(padded.dropLast()) == Array(result.dims.dropLast()) {
      return .row
    }
    return nil
  }
}

/// Groups of fusible nodes, merged greedily from consumers towards producers. Every node has a group
/// (non-fusible ones stay alone), so that a merge that would make the contracted graph cyclic (a path
/// leaving the two groups and coming back) can be refused.
struct FusionGroups {
  let graph: Graph
  let info: [FusibleNode?]
  /// Node index -> the nodes that read one of its results.
  let users: [[Int]]
  /// Value -> (defining node, result index).
  let producer: [Value: (node: Int, result: Int)]
  let outputs: Set<Value>
  var groupOf: [Int]
  var members: [[Int]]
  var domain: [Shape]
  var width: [Dim?]

  init(_ graph: Graph) {
    self.graph = graph
    let types = graph.types
    info = graph.nodes.map { FusibleNode($0, types) }
    var producer: [Value: (node: Int, result: Int)] = [:]
    for (i, n) in graph.nodes.enumerated() {
      for (j, r) in n.results.enumerated() { producer[r.value] = (i, j) }
    }
    var users = [[Int]](repeating: [], count: graph.nodes.count)
    for (i, n) in graph.nodes.enumerated() {
      for v in Set(n.inputs) { if let p = producer[v] { users[p.node].append(i) } }
    }
    self.producer = producer
    self.users = users
    outputs = Set(graph.outputs.map(\.value))
    groupOf = Array(graph.nodes.indices)
    members = graph.nodes.indices.map { [$0] }
    domain = info.map { $0?.shape ?? [] }
    width = info.map { $0?.width }
  }

  /// Merges producers into each fusible node's group, in graph order.
  mutating func build() {
    for (n, node) in graph.nodes.enumerated() {
      guard let i = info[n], !i.isView else { continue }
      var pending = node.inputs
      while let v = pending.popLast() {
        guard let (p, _) = producer[v], let pi = info[p], groupOf[p] != groupOf[n] else { continue }
        if pi.isView {
          // A view joins only when nothing outside needs its result.
          let inside = Set(members[groupOf[n]])
          guard !outputs.contains(v), users[p].allSatisfy(inside.contains) else { continue }
          if merge(groupOf[p], into: groupOf[n]) { pending.append(graph.nodes[p].inputs[0]) }
        } else {
          _ = merge(groupOf[p], into: groupOf[n])
        }
      }
    }
  }

  /// Merges groups that read the same value in full from outside (siblings, no path between
  /// them), so that one kernel reads it once: the SwiGLU backward's two kernels both read the
  /// hidden gradient and the gate.
  mutating func mergeSiblings() {
    var readers: [Value: [Int]] = [:]
    for (n, node) in graph.nodes.enumerated() {
      guard let i = info[n], !i.isView else { continue }
      for (k, v) in node.inputs.enumerated() where i.kinds[k] == .full {
        readers[v, default: []].append(n)
      }
    }
    // In graph order of the first reader, then by name: the same merges in every process.
    let order = readers.sorted { a, b in
      (a.value[0], a.key.name) < (b.value[0], b.key.name)
    }
    for (v, nodes) in order {
      // The last reader's group takes the others in (a merge keeps the target's id).
      let target = groupOf[nodes.last!]
      let source = producer[v]?.node
      for n in nodes.reversed() {
        let g = groupOf[n]
        guard g != target, !members[g].contains(where: { $0 == source }) else { continue }
        _ = merge(g, into: target)
      }
    }
  }

  /// Merges group `a` into group `b` when they fit one domain and the result stays acyclic.
  mutating func merge(_ a: Int, into b: Int) -> Bool {
    guard let ea = info[members[a][0]]?.elements, ea == info[members[b][0]]?.elements else {
      return false
    }
    if let wa = width[a], let wb = width[b], wa != wb { return false }
    let all = members[a] + members[b]
    let inside = Set(all)
    // Values passed inside the group must be full (R*W elements), never a colsum.
    for m in all {
      for (k, v) in graph.nodes[m].inputs.enumerated() {
        guard let (p, r) = producer[v], inside.contains(p) else { continue }
        if info[p]!.colsums.contains(r) || info[m]!.kinds[k] != .full { return false }
      }
    }
    if createsCycle(inside) { return false }
    if width[b] == nil {
      width[b] = width[a]
      if width[a] != nil { domain[b] = domain[a] }
    }
    for m in members[a] { groupOf[m] = b }
    members[b] = all.sorted()
    members[a] = []
    return true
  }

  /// True when a path leaves `inside` and comes back (through whole groups).
  func createsCycle(_ inside: Set<Int>) -> Bool {
    var seen: Set<Int> = []
    var stack: [Int] = inside.flatMap { users[$0] }.filter { !inside.contains($0) }
    while let u = stack.popLast() {
      guard seen.insert(groupOf[u]).inserted else { continue }
      for m in members[groupOf[u]] {
        for w in users[m] {
          if inside.contains(w) { return true }
          stack.append(w)
        }
      }
    }
    return false
  }
}
