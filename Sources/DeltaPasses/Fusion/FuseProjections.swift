import DeltaIR

// fuse-projections: every `linear` reading the same input becomes one GEMM. In the token mixer the
// q, k, v, beta (and forget-gate, output-gate) projections read the normed hidden state; in the MLP
// the gate and up projections read theirs. For such a group (weights W_i [N_i, K]):
//
//   %l0.qkvb_proj.weight: f32[ΣN,K] = concat[axis=0] W_q, W_k, W_v, W_b     # packed each step
//   %l0.qkvb_proj: f32[B,T,ΣN] = linear %x, %l0.qkvb_proj.weight
//   %l0.q_proj, %l0.k_proj, ... = split[axis=2, sizes=[N_q,..]] %l0.qkvb_proj
//
// Parameters stay per-parameter (checkpoints, optimizer state and gradients keep their fla names);
// the fused weight is packed in the graph from them. The backward of the group, when autodiff left
// it in its usual shape, is fused the same way (FuseProjectionsBackward.swift): one input-gradient
// GEMM over the concatenated cotangents and weights replaces the GEMMs and the adds that summed
// them, and one weight-gradient GEMM, then a split, replaces the per-weight ones.

extension Pass {
  public static let fuseProjections = Pass(
    name: "fuse-projections",
    summary: "linear maps of the same input -> one GEMM on concatenated weights (forward, backward)"
  ) { graph, _ in try FuseProjections.run(graph) }
}

enum FuseProjections {
  /// One linear of a group: its node index, weight and result.
  struct Member {
    let node: Int
    let weight: Value
    let result: TypedValue
  }

  static func run(_ graph: Graph) throws -> Graph {
    let types = graph.types
    var edit = GraphEdit(graph)
    for group in groups(graph, types) {
      let x = graph.nodes[group[0].node].inputs[0]
      let base = FusedName.join(group.map { String($0.result.value.name.dropFirst()) })
      let weight = try forward(group, x: x, base: base, types: types, edit: &edit)
      try FuseProjectionsBackward.fuse(
        group, x: x, fusedWeight: weight, base: base, types: types, edit: &edit)
    }
    return edit.finish()
  }

  /// Groups of two or more `linear` nodes on the same input with distinct weights of one width K,
  /// in graph order.
  static func groups(_ graph: Graph, _ types: [Value: TensorType]) -> [[Member]] {
    var byInput: [Value: [Member]] = [:]
    var order: [Value] = []
    for (i, node) in graph.nodes.enumerated() where node.op == .linear {
      let x = node.inputs[0]
      if byInput[x] == nil { order.append(x) }
      byInput[x, default: []].append(
        Member(node: i, weight: node.inputs[1], result: node.results[0]))
    }
    return order.compactMap { x in
      let members = byInput[x]!
      let widths = Set(members.compactMap { types[$0.weight]?.dims.last })
      let weights = Set(members.map(\.weight))
      guard members.count >= 2, widths.count == 1, weights.count == members.count else {
        return nil
      }
      return members
    }
  }

  /// Replaces the group's linears by concat (weights), one linear and a split; returns the packed
  /// weight.
  static func forward(
    _ group: [Member], x: Value, base: String, types: [Value: TensorType], edit: inout GraphEdit
  ) throws -> Value {
    let weightTypes = group.map { types[$0.weight]! }
    let sizes = try weightTypes.map { try FusedName.concrete($0.dims[0], "fuse-projections") }
    var packedType = weightTypes[0]
    packedType.shape.dims[0] = Dim(sizes.reduce(0, +))
    let packed = edit.names.fresh(base + ".weight")
    var outType = group[0].result.type
    let axis = outType.rank - 1
    outType.shape.dims[axis] = packedType.dims[0]
    let out = edit.names.fresh(base)
    let first = group[0].node
    edit.replace(
      first,
      with: [
        Node(
          op: .concat(axis: 0), inputs: group.map(\.weight),
          results: [TypedValue(packed, packedType)]),
        Node(op: .linear, inputs: [x, packed], results: [TypedValue(out, outType)]),
        Node(
          op: .split(axis: axis, sizes: sizes), inputs: [out], results: group.map(\.result)),
      ])
    for m in group.dropFirst() { edit.replace(m.node, with: []) }
    return packed
  }
}
