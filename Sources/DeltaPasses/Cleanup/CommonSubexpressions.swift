import DeltaIR

// cse: a node with the same op (attributes included) and the same operands as an earlier node is
// dropped, and its results' readers read the earlier node's results. Every op is a pure function
// of its operands, so this is always sound; the autodiff graph repeats such nodes where two
// gradient rules need the same reshape of a forward value.

extension Pass {
  public static let commonSubexpressions = Pass(
    name: "cse", summary: "merge nodes that compute the same op on the same operands"
  ) { graph, _ in CommonSubexpressions.run(graph) }
}

enum CommonSubexpressions {
  struct Key: Hashable {
    let op: Op
    let inputs: [Value]
  }

  static func run(_ graph: Graph) -> Graph {
    var first: [Key: Node] = [:]
    var renamed: [Value: Value] = [:]
    var g = graph
    g.nodes = []
    for var node in graph.nodes {
      node.inputs = node.inputs.map { renamed[$0] ?? $0 }
      let key = Key(op: node.op, inputs: node.inputs)
      if let earlier = first[key], earlier.results.map(\.type) == node.results.map(\.type) {
        for (old, new) in zip(node.results, earlier.results) { renamed[old.value] = new.value }
        continue
      }
      first[key] = first[key] ?? node
      g.nodes.append(node)
    }
    return g.replacingUses(renamed)
  }
}
