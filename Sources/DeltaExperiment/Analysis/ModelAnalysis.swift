import DeltaCodegen
import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac analyze`: looks inside a trained model the way the DeltaProduct paper does. Runs the
/// model's forward graph (the production executor) with the operands of every recurrence node as
/// extra outputs (q, k, v, beta, g per layer), then per layer and head accumulates `HeadStatistics`:
/// beta, the eigenvalues of each token's transition on its key span, the keys' covariance, and the
/// effective rank of the state at sampled positions. The states come from the JIT recurrence kernel
/// itself (its boundary states every `stride` tokens), so only those are held, never every state of a
/// sequence. The per-position accuracy/loss curve is the evaluation's (`Evaluator`).
public struct ModelAnalysis: Sendable {
  public let evaluation: CheckpointEvaluation
  public let length: Int
  public let samples: Int

  /// One recurrence node of the forward graph, in layer order.
  struct Layer {
    var params: DeltaProductParams
    var heads: Int
    var keyDim: Int
    var valueDim: Int
  }

  public init(evaluation: CheckpointEvaluation, length: Int? = nil, samples: Int = 64) {
    self.evaluation = evaluation
    self.length = length ?? evaluation.spec.task.testLength.max
    self.samples = max(1, samples)
  }

  public var spec: Spec { evaluation.spec }
  /// Tokens between two effective-rank samples in a sequence of T tokens: about 64 samples.
  static func stride(tokens T: Int) -> Int { max(1, (T + 63) / 64) }
  /// Sampled positions (tokens seen): every `stride` tokens, and the last.
  static func positions(tokens T: Int) -> [Int] {
    Array(Swift.stride(from: stride(tokens: T), to: T, by: stride(tokens: T))) + [T]
  }

  /// The forward graph with each recurrence node's operands as outputs `probe.l<i>.<name>`.
  static func probe(_ graph: Graph) -> (Graph, [Layer]) {
    var g = graph
    var layers: [Layer] = []
    let types = graph.types
    for node in graph.nodes {
      guard case .deltaProduct(let p) = node.op else { continue }
      let i = layers.count
      let names = ["q", "k", "v", "beta"] + (p.gated ? ["g"] : [])
      for (name, value) in zip(names, node.inputs) {
        g.outputs.append(Output("probe.l\(i).\(name)", value))
      }
      let q = types[node.inputs[0]]!.dims.map { $0.concrete ?? 0 }
      let v = types[node.inputs[2]]!.dims.map { $0.concrete ?? 0 }
      layers.append(Layer(params: p, heads: q[2], keyDim: q[3], valueDim: v[4]))
    }
    return (g, layers)
  }

  public func run(progress: (String) -> Void = { _ in }) throws -> AnalysisResult {
    let programs = evaluation.programs
    let (graph, layers) = Self.probe(programs.forward.graph)
    let executor = try Executor(graph, threads: programs.threads)
    let parameters = programs.tensors(evaluation.state.parameters)
    let set = try evaluation.task.evalSet(length: length, count: samples)
    let T = set.length  // tokens per sequence (a word problem's BOS included)
    var stats = layers.map { l in
      (0..<l.heads).map { _ in
        HeadStatistics(
          keyDim: l.keyDim, positions: Self.positions(tokens: T), vocabulary: spec.vocabSize)
      }
    }
    let batchSize = max(1, spec.eval.batchSize)
    var row = 0
    while row < set.batch {
      let b = min(batchSize, set.batch - row)
      let range = (row * T)..<((row + b) * T)
      let out = try executor.run(
        parameters: parameters,
        inputs: ModelPrograms.feed(
          Array(set.inputs[range]), Array(set.labels[range]), batch: b, length: T))
      for (i, layer) in layers.enumerated() {
        try accumulate(
          layer, out, prefix: "probe.l\(i).", inputs: Array(set.inputs[range]), batch: b,
          into: &stats[i])
      }
      row += b
      progress("analyze: \(row)/\(set.batch) sequences of \(length)")
    }
    let evaluator = Evaluator(
      programs: programs, task: evaluation.task, batchSize: batchSize)
    let curve = try evaluator.evaluate(
      parameters: evaluation.state.parameters, lengths: length...length, count: samples)
    return AnalysisResult(
      spec: spec, source: evaluation.what, length: length, samples: samples,
      layers: zip(layers, stats).map { l, s in
        AnalysisResult.Layer(
          householder: l.params.numHouseholder, gated: l.params.gated, keyDim: l.keyDim,
          valueDim: l.valueDim, heads: s)
      },
      evaluation: curve,
      randomProposition: PropositionCheck.random(count: 20_000, dim: 16, seed: 1))
  }

  /// One layer of one batch: tokens into the per-head statistics, and the states' effective ranks.
  func accumulate(
    _ layer: Layer, _ out: [String: Tensor<Float>], prefix: String, inputs: [Int32], batch B: Int,
    into stats: inout [HeadStatistics]
  ) throws {
    let (H, K, V, n) = (layer.heads, layer.keyDim, layer.valueDim, layer.params.numHouseholder)
    let T = stats[0].positions.last!
    let stride = Self.stride(tokens: T)
    let (q, k, v, beta) = (
      out[prefix + "q"]!.data, out[prefix + "k"]!.data, out[prefix + "v"]!.data,
      out[prefix + "beta"]!.data
    )
    let g = out[prefix + "g"]?.data
    // The states: the JIT recurrence with a boundary state every `stride` tokens.
    let kernels = try DeltaProductKernels(
      spec: DeltaKernelSpec(
        keyDim: K, valueDim: V, householder: n, chunk: stride, gated: layer.params.gated,
        scale: Float(layer.params.scale), form: .recurrent),
      threads: evaluation.programs.threads)
    let dims = RecurrenceDims(
      batch: B, length: T, heads: H, householder: n, keyDim: K, valueDim: V)
    let run = kernels.forward(
      RecurrenceInputs(
        q: q, k: k, v: v, beta: beta, g: g, initialState: nil, scale: Float(layer.params.scale)),
      dims: dims)
    let chunks = kernels.spec.chunks(length: T)
    let positions = stats[0].positions
    let sampled = Set(positions)
    let perHead = stats
    let updated = ConcurrentResults<HeadStatistics>(count: H)
    DispatchQueue.concurrentPerform(iterations: H) { h in
      var s = perHead[h]
      for b in 0..<B {
        var decays: [Double] = []
        for t in 0..<T {
          let keys = (0..<n).map { j in
            let base = (((b * T + t) * n + j) * H + h) * K
            return (0..<K).map { Double(k[base + $0]) }
          }
          let betas = (0..<n).map { j in Double(beta[((b * T + t) * n + j) * H + h]) }
          let decay = g.map { exp(Double($0[(b * T + t) * H + h])) } ?? 1
          s.addToken(keys: keys, betas: betas, decay: decay, input: Int(inputs[b * T + t]))
          if sampled.contains(t + 1) { decays.append(decay) }
        }
        let ranks = positions.map { p -> Double in
          // The state after p tokens: boundary state p / stride, or the final state.
          let state: ArraySlice<Float> =
            p == T
            ? run.finalState[((b * H + h) * K * V)..<((b * H + h + 1) * K * V)]
            : run.boundaryStates[
              (((b * H + h) * chunks + p / stride) * K * V)..<(((b * H + h) * chunks + p / stride
                + 1)
                * K * V)]
          return Spectra.effectiveRank(state.map(Double.init), rows: K, cols: V)
        }
        s.addSequence(ranks: ranks, decays: g == nil ? nil : decays)
      }
      updated.set(h, s)
    }
    stats = updated.values
  }
}

/// Results written by concurrent iterations, one slot each.
final class ConcurrentResults<T>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()
  init(count: Int) { slots = .init(repeating: nil, count: count) }
  func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }
  var values: [T] { lock.withLock { slots.map { $0! } } }
}
