import DeltaIR

// fold-shapes: shape ops whose effect is known from the types alone. A reshape, broadcast or
// transpose that leaves its operand as it is disappears (its readers read the operand); a reshape
// of a reshape, or a transpose of a transpose, becomes one op on the original operand; a concat of
// one operand, a split into one part and a reduction over no axes are their operand. Nodes the
// folding leaves unread are dropped.

extension Pass {
  public static let foldShapes = Pass(
    name: "fold-shapes",
    summary: "remove no-op reshapes/broadcasts/transposes, merge chains of them"
  ) { graph, _ in FoldShapes.run(graph) }
}

enum FoldShapes {
  static func run(_ graph: Graph) -> Graph {
    var types = graph.types
    var definition: [Value: Node] = [:]
    var renamed: [Value: Value] = [:]
    var g = graph
    g.nodes = []
    for var node in graph.nodes {
      node.inputs = node.inputs.map { renamed[$0] ?? $0 }
      if node.results.count == 1, let same = identity(node, types) {
        renamed[node.result] = same
        continue
      }
      if node.results.count == 1, let merged = merge(node, definition) {
        node.op = merged.op
        node.inputs = merged.inputs
        if let same = identity(node, types) {
          renamed[node.result] = same
          continue
        }
      }
      for r in node.results {
        definition[r.value] = node
        types[r.value] = r.type
      }
      g.nodes.append(node)
    }
    return DeadCode.run(g.replacingUses(renamed))
  }

  /// The operand when `node` returns it unchanged.
  static func identity(_ node: Node, _ types: [Value: TensorType]) -> Value? {
    guard let x = node.inputs.first, let type = types[x], type == node.results[0].type else {
      return nil
    }
    switch node.op {
    case .reshape, .broadcastTo: return x
    case .transpose(let perm): return perm == Array(perm.indices) ? x : nil
    case .concat: return node.inputs.count == 1 ? x : nil
    case .split(_, let sizes): return sizes.count == 1 ? x : nil
    case .reduceSum(let axes, _), .reduceMean(let axes, _): return axes.isEmpty ? x : nil
    case .mulScalar(let c): return c == 1 ? x : nil
    case .addScalar(let c): return c == 0 ? x : nil
    default: return nil
    }
  }

  /// `reshape(reshape(y))` -> `reshape(y)`; `transpose[p](transpose[q](y))` -> one transpose.
  static func merge(_ node: Node, _ definition: [Value: Node]) -> (op: Op, inputs: [Value])? {
    guard let x = node.inputs.first, let inner = definition[x], inner.results.count == 1 else {
      return nil
    }
    switch (node.op, inner.op) {
    case (.reshape(let shape), .reshape):
      return (.reshape(shape), inner.inputs)
    case (.transpose(let outer), .transpose(let first)):
      // out.dims[i] = mid.dims[outer[i]] = y.dims[first[outer[i]]].
      return (.transpose(perm: outer.map { first[$0] }), inner.inputs)
    default:
      return nil
    }
  }
}
