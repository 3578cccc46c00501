import DeltaIR

// plan-memory: buffer liveness over the whole forward + backward graph at the spec's batch and training
// length, reuse of dead buffers, and recompute-versus-store for the recurrence's boundary states.
//
// - Liveness: a value lives from its node to its last reader (graph outputs to the end; a result no
//   one reads dies at its node). `reshape` is a view: its result shares its operand's buffer, which
//   lives as long as either.
// - Reuse: nodes run in order; a result takes the smallest dead buffer that is large enough (a buffer
//   dies after its value's last reader has run, so a node never writes over its own operands), else a
//   new one. The executor's `BufferPool` hands out dead buffers the same way at run time.
// - Recurrence states: each `deltaproduct` with a `deltaproduct_grad` of the same operands keeps its
//   boundary states (B H ceil(T/C) K V floats) from the forward to the backward, unless they would be
//   more than half of the peak of everything else, in which case the backward recomputes them (one
//   more forward per step, `states=recompute` on the node).
// The decisions are `plan` lines in the IR: the peak and the footprint with and without reuse, one
// line per recurrence (stored or recomputed, and why), one per buffer with the values it holds in
// turn. Parameters, their gradients' AdamW state and per-thread kernel scratch are not activations and
// are not counted.

extension Pass {
  public static let planMemory = Pass(
    name: "plan-memory",
    summary:
      "liveness, buffer reuse and recompute vs store of recurrence states; peak activation memory"
  ) { graph, options in PlanMemory.run(graph, options) }
}

/// The memory plan of a graph at concrete dims.
public struct MemoryPlan: Sendable {
  /// One activation buffer and the values that hold it in turn (a value and its reshapes count once).
  public struct Buffer: Sendable {
    public var bytes: Int
    public var values: [Value]
  }
  /// A recurrence's boundary states: kept from the forward node to the grad node, or recomputed.
  public struct States: Sendable {
    public var forward: Int
    public var backward: Int
    public var bytes: Int
    public var store: Bool
    public var reason: String
  }
  /// Per value: the value whose buffer it uses (itself, or the root of a chain of reshapes).
  public var root: [Value: Value]
  /// Per root value: bytes, defining node, last node that reads it or one of its views
  /// (`nodeCount` for graph outputs).
  public var bytes: [Value: Int]
  public var defined: [Value: Int]
  public var lastUse: [Value: Int]
  /// Per root value: its buffer (an index in `buffers`).
  public var buffer: [Value: Int]
  public var buffers: [Buffer]
  public var states: [States]
  /// The largest sum of live activation bytes while a node runs (operands and results), and that node.
  public var peakBytes: Int
  public var peakNode: Int
  /// Every root value in its own buffer.
  public var withoutReuseBytes: Int
  public var nodeCount: Int
  /// The sum of the buffers' sizes.
  public var footprintBytes: Int { buffers.reduce(0) { $0 + $1.bytes } }

  /// The hidden value that stands for a recurrence node's boundary states in the liveness.
  public static func statesValue(_ forwardResult: Value) -> Value {
    Value(forwardResult.name + ".states")
  }
}

public enum PlanMemory {
  static func run(_ graph: Graph, _ options: PassOptions) -> Graph {
    var g = graph
    let dims = ChooseChunkSize.fallbackDims.merging(options.dims) { $1 }
    let p = plan(graph, dims: dims)
    for s in p.states where !s.store {
      for i in [s.forward, s.backward] {
        switch g.nodes[i].op {
        case .deltaProduct(var q):
          q.recomputeStates = true
          g.nodes[i].op = .deltaProduct(q)
        case .deltaProductGrad(var q):
          q.recomputeStates = true
          g.nodes[i].op = .deltaProductGrad(q)
        default: break
        }
      }
    }
    g.plan = lines(p, graph, dims: dims)
    return g
  }

  /// Bytes of a value at `dims` (nil when a dim is unbound).
  static func byteCount(_ t: TensorType, _ dims: [String: Int]) -> Int? {
    guard let n = t.shape.elementCount.evaluate(dims) else { return nil }
    return n * (t.dtype == .f64 ? 8 : 4)
  }

  /// Forward/grad pairs of recurrence nodes (the grad node reads the forward's operands).
  static func recurrencePairs(_ graph: Graph) -> [(forward: Int, backward: Int)] {
    var forwardOf: [[Value]: Int] = [:]
    var pairs: [(Int, Int)] = []
    for (i, node) in graph.nodes.enumerated() {
      switch node.op {
      case .deltaProduct(let p):
        forwardOf[Array(node.inputs[0..<p.forwardOperandCount])] = i
      case .deltaProductGrad(let p):
        if let f = forwardOf[Array(node.inputs[0..<p.forwardOperandCount])] { pairs.append((f, i)) }
      default: break
      }
    }
    return pairs
  }

  /// The plan at concrete `dims` (values whose size cannot be evaluated count 0 bytes).
  public static func plan(_ graph: Graph, dims: [String: Int]) -> MemoryPlan {
    let n = graph.nodes.count
    var root: [Value: Value] = [:]
    var bytes: [Value: Int] = [:]
    var defined: [Value: Int] = [:]
    var lastUse: [Value: Int] = [:]
    var order: [Value] = []
    let external = Set((graph.parameters + graph.inputs).map(\.value))
    for (i, node) in graph.nodes.enumerated() {
      for v in node.inputs where !external.contains(v) {
        if let r = root[v] { lastUse[r] = max(lastUse[r] ?? i, i) }
      }
      for (j, r) in node.results.enumerated() {
        if case .reshape = node.op, j == 0, let src = root[node.inputs[0]] {
          root[r.value] = src
          continue
        }
        root[r.value] = r.value
        bytes[r.value] = byteCount(r.type, dims) ?? 0
        defined[r.value] = i
        lastUse[r.value] = i
        order.append(r.value)
      }
    }
    for o in graph.outputs { if let r = root[o.value] { lastUse[r] = n } }

    // Recurrence states: stored unless larger than half of everything else's peak.
    let types = graph.types
    let pairs = recurrencePairs(graph)
    let basePeak = peak(order, bytes, defined, lastUse, nodeCount: n).bytes
    var states: [MemoryPlan.States] = []
    for (f, b) in pairs {
      let node = graph.nodes[f]
      guard case .deltaProduct(let p) = node.op,
        let problem = ChunkCostModel.Problem(node, types: types, dims: dims, backward: false)
      else { continue }
      let choice = p.chunk.resolved(householder: p.numHouseholder)
      let chunk = choice.tokens ?? 1
      let stored = ChunkCostModel.stateBytes(choice, problem)
      let rerun = ChunkCostModel().cost(choice, problem).total
      let share = basePeak > 0 ? Double(stored) / Double(basePeak) : 0
      let store = stored * 2 <= basePeak
      let what =
        "\(megabytes(stored)) (every \(chunk) tokens, \(percent(share)) of the other activations' peak)"
      let reason =
        store
        ? "store \(what); recomputing would re-run the forward in the backward (model \(ChooseChunkSize.milliseconds(rerun)))"
        : "recompute in the backward (model \(ChooseChunkSize.milliseconds(rerun)) more): storing would take \(what)"
      states.append(.init(forward: f, backward: b, bytes: stored, store: store, reason: reason))
      if store {
        let sv = MemoryPlan.statesValue(node.results[0].value)
        root[sv] = sv
        bytes[sv] = stored
        defined[sv] = f
        lastUse[sv] = b
        order.append(sv)
      }
    }
    order.sort { (defined[$0]!, $0.name) < (defined[$1]!, $1.name) }
    let (peakBytes, peakNode) = peak(order, bytes, defined, lastUse, nodeCount: n)

    // Buffers: at node i, results take the smallest dead buffer that fits; buffers of values last
    // used at i die after it.
    var buffers: [MemoryPlan.Buffer] = []
    var buffer: [Value: Int] = [:]
    var dead: [Int] = []
    var byDefinition = [[Value]](repeating: [], count: n + 1)
    var byLastUse = [[Value]](repeating: [], count: n + 1)
    for v in order {
      byDefinition[defined[v]!].append(v)
      byLastUse[lastUse[v]!].append(v)
    }
    for i in 0..<n {
      for v in byDefinition[i] {
        let size = bytes[v]!
        let fit = dead.filter { buffers[$0].bytes >= size }.min {
          (buffers[$0].bytes, $0) < (buffers[$1].bytes, $1)
        }
        if let fit {
          dead.removeAll { $0 == fit }
          buffers[fit].values.append(v)
          buffer[v] = fit
        } else {
          buffer[v] = buffers.count
          buffers.append(.init(bytes: size, values: [v]))
        }
      }
      for v in byLastUse[i] { dead.append(buffer[v]!) }
    }
    return MemoryPlan(
      root: root, bytes: bytes, defined: defined, lastUse: lastUse, buffer: buffer,
      buffers: buffers,
      states: states, peakBytes: peakBytes, peakNode: peakNode,
      withoutReuseBytes: order.reduce(0) { $0 + bytes[$1]! }, nodeCount: n)
  }

  /// The largest sum of live bytes over the nodes, and the node where it is reached.
  static func peak(
    _ values: [Value], _ bytes: [Value: Int], _ defined: [Value: Int], _ lastUse: [Value: Int],
    nodeCount n: Int
  ) -> (bytes: Int, node: Int) {
    var delta = [Int](repeating: 0, count: n + 2)
    for v in values {
      delta[defined[v]!] += bytes[v]!
      delta[min(lastUse[v]!, n) + 1] -= bytes[v]!
    }
    var live = 0
    var best = (bytes: 0, node: 0)
    for i in 0..<n {
      live += delta[i]
      if live > best.bytes { best = (live, i) }
    }
    return best
  }

  /// The `plan` lines of the IR.
  static func lines(_ p: MemoryPlan, _ graph: Graph, dims: [String: Int]) -> [String] {
    let at = dims.keys.sorted().map { "\($0)=\(dims[$0]!)" }.joined(separator: " ")
    let peakAt =
      graph.nodes.isEmpty ? "" : " while \(graph.nodes[p.peakNode].results[0].value) is computed"
    var out = [
      "peak activations \(megabytes(p.peakBytes)) at \(at)\(peakAt)",
      "buffers \(megabytes(p.footprintBytes)) in \(p.buffers.count) buffers for \(p.bytes.count) values"
        + " (without reuse \(megabytes(p.withoutReuseBytes)))",
    ]
    for s in p.states {
      out.append("recurrence \(graph.nodes[s.forward].results[0].value): \(s.reason)")
    }
    for (i, b) in p.buffers.enumerated() {
      out.append(
        "buffer \(i) \(megabytes(b.bytes)): " + b.values.map(\.name).joined(separator: " "))
    }
    return out
  }

  /// `12.34 MB` (10^6 bytes), `0.012 MB`.
  public static func megabytes(_ bytes: Int) -> String {
    let ms = ChooseChunkSize.milliseconds(Double(bytes) / 1e9)
    return String(ms.dropLast(3)) + " MB"
  }

  static func percent(_ x: Double) -> String {
    let p = (x * 1000).rounded() / 10
    return "\(p)%"
  }
}
