import DeltaCodegen
import DeltaIR

/// Runs a graph in Float32 for training and evaluation: every op as the reference interpreter runs it
/// (`Interpreter<Float>`, the same kernels), except the recurrence, which goes through the JIT'd
/// kernels (`DeltaProductKernels`, parallel over batch x heads) and fused elementwise nodes, which run
/// their JIT kernels (`FusedKernelRunner`, parallel over rows). The interpreter itself stays the
/// untouched ground truth; this is a second driver over its op implementations.
///
/// Two things differ from `Interpreter.Program`:
/// - `deltaproduct` keeps the chunk-boundary states of its forward for the matching
///   `deltaproduct_grad` (the same q, k, v, beta operands), so the backward does not recompute them;
/// - a value is dropped after its last use, so a forward-only run holds only the live activations.
public struct Executor: Sendable {
  public let program: Interpreter<Float>.Program
  public let threads: Int
  /// The kernels of every recurrence node, by node index.
  let recurrence: [Int: DeltaProductKernels]
  /// The JIT kernels of the fused nodes, by node index.
  public let fused: [Int: FusedKernelRunner]
  /// Per node: the slots whose last use it is (freed after it runs); outputs are never freed.
  let frees: [[Int]]
  /// When set, every node's run is timed into it (`deltac profile`).
  public var timings: NodeTimings?
  /// When set, the activation memory of every run is measured into it (`deltac bench passes`).
  public var memory: MemoryMeter?
  /// Dead activations' storage, reused by later results of the same size (fused kernels, the
  /// recurrence); shared by copies of this executor.
  public let pool = BufferPool()
  /// Slots of parameters and inputs (the caller's storage: never pooled nor counted).
  let external: Set<Int>
  /// The graph has a memory plan (plan-memory ran): dead activations go back to `pool`.
  public let reusesBuffers: Bool

  public var graph: Graph { program.graph }

  /// Verifies `graph` and JIT-compiles (or fetches from `cache`) the kernels of its recurrence nodes.
  public init(_ graph: Graph, threads: Int = ParallelFor.cores, cache: KernelCache = .shared) throws
  {
    let program = try Interpreter<Float>.Program(graph)
    self.program = program
    self.threads = max(1, threads)
    var recurrence: [Int: DeltaProductKernels] = [:]
    var compiled: [DeltaKernelSpec: DeltaProductKernels] = [:]
    let types = graph.types
    for (i, node) in graph.nodes.enumerated() {
      guard let params = RecurrenceKernelPlan.params(node.op) else { continue }
      let spec = try RecurrenceKernelPlan.spec(
        params, q: types[node.inputs[0]], v: types[node.inputs[2]], node: node)
      if compiled[spec] == nil {
        compiled[spec] = try DeltaProductKernels(spec: spec, threads: self.threads, cache: cache)
      }
      recurrence[i] = compiled[spec]
    }
    self.recurrence = recurrence
    var fused: [Int: FusedKernelRunner] = [:]
    for (i, node) in graph.nodes.enumerated() {
      if case .fused(let k) = node.op { fused[i] = try FusedKernelRunner(k, cache: cache) }
    }
    self.fused = fused
    frees = Self.lastUses(program)
    external = Set((graph.parameters + graph.inputs).map { program.slots[$0.value]! })
    reusesBuffers = !graph.plan.isEmpty
  }

  /// The graph's named outputs (all float), as `Interpreter.run` returns them.
  public func run(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>]
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    var none: RecurrentCarry? = nil
    return try runGraph(parameters: parameters, inputs: inputs, carry: &none)
  }

  /// One segment of longer sequences: the recurrence starts from the state the previous segment
  /// left in `carry` and each causal conv sees the previous segment's last W-1 inputs, so running
  /// the segments in order equals running the whole sequence, in memory independent of its length.
  /// Forward graphs only (the grad ops take no carry).
  public func run(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>],
    carry: inout RecurrentCarry
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    var some: RecurrentCarry? = carry
    defer { carry = some! }
    return try runGraph(parameters: parameters, inputs: inputs, carry: &some)
  }

  func runGraph(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>],
    carry: inout RecurrentCarry?
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    let graph = program.graph
    let fed = try Interpreter<Float>.feed(graph, parameters: parameters, inputs: inputs)
    let dims = try Interpreter<Float>.bindDims(graph, fed)
    var values = [TensorValue<Float>?](repeating: nil, count: program.slots.count)
    for (v, t) in fed { values[program.slots[v]!] = t }
    var boundaries: [[Value]: [Float]] = [:]
    for (i, node) in graph.nodes.enumerated() {
      let operands = program.operandSlots[i].map { values[$0]! }
      let started = timings == nil ? nil : ContinuousClock.now
      let results = try Interpreter<Float>.checkedResults(of: node, dims: dims) {
        if carry != nil, let r = try carried(i, node, operands, dims: dims, carry: &carry!) {
          return r
        }
        return try execute(i, node, operands, dims: dims, boundaries: &boundaries)
      }
      if let started, let timings {
        let d = (ContinuousClock.now - started).components
        let seconds = Double(d.seconds) + Double(d.attoseconds) * 1e-18
        timings.record(node: i, seconds: seconds, operands: operands, results: results)
      }
      for (j, result) in results.enumerated() { values[program.resultSlots[i][j]] = result }
      if let memory { memory.record(node: i, bytes: liveBytes(values, boundaries)) }
      for slot in frees[i] {
        if reusesBuffers, case .real(var t)? = values[slot] {
          values[slot] = nil
          pool.give(&t.data)
        } else {
          values[slot] = nil
        }
      }
    }
    timings?.finishRun()
    if reusesBuffers { pool.endRun() }
    var outputs: [String: Tensor<Float>] = [:]
    for output in graph.outputs {
      guard case .real(let t)? = values[program.slots[output.value]!] else {
        throw InterpreterError(
          "output \(output.name): \(output.value) is i32; run returns float outputs")
      }
      outputs[output.name] = t
    }
    return outputs
  }

  func execute(
    _ i: Int, _ node: Node, _ x: [TensorValue<Float>], dims: [String: Int],
    boundaries: inout [[Value]: [Float]]
  ) throws -> [TensorValue<Float>] {
    if case .fused(let k) = node.op, let runner = fused[i] {
      let shape = try Interpreter<Float>.concrete(k.shape, dims)
      let rows = shape.dropLast().reduce(1, *)
      let out = runner.run(
        try x.map { try Interpreter<Float>.real($0).data }, rows: rows, threads: threads, pool: pool
      )
      return zip(k.results, out).map { t, data in
        .real(Tensor(shape: k.program[t].function == .colsum ? [runner.width] : shape, data: data))
      }
    }
    guard let kernels = recurrence[i] else {
      return try Interpreter<Float>.execute(node.op, x, dims: dims)
    }
    switch node.op {
    case .deltaProduct(let p):
      let (inputs, d) = try Interpreter<Float>.deltaProductInputs(p, x)
      let r = kernels.forward(inputs, dims: d, pool: pool)
      // plan-memory's choice: keep the states for the backward, or let it recompute them.
      if !p.recomputeStates { boundaries[node.inputs] = r.boundaryStates }
      let out = TensorValue<Float>.real(
        Tensor(shape: [d.batch, d.length, d.heads, d.valueDim], data: r.output))
      let state = TensorValue<Float>.real(
        Tensor(shape: [d.batch, d.heads, d.keyDim, d.valueDim], data: r.finalState))
      return p.finalState ? [out, state] : [out]
    case .deltaProductGrad(let p):
      return try backward(p, node, x, kernels, boundaries: &boundaries)
    default:
      return try Interpreter<Float>.execute(node.op, x, dims: dims)
    }
  }

  func backward(
    _ p: DeltaProductParams, _ node: Node, _ x: [TensorValue<Float>],
    _ kernels: DeltaProductKernels,
    boundaries: inout [[Value]: [Float]]
  ) throws -> [TensorValue<Float>] {
    let count = p.forwardOperandCount
    let (inputs, d) = try Interpreter<Float>.deltaProductInputs(p, Array(x[0..<count]))
    let key = Array(node.inputs[0..<count])
    // The forward of the same operands normally ran earlier in this graph; otherwise recompute it.
    let states =
      boundaries.removeValue(forKey: key) ?? kernels.forward(inputs, dims: d).boundaryStates
    let dOutput = try Interpreter<Float>.real(x[count]).data
    let dFinal = p.finalState ? try Interpreter<Float>.real(x[count + 1]).data : nil
    let g = kernels.backward(
      inputs, dims: d, boundaryStates: states, dOutput: dOutput, dFinalState: dFinal, pool: pool)
    func tensor(_ operand: Int, _ data: [Float]) -> TensorValue<Float> {
      .real(Tensor(shape: x[operand].shape, data: data))
    }
    var results = [tensor(0, g.q), tensor(1, g.k), tensor(2, g.v), tensor(3, g.beta)]
    if p.gated, let dg = g.g { results.append(tensor(4, dg)) }
    if p.initialState { results.append(tensor(count - 1, g.initialState)) }
    return results
  }
}

extension Executor {
  /// Bytes of the distinct storages of the live activations and kept recurrence states.
  func liveBytes(_ values: [TensorValue<Float>?], _ boundaries: [[Value]: [Float]]) -> Int {
    /// A storage's address and size (Float and Int32 elements are both 4 bytes).
    func storage<S>(_ a: [S]) -> (base: UnsafeRawPointer?, bytes: Int) {
      a.withUnsafeBufferPointer { ($0.baseAddress.map(UnsafeRawPointer.init), $0.count * 4) }
    }
    func storage(_ v: TensorValue<Float>) -> (base: UnsafeRawPointer?, bytes: Int) {
      switch v {
      case .real(let t): return storage(t.data)
      case .index(let t): return storage(t.data)
      }
    }
    // Parameters' and inputs' storage is the caller's: seen first, so a view of it is not counted.
    var seen = Set(external.compactMap { values[$0].flatMap { storage($0).base } })
    var bytes = 0
    let live = values.indices.filter { !external.contains($0) }.compactMap {
      values[$0].map(storage)
    }
    for (base, n) in live + boundaries.values.map(storage) {
      guard let base, seen.insert(base).inserted else { continue }
      bytes += n
    }
    return bytes
  }

  /// For each node, the operand slots used for the last time there (never parameters, inputs or
  /// outputs: those belong to the caller).
  static func lastUses(_ program: Interpreter<Float>.Program) -> [[Int]] {
    let graph = program.graph
    var keep = Set(graph.outputs.map { program.slots[$0.value]! })
    for tv in graph.parameters + graph.inputs { keep.insert(program.slots[tv.value]!) }
    var last: [Int: Int] = [:]
    for (i, slots) in program.operandSlots.enumerated() {
      for s in slots where !keep.contains(s) { last[s] = i }
    }
    // A result nobody reads is dropped right after its node.
    for (i, slots) in program.resultSlots.enumerated() {
      for s in slots where !keep.contains(s) && last[s] == nil { last[s] = i }
    }
    var frees = [[Int]](repeating: [], count: graph.nodes.count)
    for (slot, node) in last { frees[node].append(slot) }
    return frees
  }
}
