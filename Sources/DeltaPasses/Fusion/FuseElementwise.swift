import DeltaIR

/// fuse-elementwise: chains and DAGs of elementwise ops, reshapes and row norms (RMSNorm, gated
/// RMSNorm, L2 norm and their gradients; SwiGLU, residual adds and the sigmoid-gradient chains are
/// elementwise) become single `fused` nodes, each run as one JIT kernel over the rows of its domain.
///
/// Groups grow from each consumer towards its producers (FusionGroups) when they share one domain
/// (same element count, compatible row width) and the graph stays acyclic. Values computed inside a
/// group are written out only when something outside reads them (they become extra results);
/// everything else stays in registers. A lone elementwise op becomes a one-op kernel too, so every
/// elementwise op runs JIT'd; a lone reshape stays a reshape.
public enum FuseElementwise {
  public static let pass = Pass(
    name: "fuse-elementwise",
    summary: "elementwise ops and norms (RMSNorm, SwiGLU, residual adds, grads) -> fused kernels"
  ) { g, _ in run(g) }

  public static func run(_ graph: Graph) -> Graph {
    var groups = FusionGroups(graph)
    groups.build()
    groups.mergeSiblings()
    var used = Set(graph.types.keys.map(\.name))
    var replaced: [Int: [Node]] = [:]
    var removed: Set<Int> = []
    for members in groups.members where !members.isEmpty {
      guard members.contains(where: { groups.info[$0]?.isView == false }) else { continue }
      let nodes = fusedNodes(members, groups, used: &used)
      removed.formUnion(members)
      replaced[members.last!] = nodes
    }
    var nodes: [Node] = []
    for (i, n) in graph.nodes.enumerated() {
      if let r = replaced[i] { nodes += r } else if !removed.contains(i) { nodes.append(n) }
    }
    var out = graph
    out.nodes = topologicalOrder(nodes, graph)
    return out
  }

  /// The fused node of one group, plus a reshape for each result whose shape is not the domain's.
  static func fusedNodes(_ members: [Int], _ groups: FusionGroups, used: inout Set<String>)
    -> [Node]
  {
    let graph = groups.graph
    let inside = Set(members)
    var builder = FusedProgramBuilder()
    for m in members { builder.add(graph.nodes[m], kinds: groups.info[m]!.kinds) }
    // Results: values of the group read outside it or by a graph output.
    var results: [TypedValue] = []
    for m in members {
      let outside = groups.users[m].filter { !inside.contains($0) }
      for r in graph.nodes[m].results
      where groups.outputs.contains(r.value)
        || outside.contains(where: { graph.nodes[$0].inputs.contains(r.value) })
      {
        results.append(r)
      }
    }
    let domain = groups.domain[groups.groupOf[members[0]]]
    var resultTemps: [Int] = []
    var bound: [TypedValue] = []
    var reshapes: [Node] = []
    for r in results {
      guard case .temp(let t) = builder.env[r.value] else {
        preconditionFailure("fuse-elementwise: result \(r.value) is not computed in its group")
      }
      resultTemps.append(t)
      let shape = builder.program[t].function == .colsum ? Shape([domain.dims.last!]) : domain
      if shape == r.type.shape {
        bound.append(r)
        continue
      }
      let name = fresh(r.value.name + ".fused", &used)
      bound.append(TypedValue(Value(name), TensorType(r.type.dtype, shape)))
      reshapes.append(Node(op: .reshape(r.type.shape), inputs: [Value(name)], results: [r]))
    }
    let kernel = FusedKernel(
      name: kernelName(members.map { graph.nodes[$0].op }), shape: domain,
      operands: builder.operands.map(\.kind), program: builder.program, results: resultTemps)
    let fused = Node(op: .fused(kernel), inputs: builder.operands.map(\.value), results: bound)
    return [fused] + reshapes
  }

  /// `rmsnorm_silu_mul`: the fused ops in order, each once, without reshapes.
  static func kernelName(_ ops: [Op]) -> String {
    var names: [String] = []
    for op in ops {
      if case .reshape = op { continue }
      let n = op.name.filter { $0 != "_" }
      if !names.contains(n) { names.append(n) }
    }
    return names.joined(separator: "_")
  }

  static func fresh(_ base: String, _ used: inout Set<String>) -> String {
    var name = base
    var k = 1
    while used.contains(name) {
      name = "\(base)\(k)"
      k += 1
    }
    used.insert(name)
    return name
  }

  /// Kahn's order, taking the earliest ready node first, so the graph order changes only where a
  /// fused node must move after a value one of its members read.
  static func topologicalOrder(_ nodes: [Node], _ graph: Graph) -> [Node] {
    var definedBy: [Value: Int] = [:]
    for (i, n) in nodes.enumerated() { for r in n.results { definedBy[r.value] = i } }
    var waiting = [Int](repeating: 0, count: nodes.count)
    var dependents = [[Int]](repeating: [], count: nodes.count)
    for (i, n) in nodes.enumerated() {
      for p in Set(n.inputs.compactMap { definedBy[$0] }) {
        waiting[i] += 1
        dependents[p].append(i)
      }
    }
    var ready = Set(nodes.indices.filter { waiting[$0] == 0 })
    var order: [Node] = []
    while let i = ready.min() {
      ready.remove(i)
      order.append(nodes[i])
      for d in dependents[i] {
        waiting[d] -= 1
        if waiting[d] == 0 { ready.insert(d) }
      }
    }
    return order
  }
}
