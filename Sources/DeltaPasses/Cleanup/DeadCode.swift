import DeltaIR

// dead-code: drops every node none of whose results reaches a graph output. Parameters and inputs
// stay declared (checkpoints and feeds name them) even when nothing reads them.

extension Pass {
  public static let deadCode = Pass(
    name: "dead-code", summary: "drop nodes whose results reach no output"
  ) { graph, _ in DeadCode.run(graph) }
}

enum DeadCode {
  static func run(_ graph: Graph) -> Graph {
    var live = graph.outputValues
    var keep = [Bool](repeating: false, count: graph.nodes.count)
    for i in graph.nodes.indices.reversed() {
      let node = graph.nodes[i]
      if node.results.contains(where: { live.contains($0.value) }) {
        keep[i] = true
        live.formUnion(node.inputs)
      }
    }
    var g = graph
    g.nodes = graph.nodes.indices.filter { keep[$0] }.map { graph.nodes[$0] }
    return g
  }
}
