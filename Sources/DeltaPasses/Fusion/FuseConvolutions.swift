import DeltaIR

// fuse-convolutions: the q, k and v short convolutions of a token mixer, each `silu(conv1d(u_i,
// W_i))` over its own channels, become one depthwise causal conv over the concatenated channels
// with the SiLU fused in (`conv1d_silu`), then a split:
//
//   %l0.qkv_proj = concat[axis=2] %l0.q_proj, %l0.k_proj, %l0.v_proj    # free after fuse-projections
//   %l0.qkv_conv.weight = concat[axis=0] W_q, W_k, W_v                   # packed each step
//   %l0.qkv = conv1d_silu %l0.qkv_proj, %l0.qkv_conv.weight
//   %l0.q, %l0.k, %l0.v = split[axis=2, sizes=[..]] %l0.qkv
//
// In the backward the silu_grad + conv1d_grad pairs become one `conv1d_silu_grad` over the
// concatenated cotangents, split back into per-input and per-weight gradients. Convs are grouped
// when their inputs come from the same projection input (one split, or linears of one value) and
// they share width, dtype and leading dims; convs with a bias are left alone.

extension Pass {
  public static let fuseConvolutions = Pass(
    name: "fuse-convolutions",
    summary: "q/k/v short convs + SiLU -> one conv1d_silu over concatenated channels (fwd, bwd)"
  ) { graph, _ in try FuseConvolutions.run(graph) }
}

enum FuseConvolutions {
  struct Member {
    let conv: Int
    let silu: Int
    /// The silu_grad and conv1d_grad of the backward, when the graph has them.
    let backward: (siluGrad: Int, convGrad: Int)?
  }

  static func run(_ graph: Graph) throws -> Graph {
    var edit = GraphEdit(graph)
    let n = graph.nodes
    let types = graph.types
    for group in groups(graph) {
      let x = group.map { n[$0.conv].inputs[0] }
      let w = group.map { n[$0.conv].inputs[1] }
      let rank = types[x[0]]!.rank
      let channels = try x.map {
        try FusedName.concrete(types[$0]!.dims[rank - 1], "fuse-convolutions")
      }
      let xCat = cat(x, axis: rank - 1, name: FusedName.join(x.map(local)), types, &edit)
      let convName = FusedName.join(group.map { local(n[$0.conv].result) })
      let wCat = cat(w, axis: 0, name: convName + ".weight", types, &edit)
      let yName = FusedName.join(group.map { local(n[$0.silu].result) })
      let y = TypedValue(edit.names.fresh(yName), xCat.results[0].type)
      let last = group.map(\.silu).max()!
      edit.replace(
        last,
        with: [
          xCat, wCat, Node(op: .conv1dSilu, inputs: [xCat.result, wCat.result], results: [y]),
          Node(
            op: .split(axis: rank - 1, sizes: channels), inputs: [y.value],
            results: group.map { n[$0.silu].results[0] }),
        ])
      for m in group {
        edit.replace(m.conv, with: [])
        if m.silu != last { edit.replace(m.silu, with: []) }
      }
      if group.allSatisfy({ $0.backward != nil }) {
        backward(
          group, x: xCat.results[0], w: wCat.results[0], name: yName, channels, types, &edit)
      }
    }
    return ConcatOfSplits.run(edit.finish())
  }

  /// Convs to fuse: no bias, the result read by one silu (and, in a training graph, by the
  /// silu_grad of the usual backward), grouped by where their input comes from.
  static func groups(_ graph: Graph) -> [[Member]] {
    let readers = graph.readers
    let types = graph.types
    let producer = graph.producers
    struct Key: Hashable {
      let source: Value
      let width: Dim
      let type: TensorType
    }
    var byKey: [Key: [Member]] = [:]
    var order: [Key] = []
    for (i, node) in graph.nodes.enumerated() where node.op == .conv1d && node.inputs.count == 2 {
      guard let member = member(i, graph, readers), let x = producer[node.inputs[0]],
        let wType = types[node.inputs[1]], var xType = types[node.inputs[0]]
      else { continue }
      // The projection input: the split's operand after fuse-projections, else the linear's input.
      let source =
        graph.nodes[x].op == .linear ? graph.nodes[x].inputs[0] : graph.nodes[x].inputs.first
      guard let source, graph.nodes[x].op == .linear || ConcatOfSplits.isSplit(graph.nodes[x].op)
      else { continue }
      xType.shape.dims.removeLast()
      let key = Key(source: source, width: wType.dims.last!, type: xType)
      if byKey[key] == nil { order.append(key) }
      byKey[key, default: []].append(member)
    }
    return order.compactMap { key in
      let members = byKey[key]!
      let withBackward = members.filter { $0.backward != nil }.count
      guard members.count >= 2, withBackward == 0 || withBackward == members.count else {
        return nil
      }
      return members
    }
  }

  /// Conv node `i` with its silu (the only forward reader) and its backward nodes, if fusable.
  static func member(_ i: Int, _ graph: Graph, _ readers: [Value: [Int]]) -> Member? {
    let z = graph.nodes[i].result
    guard !graph.outputValues.contains(z) else { return nil }
    let users = readers[z] ?? []
    let silus = users.filter { graph.nodes[$0].op == .unary(.silu) }
    let grads = users.filter {
      graph.nodes[$0].op == .siluGrad && graph.nodes[$0].inputs[0] == z
    }
    guard silus.count == 1, silus.count + grads.count == users.count, grads.count <= 1 else {
      return nil
    }
    guard let g = grads.first else { return Member(conv: i, silu: silus[0], backward: nil) }
    let dz = graph.nodes[g].result
    let convGrads = readers[dz] ?? []
    guard convGrads.count == 1, !graph.outputValues.contains(dz),
      graph.nodes[convGrads[0]].op == .conv1dGrad,
      graph.nodes[convGrads[0]].inputs == [graph.nodes[i].inputs[0], graph.nodes[i].inputs[1], dz]
    else { return nil }
    return Member(conv: i, silu: silus[0], backward: (g, convGrads[0]))
  }

  /// `concat[axis] values` as a new node named `%name`.
  static func cat(
    _ values: [Value], axis: Int, name: String, _ types: [Value: TensorType],
    _ edit: inout GraphEdit
  ) -> Node {
    var type = types[values[0]]!
    type.shape.dims[axis] = Dim(values.map { types[$0]!.dims[axis].concrete ?? 0 }.reduce(0, +))
    return Node(
      op: .concat(axis: axis), inputs: values, results: [TypedValue(edit.names.fresh(name), type)])
  }

  /// A value's name without the `%`.
  static func local(_ v: Value) -> String { v.isParameter ? v.name : String(v.name.dropFirst()) }

  /// One conv1d_silu_grad over the concatenated cotangents of the group's SiLUs, split back.
  static func backward(
    _ group: [Member], x: TypedValue, w: TypedValue, name: String, _ channels: [Int],
    _ types: [Value: TensorType], _ edit: inout GraphEdit
  ) {
    let n = edit.graph.nodes
    let grads = group.map { $0.backward! }
    let rank = x.type.rank
    let dyCat = cat(
      grads.map { n[$0.siluGrad].inputs[1] }, axis: rank - 1, name: "d." + name, types, &edit)
    let dx = TypedValue(edit.names.fresh("d." + local(x.value)), x.type)
    let dw = TypedValue(edit.names.fresh("d." + local(w.value)), w.type)
    let last = grads.map(\.convGrad).max()!
    edit.replace(
      last,
      with: [
        dyCat,
        Node(op: .conv1dSiluGrad, inputs: [x.value, w.value, dyCat.result], results: [dx, dw]),
        Node(
          op: .split(axis: rank - 1, sizes: channels), inputs: [dx.value],
          results: grads.map { n[$0.convGrad].results[0] }),
        Node(
          op: .split(axis: 0, sizes: channels), inputs: [dw.value],
          results: grads.map { n[$0.convGrad].results[1] }),
      ])
    for g in grads {
      edit.replace(g.siluGrad, with: [])
      if g.convGrad != last { edit.replace(g.convGrad, with: []) }
    }
  }
}
