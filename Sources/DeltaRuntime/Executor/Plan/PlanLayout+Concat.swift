import DeltaIR

/// Concats without copies: a part of a concat that is read nowhere else, made by a fused kernel or
/// a GEMM (directly, or through one reshape), is written by its producer straight into its slice of
/// the concat's output, whose root then exists from the first such producer on. The backward's
/// gradient concats (the q/k/v/beta gradients into the fused projection's gradient, the gate and up
/// gradients of the MLP) cost nothing this way; a part another kernel wrote contiguously (the
/// recurrence's without input activations, a conv's) is still copied.
extension PlanLayout {
  mutating func placeConcats() {
    var producer: [Value: Int] = [:]
    var uses: [Value: Int] = [:]
    for (i, node) in graph.nodes.enumerated() {
      for r in node.results { producer[r.value] = i }
      for v in node.inputs { uses[v, default: 0] += 1 }
    }
    for o in graph.outputs { uses[o.value, default: 0] += 1 }
    for (c, node) in graph.nodes.enumerated() {
      guard case .concat(let axis) = node.op else { continue }
      let out = node.results[0].value
      let shape = shapes[out]!
      let whole = View.contiguous(offset: 0, count: count(out), width: width(out))
      var placements: [(value: Value, view: View)] = []
      var start = 0
      for v in node.inputs {
        let size = shapes[v]![axis]
        defer { start += size }
        guard uses[v] == 1, let p = producer[v],
          let part = whole.part(axis: axis, start: start, size: size, shape: shape)
        else { continue }
        if case .reshape = graph.nodes[p].op {
          let u = graph.nodes[p].inputs[0]
          guard uses[u] == 1, let q = producer[u], let view = part.reshaped(width: width(u)),
            writes(u, of: graph.nodes[q], into: view)
          else { continue }
          placements.append((u, view))
        } else if writes(v, of: graph.nodes[p], into: part) {
          placements.append((v, part))
        }
      }
      guard let first = placements.map({ producer[$0.value]! }).min() else { continue }
      let root = newRoot(count: count(out), width: width(out), first: first).root
      for p in placements { inPlace[p.value] = Place(root: root, view: p.view) }
      concatRoots[c] = root
    }
  }

  /// Whether `node` can write its result `v` through `view`: a full result of a fused kernel (its
  /// rows at any addresses), or the output of a GEMM with equally spaced rows (ldc).
  func writes(_ v: Value, of node: Node, into view: View) -> Bool {
    switch node.op {
    case .fused(let k):
      guard let j = node.results.firstIndex(where: { $0.value == v }) else { return false }
      return k.program[k.results[j]].function != .colsum
    case .linear:
      return view.stride != nil
    case .matmul(let ta, _):
      let (a, b) = (shapes[node.inputs[0]]!, shapes[node.inputs[1]]!)
      return view.stride != nil && GemmShape.folds(ta, a: a, b: b)
    case .deltaProductGrad(let p):
      // With input activations the kernel writes dq, dk, dv as token rows of any stride.
      guard p.inputs != .plain, let j = node.results.firstIndex(where: { $0.value == v }), j < 3
      else { return false }
      return Need.tokens(Self.tokenWidth(shapes[v]!)).accepts(view)
    default:
      return false
    }
  }
}
