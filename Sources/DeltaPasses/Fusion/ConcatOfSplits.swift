import DeltaIR

// Fusion passes concatenate values that an earlier fusion split apart (the q, k, v parts of the
// fused projection feed the fused conv). A concat of consecutive results of one split, along the
// split's axis, needs no copy:
// - all of the split's results, in order: the split's operand itself;
// - a run of them read nowhere else: the split yields the run as one part.

enum ConcatOfSplits {
  static func run(_ graph: Graph) -> Graph {
    // A graph has a few per layer.
    DeadCode.run(graph.rewritingUntilDone(rewriteOne))
  }

  static func rewriteOne(_ graph: Graph) -> Graph? {
    var splitResult: [Value: (node: Int, index: Int)] = [:]
    for (i, n) in graph.nodes.enumerated() where isSplit(n.op) {
      for (j, r) in n.results.enumerated() { splitResult[r.value] = (i, j) }
    }
    let readers = graph.readers
    let outputs = graph.outputValues
    for (ci, c) in graph.nodes.enumerated() {
      guard case .concat(let axis) = c.op else { continue }
      var i = 0
      while i < c.inputs.count {
        guard let (si, ri) = splitResult[c.inputs[i]],
          case .split(let splitAxis, let sizes) = graph.nodes[si].op, splitAxis == axis
        else {
          i += 1
          continue
        }
        var j = i + 1
        while j < c.inputs.count, let next = splitResult[c.inputs[j]], next.node == si,
          next.index == ri + (j - i)
        {
          j += 1
        }
        let run = Array(c.inputs[i..<j])
        if run.count == sizes.count {
          var g = graph
          g.nodes[ci].inputs.replaceSubrange(i..<j, with: [graph.nodes[si].inputs[0]])
          return g
        }
        if run.count >= 2, run.allSatisfy({ readers[$0] == [ci] && !outputs.contains($0) }) {
          return merge(graph, concat: ci, split: si, first: ri, inputs: i..<j)
        }
        i = j
      }
    }
    return nil
  }

  /// The split yields `inputs` (results first..<first+count of it) as one part, which replaces the
  /// run in the concat (or the concat itself, when the run is all of it).
  static func merge(
    _ graph: Graph, concat ci: Int, split si: Int, first: Int, inputs: Range<Int>
  ) -> Graph {
    var g = graph
    let concat = graph.nodes[ci]
    let split = graph.nodes[si]
    guard case .split(let axis, let sizes) = split.op else { return graph }
    let last = first + inputs.count
    let whole = inputs.count == concat.inputs.count
    var type = split.results[first].type
    type.shape.dims[axis] = Dim(sizes[first..<last].reduce(0, +))
    var names = NameSource(graph)
    let merged =
      whole
      ? concat.results[0]
      : TypedValue(
        names.fresh(
          FusedName.join(split.results[first..<last].map { String($0.value.name.dropFirst()) })),
        type)
    g.nodes[si].op = .split(
      axis: axis, sizes: sizes[..<first] + [sizes[first..<last].reduce(0, +)] + sizes[last...])
    g.nodes[si].results.replaceSubrange(first..<last, with: [merged])
    if whole {
      g.nodes.remove(at: ci)
    } else {
      g.nodes[ci].inputs.replaceSubrange(inputs, with: [merged.value])
    }
    return g
  }

  static func isSplit(_ op: Op) -> Bool {
    if case .split = op { return true }
    return false
  }
}
