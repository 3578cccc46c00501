import DeltaIR

// The backward half of fuse-projections. Autodiff differentiates `y_i = linear x, W_i` into
//
//   %dx_i = matmul[transpose_a=false, transpose_b=false] %dy_i, W_i        # input gradient
//   %dy_i.rows = reshape[shape=[R,N_i]] %dy_i
//   %dW_i = matmul[transpose_a=true, transpose_b=false] %dy_i.rows, %x.rows  # weight gradient
//
// and sums the dx_i with a chain of adds. For a fused group this becomes
//
//   %d.l0.qkvb_proj = concat[axis=2] %dy_q, %dy_k, ...                     # [B,T,ΣN]
//   %<sum of dx_i> = matmul %d.l0.qkvb_proj, %l0.qkvb_proj.weight          # one input-gradient GEMM
//   %d.l0.qkvb_proj.rows = reshape[shape=[R,ΣN]] %d.l0.qkvb_proj
//   %d.l0.qkvb_proj.weight = matmul[transpose_a=true, ...] %d.l0.qkvb_proj.rows, %x.rows
//   %dW_q, %dW_k, ... = split[axis=0, sizes=[..]] %d.l0.qkvb_proj.weight   # per-parameter grads
//
// The sum keeps its name, so its readers are untouched. When the graph does not have this shape
// (a weight read elsewhere, adds mixing in other terms) that part is left unfused.

enum FuseProjectionsBackward {
  /// The autodiff nodes of one member.
  struct Grads {
    let inputGrad: Int
    let cotangent: Value
    let weightGrad: Int?
  }

  static func fuse(
    _ group: [FuseProjections.Member], x: Value, fusedWeight: Value, base: String,
    types: [Value: TensorType], edit: inout GraphEdit
  ) throws {
    let graph = edit.graph
    let readers = graph.readers
    guard let grads = memberGrads(group, graph, readers) else { return }
    let cotangentTypes = grads.map { types[$0.cotangent]! }
    let rank = cotangentTypes[0].rank
    guard
      cotangentTypes.allSatisfy({
        $0.rank == rank && Array($0.dims.dropLast()) == Array(cotangentTypes[0].dims.dropLast())
      })
    else { return }
    let sizes = try cotangentTypes.map {
      try FusedName.concrete($0.dims[rank - 1], "fuse-projections")
    }
    var catType = cotangentTypes[0]
    catType.shape.dims[rank - 1] = Dim(sizes.reduce(0, +))
    let dCat = edit.names.fresh("d." + base)
    let concat = Node(
      op: .concat(axis: rank - 1), inputs: grads.map(\.cotangent),
      results: [TypedValue(dCat, catType)])
    let lastCotangent = grads.map { producer(graph, $0.cotangent) ?? 0 }.max()!
    edit.append(after: lastCotangent, [concat])

    if let chain = sumChain(grads.map { graph.nodes[$0.inputGrad].result }, graph, readers) {
      let top = graph.nodes[chain.last!].results[0]
      edit.replace(
        chain.last!,
        with: [
          Node(
            op: .matmul(transposeA: false, transposeB: false), inputs: [dCat, fusedWeight],
            results: [top])
        ])
      for i in chain.dropLast() { edit.replace(i, with: []) }
      for g in grads { edit.replace(g.inputGrad, with: []) }
    }
    try weightGrads(grads, dCat: dCat, catType: catType, sizes: sizes, base: base, edit: &edit)
  }

  /// Each member's input-gradient GEMM (the only `matmul dy, W_i`, W_i read by no other linear)
  /// and weight-gradient GEMM; nil when any member lacks the input-gradient GEMM.
  static func memberGrads(
    _ group: [FuseProjections.Member], _ graph: Graph, _ readers: [Value: [Int]]
  ) -> [Grads]? {
    var out: [Grads] = []
    for m in group {
      let users = readers[m.weight] ?? []
      let inputGrads = users.filter {
        graph.nodes[$0].op == .matmul(transposeA: false, transposeB: false)
          && graph.nodes[$0].inputs[1] == m.weight
      }
      let linears = users.filter { graph.nodes[$0].op == .linear }
      guard inputGrads.count == 1, linears == [m.node], users.count == 2 else { return nil }
      let dy = graph.nodes[inputGrads[0]].inputs[0]
      out.append(Grads(inputGrad: inputGrads[0], cotangent: dy, weightGrad: nil))
    }
    return out.map { g in
      Grads(
        inputGrad: g.inputGrad, cotangent: g.cotangent,
        weightGrad: weightGrad(of: g.cotangent, graph, readers))
    }
  }

  /// `matmul[transpose_a=true] (reshape dy), xrows`: the weight-gradient GEMM of cotangent dy. When
  /// dy is itself a reshape of u (the recurrence's dq [B,T,H,K] as dy [B,T,H K]), the rows may be a
  /// reshape of u (autodiff's reshape of a reshape is folded into one).
  static func weightGrad(of dy: Value, _ graph: Graph, _ readers: [Value: [Int]]) -> Int? {
    var sources = [dy]
    if let p = producer(graph, dy), case .reshape = graph.nodes[p].op {
      sources.append(graph.nodes[p].inputs[0])
    }
    let rows = sources.flatMap { readers[$0] ?? [] }.filter {
      if case .reshape(let s) = graph.nodes[$0].op { return s.rank == 2 } else { return false }
    }
    let gemms = rows.flatMap { r in
      (readers[graph.nodes[r].result] ?? []).filter {
        graph.nodes[$0].op == .matmul(transposeA: true, transposeB: false)
          && graph.nodes[$0].inputs[0] == graph.nodes[r].result
      }
    }
    return gemms.count == 1 ? gemms[0] : nil
  }

  /// The adds that sum exactly `values` (each partial sum read once, by the next add), in order;
  /// nil when the sum is mixed with other terms or a value is read elsewhere.
  static func sumChain(_ values: [Value], _ graph: Graph, _ readers: [Value: [Int]]) -> [Int]? {
    var pending = Set(values)
    var chain: [Int] = []
    let outputs = graph.outputValues
    while pending.count > 1 {
      let next = pending.lazy.compactMap { v -> Int? in
        guard !outputs.contains(v), let r = readers[v], r.count == 1 else { return nil }
        let n = graph.nodes[r[0]]
        guard n.op == .add, n.inputs.count == 2, n.inputs[0] != n.inputs[1],
          pending.contains(n.inputs[0]), pending.contains(n.inputs[1]),
          !outputs.contains(n.inputs[0]), !outputs.contains(n.inputs[1]),
          readers[n.inputs[0]]?.count == 1, readers[n.inputs[1]]?.count == 1
        else { return nil }
        return r[0]
      }.first
      guard let add = next else { return nil }
      let n = graph.nodes[add]
      pending.subtract(n.inputs)
      pending.insert(n.result)
      chain.append(add)
    }
    return chain.isEmpty ? nil : chain
  }

  /// One weight-gradient GEMM over the concatenated cotangents, split into the per-weight grads.
  static func weightGrads(
    _ grads: [Grads], dCat: Value, catType: TensorType, sizes: [Int], base: String,
    edit: inout GraphEdit
  ) throws {
    let graph = edit.graph
    let nodes = grads.compactMap { $0.weightGrad.map { graph.nodes[$0] } }
    guard nodes.count == grads.count, let xRows = nodes.first?.inputs[1],
      nodes.allSatisfy({ $0.inputs[1] == xRows })
    else { return }
    let rowsType = graph.types[nodes[0].inputs[0]]!
    let rowCount = rowsType.dims[0]
    let catRows = edit.names.fresh("d.\(base).rows")
    let catRowsType = TensorType(catType.dtype, [rowCount, catType.dims.last!])
    let dWeight = edit.names.fresh("d.\(base).weight")
    var dWeightType = nodes[0].results[0].type
    dWeightType.shape.dims[0] = catType.dims.last!
    let last = grads.map { $0.weightGrad! }.max()!
    edit.replace(
      last,
      with: [
        Node(
          op: .reshape([rowCount, catType.dims.last!]), inputs: [dCat],
          results: [TypedValue(catRows, catRowsType)]),
        Node(
          op: .matmul(transposeA: true, transposeB: false), inputs: [catRows, xRows],
          results: [TypedValue(dWeight, dWeightType)]),
        Node(
          op: .split(axis: 0, sizes: sizes), inputs: [dWeight], results: nodes.map(\.results[0])),
      ])
    for g in grads where g.weightGrad! != last { edit.replace(g.weightGrad!, with: []) }
  }

  /// Index of the node defining `v` (nil for parameters and inputs).
  static func producer(_ graph: Graph, _ v: Value) -> Int? {
    graph.nodes.firstIndex { n in n.results.contains { $0.value == v } }
  }
}
