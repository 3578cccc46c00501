import DeltaCodegen
import DeltaIR
import Foundation

/// Runs a graph in Float32 for training and evaluation as a compiled plan (`ExecutionPlan`): for
/// the dims of a run it lays out one arena (parameters, inputs, every activation at a fixed offset)
/// and a list of kernel calls over it: the JIT fused kernels and recurrence, OpenBLAS GEMMs on views
/// (batch folded into M, transposes as flags), the host kernels (`HostKernels`, `GenericKernels`).
/// Split, reshape and the concat of a fused projection's weights are views, not copies. The plan is
/// built on the first run at new dims and reused (a training step runs the same plan every step).
///
/// The reference interpreter is not involved: it is the oracle this executor is tested against
/// (ExecutorOracleTests), in its own target (DeltaReference) that DeltaRuntime cannot import.
public struct Executor: Sendable {
  public let graph: Graph
  public let threads: Int
  /// The kernels of every recurrence node, by node index.
  let recurrence: [Int: DeltaProductKernels]
  /// The JIT kernels of the fused nodes at the contiguous layout, by node index: compiled here so a
  /// node without a JIT kernel fails at construction. Each plan specializes them to its views (the
  /// contiguous ones come back from the kernel cache).
  public let fused: [Int: FusedKernelRunner]
  let cache: KernelCache
  /// When set, every node's run is timed into it (`deltac profile`).
  public var timings: NodeTimings?
  /// When set, every run is recorded as a timeline (`deltac profile --trace`): the feeding, each node
  /// and the outputs' copy as spans, each `ParallelFor` worker's part of a node, and the arena bytes
  /// live at each node.
  public var trace: TraceRecorder?
  /// When set, the plan's arena size is recorded into it (`deltac bench passes`).
  public var memory: MemoryMeter?
  /// The plans built so far (the last few dims), shared by copies of this executor.
  public let plans = PlanCache()

  /// Verifies `graph` and JIT-compiles (or fetches from `cache`) the kernels of its recurrence and
  /// fused nodes.
  public init(_ graph: Graph, threads: Int = ParallelFor.cores, cache: KernelCache = .shared) throws
  {
    let problems = Verifier.diagnose(graph)
    if !problems.isEmpty {
      throw InterpreterError("@\(graph.name) does not verify:\n" + problems.joined(separator: "\n"))
    }
    self.graph = graph
    self.threads = max(1, threads)
    self.cache = cache
    // The plan's GEMMs are JIT'd (`JITGemm`) and run on deltac's workers; OpenBLAS is left for the
    // per-batch-element GEMMs of an unfolded matmul, called from those workers, so its own threads
    // would only compete with them. Its kernels are the best this CPU has (`BLAS.kernels`).
    _ = BLAS.kernels
    BLAS.threads = 1
    var recurrence: [Int: DeltaProductKernels] = [:]
    var compiled: [DeltaKernelSpec: DeltaProductKernels] = [:]
    let types = graph.types
    for (i, node) in graph.nodes.enumerated() {
      guard let params = RecurrenceKernelPlan.params(node.op) else { continue }
      let spec = try RecurrenceKernelPlan.spec(
        params, q: types[node.inputs[0]]!, v: types[node.inputs[2]]!, node: node)
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
  }

  /// The bytes of the arena a run of `graph` at `dims` lays out (parameters and inputs, then the
  /// activations), computed without allocating it or compiling a kernel (`MemoryEstimate`).
  public static func arenaBytes(_ graph: Graph, dims: [String: Int]) throws -> (
    total: Int, activations: Int
  ) {
    try ExecutionPlan.arenaBytes(graph, dims: dims)
  }

  /// The graph's named outputs (all float).
  public func run(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>]
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    try runGraph(parameters: parameters, inputs: inputs, context: RunContext(carry: nil))
  }

  /// One segment of longer sequences: the recurrence starts from the state the previous segment
  /// left in `carry` and each causal conv sees the previous segment's last W-1 inputs, so running
  /// the segments in order equals running the whole sequence, in memory independent of its length.
  /// Forward graphs only (the grad ops take no carry).
  public func run(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>],
    carry: inout RecurrentCarry
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    let context = RunContext(carry: carry)
    defer { carry = context.carry! }
    return try runGraph(parameters: parameters, inputs: inputs, context: context)
  }

  /// The plan for these dims (built on first use).
  func plan(_ dims: [String: Int]) throws(InterpreterError) -> ExecutionPlan {
    do {
      return try plans.plan(dims) {
        try ExecutionPlan(
          graph, dims: dims, recurrence: recurrence, threads: threads, cache: cache)
      }
    } catch let error as InterpreterError {
      throw error
    } catch {
      throw InterpreterError("@\(graph.name): cannot plan the run: \(error)")
    }
  }

  func runGraph(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>],
    context: RunContext
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    guard let trace else {
      return try runPlan(parameters: parameters, inputs: inputs, context: context)
    }
    return try trace.recording { () throws(InterpreterError) in
      try runPlan(parameters: parameters, inputs: inputs, context: context)
    }
  }

  func runPlan(
    parameters: [String: Tensor<Float>], inputs: [String: TensorValue<Float>],
    context: RunContext
  ) throws(InterpreterError) -> [String: Tensor<Float>] {
    let start: ContinuousClock.Instant? = trace == nil ? nil : .now
    let thread = trace == nil ? 0 : TraceRecorder.threadID()
    let fed = try Feed.values(graph, parameters: parameters, inputs: inputs)
    let dims = try Feed.bindDims(graph, fed)
    let plan = try plan(dims)
    plan.lock.lock()
    defer { plan.lock.unlock() }
    try copyIn(fed, plan)
    if let trace, let start {
      trace.span(.phase("feed", category: "executor"), from: start, to: .now, thread: thread)
    }
    memory?.record(node: 0, bytes: plan.activationBytes)
    try runSteps(plan, context, thread: thread)
    timings?.finishRun()
    let copyOut: ContinuousClock.Instant? = trace == nil ? nil : .now
    if let trace, let copyOut {
      trace.enter(.phase("outputs", category: "executor"))
      trace.sample(plan.arenaSample(graph.nodes.count, at: trace.time(copyOut)))
    }
    var outputs: [String: Tensor<Float>] = [:]
    for o in plan.outputs {
      let data = [Float](unsafeUninitializedCapacity: o.view.count) { buffer, n in
        let to = View.contiguous(offset: 0, count: o.view.count, width: o.view.width)
        if let target = buffer.baseAddress {
          Copy(from: o.view, source: plan.arena, to: to, target: target).run(threads: threads)
        }
        n = o.view.count
      }
      outputs[o.name] = Tensor(shape: o.shape, data: data)
    }
    if let trace, let copyOut {
      trace.span(.phase("outputs", category: "executor"), from: copyOut, to: .now, thread: thread)
    }
    return outputs
  }

  /// The plan's kernel calls, in order, on what the arena holds: the steady-state step, which
  /// allocates nothing unless `timings` or `trace` records it.
  func runSteps(_ plan: ExecutionPlan, _ context: RunContext, thread: Int) throws(InterpreterError)
  {
    let timed = timings != nil || trace != nil
    for step in plan.steps {
      if let trace {
        trace.enter(.node(step.node, step.path))
        trace.sample(plan.arenaSample(step.node, at: trace.now()))
      }
      let started = timed ? ContinuousClock.now : nil
      do {
        try step.run(context)
      } catch {
        let node = graph.nodes[step.node]
        let message = (error as? HostKernelError)?.description ?? "\(error)"
        throw InterpreterError("\(node.result): \(node.op.name) failed: \(message)")
      }
      if let started {
        let ended = ContinuousClock.now
        trace?.span(.node(step.node, step.path), from: started, to: ended, thread: thread)
        if let timings {
          let d = (ended - started).components
          timings.record(
            node: step.node, path: step.path,
            seconds: Double(d.seconds) + Double(d.attoseconds) * 1e-18
          ) {
            let node = graph.nodes[step.node]
            return (
              node.inputs.map { plan.shapes[$0]! }, node.results.map { plan.shapes[$0.value]! }
            )
          }
        }
      }
    }
  }

  /// The parameters and inputs into the plan's arena.
  func copyIn(_ fed: [Value: TensorValue<Float>], _ plan: ExecutionPlan) throws(InterpreterError) {
    for (v, value) in fed {
      switch value {
      case .real(let t):
        guard let to = plan.feeds[v] else {
          throw InterpreterError("\(v): fed a float tensor, declared i32")
        }
        guard to.count > 0 else { continue }
        t.data.withUnsafeBufferPointer {
          HostKernels.copyRegion(
            src: $0.baseAddress!, dst: to.pointer, count: to.count, threads: threads
          ).run()
        }
      case .index(let t):
        guard let to = plan.idFeeds[v] else {
          throw InterpreterError("\(v): fed an i32 tensor, declared float")
        }
        guard to.count > 0 else { continue }
        t.data.withUnsafeBufferPointer { to.pointer.update(from: $0.baseAddress!, count: to.count) }
      }
    }
  }
}

/// The execution plans of one executor by dims, the most recent few (evaluation at several lengths
/// builds one per length; each holds its arena).
public final class PlanCache: @unchecked Sendable {
  private var plans: [(dims: [String: Int], plan: ExecutionPlan)] = []
  private let lock = NSLock()
  /// Plans kept at most.
  public let limit = 2

  public init() {}

  func plan(_ dims: [String: Int], _ make: () throws -> ExecutionPlan) throws -> ExecutionPlan {
    try lock.withLock {
      if let i = plans.firstIndex(where: { $0.dims == dims }) {
        let p = plans.remove(at: i)
        plans.append(p)
        return p.plan
      }
      let p = try make()
      plans.append((dims, p))
      if plans.count > limit { plans.removeFirst() }
      return p
    }
  }

  /// Releases every plan's arena.
  public func drain() { lock.withLock { plans.removeAll() } }

  /// Plans held.
  public var count: Int { lock.withLock { plans.count } }

  /// Bytes of the arenas held.
  public var bytes: Int { lock.withLock { plans.reduce(0) { $0 + $1.plan.bytes } } }
}
