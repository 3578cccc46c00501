// A GEMM epilogue: a fused elementwise node that reads a GEMM's result is computed in the GEMM's
// register tiles, right after their last FMA, instead of by a pass of its own over memory: the
// result, in registers, is neither written (when nothing else reads it) nor read back. The SwiGLU
// backward, `mul_silu_silugrad(%d.mlp_hidden, %mlp_up, %mlp_gate)`, becomes the epilogue of the
// down projection's input-gradient GEMM that computes %d.mlp_hidden: the hidden gradient (B*T x
// the MLP's width) no longer goes to memory and back. The gemm-epilogues pass decides (it marks the
// fused node `epilogue=gemm` and puts it right after the GEMM); the executor's plan computes it in
// the tiles.
//
// Measured and left out: the SwiGLU forward as the epilogue of the gate/up projection (its weight
// packed so that a register tile holds the same columns of gate and up) was slower than its own
// pass on every model (per step, one process: tiny +1.0 ms, small -0.8, lm +65 ms): the tile's
// result rows are stored 12 lines at a time, scattered, where the fused pass streams them.

/// One GEMM epilogue in a graph (see the file header).
public struct GemmEpilogue: Hashable, Sendable {
  /// The GEMM (a linear, or a matmul whose second operand is a shared 2-D weight).
  public var gemm: Int
  /// The fused node.
  public var fused: Int
  /// Per operand of the fused node: whether it is the GEMM's result (read from the tile), else it is
  /// read from memory.
  public var fromTile: [Bool]
  /// Something besides the fused node reads the GEMM's result, or it is a graph output: the tiles
  /// store it too.
  public var storesResult: Bool

  /// The fewest multiply-adds per element of the result (the GEMM's K) for an epilogue to pay. A
  /// tile's epilogue costs about the same whatever K (its rows' loads and stores, 12 lines at a
  /// time, and its exponentials), while the K loop's work grows with K. Measured in one process
  /// (`deltac bench ab`, the spec with the pass disabled against on, paired ratio of whole steps):
  /// small (K = 256) 0.981, 0.984, 0.954; lm (K = 512) 0.954, 0.990; tiny (K = 128, with the forward form
  /// too) 1.006, 0.998, 1.021 (docs/performance.md).
  public static let minimumK = 256

  /// The epilogue the fused node `fused` can be of GEMM node `gemm`, whatever their order in the
  /// graph; nil when it cannot, or would not pay (K below `minimumK`). The fused node must be
  /// elementwise (no reduction), read the result over the result's own rows and columns, and take
  /// its other operands as full rows or columns.
  public static func match(_ graph: Graph, gemm: Int, fused: Int) -> GemmEpilogue? {
    let g = graph.nodes[gemm]
    switch g.op {
    case .linear: break
    case .matmul(let ta, _):
      guard !ta, graph.types[g.inputs[1]]?.shape.dims.count == 2 else { return nil }
    default: return nil
    }
    guard let depth = graph.types[g.inputs[0]]?.shape.dims.last?.concrete, depth >= minimumK,
      g.results.count == 1, case .fused(let k) = graph.nodes[fused].op, k.isElementwise,
      k.operands.allSatisfy({ $0 == .full || $0 == .col })
    else { return nil }
    let f = graph.nodes[fused]
    let y = g.result
    guard f.inputs.contains(y), graph.types[y]?.shape == k.shape else { return nil }
    let fromTile = f.inputs.map { $0 == y }
    guard !zip(fromTile, k.operands).contains(where: { $0 && $1 != .full }) else { return nil }
    let readers = graph.nodes.indices.filter { $0 != fused && graph.nodes[$0].inputs.contains(y) }
    let output = graph.outputs.contains { $0.value == y }
    return GemmEpilogue(
      gemm: gemm, fused: fused, fromTile: fromTile, storesResult: output || !readers.isEmpty)
  }
}
