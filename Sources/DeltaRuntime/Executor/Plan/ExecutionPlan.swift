import DeltaCodegen
import DeltaIR
import Foundation

/// What the steps of one run share beyond the arena: the carry of a segmented run.
final class RunContext {
  var carry: RecurrentCarry?
  init(carry: RecurrentCarry?) { self.carry = carry }
}

/// One kernel call of a plan (or a few: a node's copies, then its kernel), for node `node`.
struct Step {
  let node: Int
  /// What runs it (`deltac profile`'s path column).
  let path: KernelPath
  let run: (RunContext) throws -> Void
}

/// The production path that runs a node; every op has one (there is no fallback to the reference
/// interpreter).
public enum KernelPath: String, Sendable, CaseIterable {
  /// A JIT fused elementwise/norm kernel.
  case jit = "JIT"
  /// The JIT recurrence kernels.
  case recurrence = "JIT recurrence"
  /// The JIT'd GEMM (`JITGemm`) on views of the arena.
  case gemm = "JIT GEMM"
  /// A host kernel on the arena (HostKernels, GenericKernels).
  case host = "host"
  /// No work: a view of its operand (reshape, split, a concat of adjacent parameters).
  case view = "view"
  /// Rows copied (a concat; an operand a kernel cannot read through its view).
  case copy = "copy"
  /// Computed in the register tiles of the GEMM before it (`GemmEpilogue`); its time is the GEMM's.
  case epilogue = "GEMM epilogue"

  static func of(_ op: Op) -> KernelPath {
    switch op {
    case .fused: return .jit
    case .deltaProduct, .deltaProductGrad: return .recurrence
    case .linear, .matmul: return .gemm
    case .reshape, .split, .concat: return .view
    case .full, .embedding, .unary, .mulScalar, .addScalar, .siluGrad, .add, .sub, .mul, .div,
      .reduceSum, .reduceMean, .broadcastTo, .transpose, .conv1d, .conv1dGrad, .conv1dSilu,
      .conv1dSiluGrad, .rmsNorm, .rmsNormGrad, .gatedRMSNorm, .gatedRMSNormGrad, .l2norm,
      .l2normGrad, .crossEntropy, .crossEntropyGrad, .embeddingGrad:
      return .host
    }
  }
}

/// A graph compiled for one set of dims: one arena holding the parameters, the inputs and every
/// activation at offsets fixed in advance (`PlanLayout`, `ArenaAllocator`), and the list of kernel
/// calls over it (JIT fused kernels, the JIT recurrence, OpenBLAS GEMMs on views, the host
/// kernels). A run copies the parameters and inputs in, calls the steps, and copies the outputs out;
/// nothing in between allocates an array or runs the reference interpreter.
///
/// `@unchecked Sendable`: the arena is only touched by `run`, which holds `lock`.
final class ExecutionPlan: @unchecked Sendable {
  let dims: [String: Int]
  /// The arena's memory, on huge pages where the system grants them.
  let arenaMemory: HugePageMemory
  var arena: UnsafeMutablePointer<Float> { arenaMemory.pointer }
  /// Floats in the arena.
  let count: Int
  let ids: UnsafeMutablePointer<Int32>
  let steps: [Step]
  /// Parameters and inputs: where the run copies them.
  let feeds: [Value: (pointer: UnsafeMutablePointer<Float>, count: Int)]
  let idFeeds: [Value: (pointer: UnsafeMutablePointer<Int32>, count: Int)]
  let outputs: [(name: String, shape: [Int], view: View)]
  /// Shapes of every value (profile).
  let shapes: [Value: [Int]]
  /// The GEMMs' shared packing buffers (the steps' regions hold it too).
  let gemmWorkspace: GemmWorkspace
  /// Scratch buffers the steps own (zero states, colsum partials), freed with the plan.
  let scratch: [UnsafeMutablePointer<Float>]
  let lock = NSLock()

  var bytes: Int { count * 4 }
  /// Bytes of the arena past the parameters and inputs.
  let activationBytes: Int
  /// Bytes of the activations live while each node runs, and after the last (`ArenaAllocator.live`),
  /// and of the parameters and inputs: the trace's arena counter.
  let liveBytes: [Int]
  let fixedBytes: Int

  init(
    _ graph: Graph, dims: [String: Int], recurrence: [Int: DeltaProductKernels], threads: Int,
    cache: KernelCache
  ) throws {
    let stateCounts = try Self.stateCounts(graph, dims: dims, recurrence: recurrence)
    let layout = try PlanLayout(graph, dims: dims, stateCounts: stateCounts)
    let (offsets, count, fixed) = ArenaAllocator.place(layout.roots, nodes: graph.nodes.count)
    self.dims = dims
    activationBytes = (count - fixed) * 4
    liveBytes = ArenaAllocator.live(layout.roots, nodes: graph.nodes.count).map { $0 * 4 }
    fixedBytes = fixed * 4
    self.count = count
    arenaMemory = HugePageMemory(floats: count)
    ids = .allocate(capacity: max(layout.idCount, 1))
    shapes = layout.shapes
    var builder = StepBuilder(
      graph: graph, layout: layout, arena: arenaMemory.pointer, ids: ids, offsets: offsets,
      recurrence: recurrence, threads: threads, cache: cache)
    do {
      steps = try graph.nodes.indices.map { try builder.step($0) }
    } catch {
      for p in builder.scratch { p.deallocate() }
      ids.deallocate()
      throw error
    }
    scratch = builder.scratch
    builder.gemmWorkspace.allocate()
    gemmWorkspace = builder.gemmWorkspace
    var feeds: [Value: (UnsafeMutablePointer<Float>, Int)] = [:]
    for tv in graph.parameters + graph.inputs where tv.type.dtype != .i32 {
      feeds[tv.value] = (builder.pointer(layout.places[tv.value]!), layout.count(tv.value))
    }
    self.feeds = feeds
    let idBase = ids
    idFeeds = layout.ids.reduce(into: [:]) {
      $0[$1.key] = (idBase + $1.value, layout.count($1.key))
    }
    outputs = graph.outputs.compactMap { o in
      guard let p = layout.places[o.value] else { return nil }
      var view = p.view
      view.offset += offsets[p.root]
      return (o.name, layout.shapes[o.value]!, view)
    }
  }

  /// The trace's arena counter at node `node` (the node count: after the last node).
  func arenaSample(_ node: Int, at time: Int64) -> TraceRecorder.ArenaSample {
    TraceRecorder.ArenaSample(
      time: time, node: node, activationBytes: liveBytes[node], fixedBytes: fixedBytes)
  }

  deinit {
    for p in scratch { p.deallocate() }
    ids.deallocate()
  }

  /// Floats of the chunk-boundary states of each recurrence node (forward and grad).
  static func stateCounts(
    _ graph: Graph, dims: [String: Int], recurrence: [Int: DeltaProductKernels]
  ) throws(InterpreterError) -> [Int: Int] {
    try stateCounts(graph, dims: dims, specs: recurrence.mapValues(\.spec))
  }

  static func stateCounts(
    _ graph: Graph, dims: [String: Int], specs: [Int: DeltaKernelSpec]
  ) throws(InterpreterError) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for (i, spec) in specs {
      let node = graph.nodes[i]
      let q = try Feed.concrete(graph.types[node.inputs[0]]!.shape, dims)
      let v = try Feed.concrete(graph.types[node.inputs[2]]!.shape, dims)
      counts[i] = q[0] * q[2] * q[3] * v[4] * spec.chunks(length: q[1])
    }
    return counts
  }

  /// The bytes of the arena a run of `graph` at `dims` lays out (parameters and inputs, then the
  /// activations), without allocating it or compiling a kernel: what `MemoryEstimate` counts.
  static func arenaBytes(_ graph: Graph, dims: [String: Int]) throws -> (
    total: Int, activations: Int
  ) {
    let layout = try Self.layout(graph, dims: dims)
    let (_, count, fixed) = ArenaAllocator.place(layout.roots, nodes: graph.nodes.count)
    return (count * 4, (count - fixed) * 4)
  }
}
