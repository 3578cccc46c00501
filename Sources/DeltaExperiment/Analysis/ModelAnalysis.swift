import DeltaCodegen
import DeltaDriver
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
  /// Longer sequences run in segments of about this many positions, the recurrent state carried.
  public let segmentLength: Int

  /// One recurrence node of the forward graph, in layer order.
  struct Layer {
    var params: DeltaProductParams
    var heads: Int
    var keyDim: Int
    var valueDim: Int
  }

  public init(
    evaluation: CheckpointEvaluation, length: Int? = nil, samples: Int = 64,
    segmentLength: Int = 1024
  ) {
    self.segmentLength = max(1, segmentLength)
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

  /// The evaluation graph of `spec` with each recurrence node's operands as outputs
  /// `probe.l<i>.<name>`. The statistics need q, k, v as the recurrence uses them (unit-norm keys),
  /// so this graph keeps the input activations as ops of their own (`recurrence_inputs: separate`;
  /// with them inside the recurrence, its operands are the raw projections).
  static func probe(spec: Spec) throws -> (Graph, [Layer]) {
    var separate = spec
    separate.compile.recurrenceInputs = false
    return probe(try Driver.graph(separate, for: .evaluation))
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
    let (graph, layers) = try Self.probe(spec: spec)
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
      try analyse(
        layers, executor, parameters, inputs: Array(set.inputs[(row * T)..<((row + b) * T)]),
        labels: Array(set.labels[(row * T)..<((row + b) * T)]), batch: b, into: &stats)
      row += b
      progress("analyze: \(row)/\(set.batch) sequences of \(length)")
    }
    let evaluator = Evaluator(
      programs: programs, task: evaluation.task, batchSize: batchSize,
      segmentLength: segmentLength)
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

  /// One batch of sequences of T tokens, in segments of `segment(T)` positions with the recurrent
  /// state (and conv inputs) carried, so memory is that of one segment whatever the length.
  func analyse(
    _ layers: [Layer], _ executor: Executor, _ parameters: [String: Tensor<Float>],
    inputs: [Int32], labels: [Int32], batch B: Int, into stats: inout [[HeadStatistics]]
  ) throws {
    let T = inputs.count / B
    var carry = RecurrentCarry()
    var segments = layers.map { l in
      Segments(
        state: .init(repeating: 0, count: B * l.heads * l.keyDim * l.valueDim),
        ranks: .init(repeating: [], count: B * l.heads),
        decays: .init(repeating: [], count: B * l.heads))
    }
    var start = 0
    while start < T {
      let n = min(segment(tokens: T), T - start)
      let rows = (0..<B).map { b in (b * T + start)..<(b * T + start + n) }
      let x = rows.flatMap { inputs[$0] }
      let out = try executor.run(
        parameters: parameters,
        inputs: ModelPrograms.feed(x, rows.flatMap { labels[$0] }, batch: B, length: n),
        carry: &carry)
      for (i, layer) in layers.enumerated() {
        try accumulate(
          layer, out, prefix: "probe.l\(i).", inputs: x, batch: B, start: start, length: n,
          total: T, segments: &segments[i], into: &stats[i])
      }
      start += n
    }
    for (i, layer) in layers.enumerated() {
      for b in 0..<B {
        for h in 0..<layer.heads {
          let at = b * layer.heads + h
          stats[i][h].addSequence(
            ranks: segments[i].ranks[at], decays: layer.params.gated ? segments[i].decays[at] : nil)
        }
      }
    }
  }

  /// Positions per segment: `segmentLength` rounded down to a multiple of the rank stride (so every
  /// sampled position of a segment but its last is one of the kernel's boundary states).
  func segment(tokens T: Int) -> Int {
    Self.stride(tokens: T) * max(1, segmentLength / Self.stride(tokens: T))
  }

  /// What a layer carries from one segment to the next: the state entering it [B,H,K,V], and each
  /// (b, h)'s ranks and decays at the positions sampled so far.
  struct Segments {
    var state: [Float]
    var ranks: [[Double]]
    var decays: [[Double]]
  }

  /// One layer of one segment (positions start ..< start + n of sequences of `total`): its tokens
  /// into the per-head statistics, and the effective ranks of the states at the sampled positions.
  func accumulate(
    _ layer: Layer, _ out: [String: Tensor<Float>], prefix: String, inputs: [Int32], batch B: Int,
    start: Int, length n: Int, total T: Int, segments: inout Segments,
    into stats: inout [HeadStatistics]
  ) throws {
    let (H, K, V, nh) = (layer.heads, layer.keyDim, layer.valueDim, layer.params.numHouseholder)
    let stride = Self.stride(tokens: T)
    let (k, beta) = (out[prefix + "k"]!.data, out[prefix + "beta"]!.data)
    let g = out[prefix + "g"]?.data
    // The states: the JIT recurrence from the carried state, a boundary state every `stride` tokens.
    let kernels = try DeltaProductKernels(
      spec: DeltaKernelSpec(
        keyDim: K, valueDim: V, householder: nh, chunk: stride, gated: layer.params.gated,
        scale: Float(layer.params.scale), form: .recurrent),
      threads: evaluation.programs.threads)
    let run = kernels.forward(
      RecurrenceInputs(
        q: out[prefix + "q"]!.data, k: k, v: out[prefix + "v"]!.data, beta: beta, g: g,
        initialState: segments.state, scale: Float(layer.params.scale)),
      dims: RecurrenceDims(
        batch: B, length: n, heads: H, householder: nh, keyDim: K, valueDim: V))
    segments.state = run.finalState
    let chunks = kernels.spec.chunks(length: n)
    let positions = stats[0].positions.filter { $0 > start && $0 <= start + n }
    let sampled = Set(positions)
    let (perHead, before) = (stats, segments)
    let updated = ConcurrentResults<(HeadStatistics, [[Double]], [[Double]])>(count: H)
    DispatchQueue.concurrentPerform(iterations: H) { h in
      var s = perHead[h]
      var (ranks, decays) = (
        (0..<B).map { before.ranks[$0 * H + h] }, [[Double]](repeating: [], count: B)
      )
      for b in 0..<B {
        for t in 0..<n {
          let keys = (0..<nh).map { j in
            let base = (((b * n + t) * nh + j) * H + h) * K
            return (0..<K).map { Double(k[base + $0]) }
          }
          let betas = (0..<nh).map { j in Double(beta[((b * n + t) * nh + j) * H + h]) }
          let decay = g.map { exp(Double($0[(b * n + t) * H + h])) } ?? 1
          s.addToken(keys: keys, betas: betas, decay: decay, input: Int(inputs[b * n + t]))
          if sampled.contains(start + t + 1) { decays[b].append(decay) }
        }
        for p in positions {
          // The state after p tokens: the segment's final state, or boundary state (p - start) / stride.
          let (local, at) = (p - start, b * H + h)
          let state =
            local == n
            ? run.finalState[(at * K * V)..<((at + 1) * K * V)]
            : run.boundaryStates[
              ((at * chunks + local / stride) * K * V)..<((at * chunks + local / stride + 1) * K * V)
            ]
          ranks[b].append(Spectra.effectiveRank(state.map(Double.init), rows: K, cols: V))
        }
      }
      updated.set(h, (s, ranks, decays))
    }
    for (h, (s, ranks, decays)) in updated.values.enumerated() {
      stats[h] = s
      for b in 0..<B {
        segments.ranks[b * H + h] = ranks[b]
        segments.decays[b * H + h] += decays[b]
      }
    }
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
