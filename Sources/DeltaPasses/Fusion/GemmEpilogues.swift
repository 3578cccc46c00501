import DeltaIR

// gemm-epilogues: an elementwise fused node that reads a GEMM's result is marked `epilogue=gemm`
// and put right after the GEMM, so that the GEMM's register tiles compute it (`GemmEpilogue`, which
// also says when it pays): the result is not read back from memory, and not written at all when
// nothing else reads it. On the bench models it takes the SwiGLU backward (`mul_silu_silugrad` of
// the hidden gradient) into the down projection's input-gradient GEMM. Only the order changes (the
// GEMM moves down to the fused node when nothing between reads its result, else the fused node
// moves up when its other operands are ready), and the values are the same.

extension Pass {
  public static let gemmEpilogues = Pass(
    name: "gemm-epilogues",
    summary: "compute elementwise nodes that read a GEMM's result in its register tiles"
  ) { graph, _ in GemmEpilogues.run(graph) }
}

public enum GemmEpilogues {
  public static func run(_ graph: Graph) -> Graph { graph.rewritingUntilDone(rewriteOne) }

  /// The first fused node that can become a GEMM's epilogue, marked and put after the GEMM; nil
  /// when there is none.
  static func rewriteOne(_ graph: Graph) -> Graph? {
    let producer = graph.producers
    for (fi, f) in graph.nodes.enumerated() {
      guard case .fused(var k) = f.op, !k.epilogue else { continue }
      for v in f.inputs {
        // A GEMM whose next node is not already its epilogue.
        guard let gi = producer[v], gi < fi, !hasEpilogue(gi, graph),
          let e = GemmEpilogue.match(graph, gemm: gi, fused: fi)
        else { continue }
        let y = graph.nodes[gi].result
        let readBetween = ((gi + 1)..<fi).contains { graph.nodes[$0].inputs.contains(y) }
        let ready = zip(f.inputs, e.fromTile).allSatisfy { v, tile in
          tile || (producer[v].map { $0 < gi } ?? true)
        }
        guard !readBetween || ready else { continue }
        k.epilogue = true
        var marked = f
        marked.op = .fused(k)
        var nodes: [Node] = []
        for (i, n) in graph.nodes.enumerated() {
          if i == (readBetween ? gi : fi) { nodes += [graph.nodes[gi], marked] }
          if i != gi && i != fi { nodes.append(n) }
        }
        var out = graph
        out.nodes = nodes
        return out
      }
    }
    return nil
  }

  /// Whether GEMM node i is followed by its epilogue already.
  static func hasEpilogue(_ i: Int, _ graph: Graph) -> Bool {
    guard i + 1 < graph.nodes.count, case .fused(let k) = graph.nodes[i + 1].op else {
      return false
    }
    return k.epilogue && graph.nodes[i + 1].inputs.contains(graph.nodes[i].result)
  }
}
