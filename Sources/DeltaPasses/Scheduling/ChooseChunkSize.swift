import DeltaIR

// choose-chunk-size: the one place where the recurrence's schedule is decided. Every `deltaproduct`
// and `deltaproduct_grad` whose chunk is `auto` gets a chunk length and a forward form:
// `1` (pure recurrent, a state per token), `rN` (recurrent, a state every N tokens) or `N` (chunked
// WY form). The choice comes from `ChunkCostModel` at the spec's batch and training length
// (`PassOptions.dims`), or, for `autotune` (`compile.chunk_size: autotune`), from real kernel runs of every
// candidate (`PassOptions.measure`, cached on disk by the runtime). The reason is kept in the IR:
//   deltaproduct[..., chunk=r16 (model: 0.92 ms vs 1.10 ms at 1, fwd+bwd at B=64 T=128 on 1 thread), ...]
// A forward node and its grad node see the same shape, so they get the same chunk (the backward reads
// the forward's boundary states). A chunk the spec fixed is left as it is. The runtime never picks: with
// this pass disabled, `auto` falls back to the kernels' fixed default (`ChunkSize.resolved`).

extension Pass {
  public static let chooseChunkSize = Pass(
    name: "choose-chunk-size",
    summary:
      "pick each recurrence's chunk size and form (1, rN, N) from a cost model or by measuring"
  ) { graph, options in try ChooseChunkSize.run(graph, options) }
}

public enum ChooseChunkSize {
  /// B and T when the caller binds neither (`PassOptions.dims`); the reason text names them.
  public static let fallbackDims = ["B": 8, "T": 128]

  struct Key: Hashable {
    var params: DeltaProductParams
    var problem: [Int]
  }

  static func run(_ graph: Graph, _ options: PassOptions) throws -> Graph {
    let types = graph.types
    let trains = graph.nodes.contains {
      if case .deltaProductGrad = $0.op { return true } else { return false }
    }
    var decided: [Key: (ChunkSize, String)] = [:]
    var g = graph
    for (i, node) in graph.nodes.enumerated() {
      var p: DeltaProductParams
      let isForward: Bool
      switch node.op {
      case .deltaProduct(let q): (p, isForward) = (q, true)
      case .deltaProductGrad(let q): (p, isForward) = (q, false)
      default: continue
      }
      guard p.chunk.tokens == nil else { continue }
      let dims = fallbackDims.merging(options.dims) { $1 }
      guard
        let problem = ChunkCostModel.Problem(node, types: types, dims: dims, backward: trains)
      else {
        throw PassError(
          pass: "choose-chunk-size",
          "\(node.results[0].value): the q and v operands need shapes [B,T,H,K] and [B,T,n,H,V]")
      }
      var keyParams = p
      keyParams.finalState = false
      let key = Key(
        params: keyParams,
        problem: [problem.batch, problem.length, problem.heads, problem.keyDim, problem.valueDim])
      if decided[key] == nil { decided[key] = try decide(p, problem, options) }
      (p.chunk, p.chunkReason) = decided[key]!
      g.nodes[i].op = isForward ? .deltaProduct(p) : .deltaProductGrad(p)
    }
    return g
  }

  /// The chunk for one shape and its reason: measured (autotune with a measurer) or modelled.
  static func decide(
    _ p: DeltaProductParams, _ problem: ChunkCostModel.Problem, _ options: PassOptions
  ) throws -> (ChunkSize, String) {
    let what = problem.backward ? "fwd+bwd" : "fwd"
    let at = "at B=\(problem.batch) T=\(problem.length)"
    if p.chunk == .autotune, let measure = options.measure {
      let candidates = ChunkCostModel.candidates(length: problem.length)
      let m = try measure.recurrenceSeconds(
        p, problem: problem, candidates: candidates, threads: options.threads)
      let ranked = zip(candidates, m.seconds).enumerated().sorted { a, b in
        a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
      }.map(\.element)
      let threads = options.threads == 1 ? "1 thread" : "\(options.threads) threads"
      return (
        ranked[0].0,
        "measured: \(reason(ranked)), \(what) \(at) on \(threads)\(m.cached ? ", cached" : "")"
      )
    }
    let ranked = ChunkCostModel().ranked(problem)
    return (ranked[0].choice, "model: \(reason(ranked)), \(what) \(at) on 1 thread")
  }

  /// `0.92 ms vs 1.10 ms at 1` (the pick against the runner-up); `100 ms vs 99.9 ms at r8, a tie:
  /// fewer states` when the model's pick is a tie's one keeping the fewest states.
  static func reason(_ ranked: [(ChunkSize, Double)]) -> String {
    guard ranked.count > 1 else { return milliseconds(ranked[0].1) }
    let tie = ranked[0].1 > ranked[1].1 ? ", a tie: fewer states" : ""
    return "\(milliseconds(ranked[0].1)) vs \(milliseconds(ranked[1].1)) at \(ranked[1].0)\(tie)"
  }

  /// Milliseconds with three significant digits (`0.923 ms`, `12.3 ms`, `1234 ms`).
  public static func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1e3
    let decimals = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (ms * scale).rounded() / scale
    var text = String(rounded)
    if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
    if let dot = text.firstIndex(of: ".") {
      let have = text.distance(from: dot, to: text.endIndex) - 1
      if have < decimals { text += String(repeating: "0", count: decimals - have) }
    }
    return text + " ms"
  }
}
