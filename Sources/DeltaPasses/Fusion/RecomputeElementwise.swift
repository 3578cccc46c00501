import DeltaIR

// recompute-elementwise: a unary elementwise value (silu, exp, ...) that a later elementwise or norm
// node reads, while the unary's own input is still live there anyway, is recomputed from that input
// inside the reader instead of being read back from memory. The reader's fused kernel then reads the
// input it often reads already (a SiLU's gradient needs the SiLU's input), and the value itself need
// not be written at all once no reader is left: the SwiGLU forward stops writing silu(gate) for the
// backward, and silu(k) feeds the key's L2 norm in registers. Unary ops cost a few instructions per
// element; these kernels are bound by memory, so a value re-derived from bytes already being read is
// free, and every value not written saves a pass over memory twice (write, read).

extension Pass {
  public static let recomputeElementwise = Pass(
    name: "recompute-elementwise",
    summary: "recompute unary values (silu, ...) in their elementwise readers from a live input"
  ) { graph, _ in RecomputeElementwise.run(graph) }
}

public enum RecomputeElementwise {
  public static func run(_ graph: Graph) -> Graph {
    let types = graph.types
    let readers = graph.readers
    let outputs = graph.outputValues
    let producer = graph.producers
    var used = Set(types.keys.map(\.name))

    /// True when `x` is live after node `at` anyway: a parameter or input, a graph output, or read
    /// by a node after `at` (the unary reading it comes before its readers, so it is not one).
    func live(_ x: Value, after at: Int) -> Bool {
      if producer[x] == nil || outputs.contains(x) { return true }
      return readers[x, default: []].contains { $0 > at }
    }

    // Per reader node: the copies to put before it, and its operands to rename.
    var before: [Int: [Node]] = [:]
    var renamed: [Int: [Value: Value]] = [:]
    for node in graph.nodes {
      guard case .unary = node.op, node.inputs.count == 1, node.results.count == 1 else { continue }
      let x = node.inputs[0]
      let v = node.results[0]
      if outputs.contains(v.value) { continue }
      // Readers of v, directly or through chains of reshapes (views), with the chain's shapes.
      var stack: [(Value, [Node])] = [(v.value, [])]
      while let (value, chain) = stack.popLast() {
        for c in readers[value, default: []] {
          let reader = graph.nodes[c]
          if case .reshape = reader.op, reader.results.count == 1 {
            if !outputs.contains(reader.results[0].value) {
              stack.append((reader.results[0].value, chain + [reader]))
            }
            continue
          }
          guard FusibleNode(reader, types) != nil, live(x, after: c) else { continue }
          // silu(x) -> reshape -> ... as fresh values read only by `c`.
          var previous = x
          var copies: [Node] = []
          for step in [node] + chain {
            let r = step.results[0]
            let name = FuseElementwise.fresh(r.value.name + ".re", &used)
            copies.append(
              Node(op: step.op, inputs: [previous], results: [TypedValue(Value(name), r.type)]))
            previous = Value(name)
          }
          before[c, default: []] += copies
          renamed[c, default: [:]][value] = previous
        }
      }
    }
    if before.isEmpty { return graph }
    var out = graph
    out.nodes = []
    for (i, n) in graph.nodes.enumerated() {
      out.nodes += before[i] ?? []
      var n = n
      if let map = renamed[i] { n.inputs = n.inputs.map { map[$0] ?? $0 } }
      out.nodes.append(n)
    }
    // The original unary and its views are dropped where no reader is left.
    return DeadCode.run(out)
  }
}
