import DeltaCodegen

/// Per-worker packing buffers shared by GEMMs that never run at the same time (an execution plan's
/// run one after another): sized by every GEMM's `reserve`, allocated once by `allocate`, before the
/// first run. One buffer for the plan instead of one per GEMM node (lm: 51 nodes, up to 5.6 MB each).
public final class GemmWorkspace: @unchecked Sendable {
  private(set) var floats = 0
  private(set) var base: UnsafeMutablePointer<Float>?

  public init() {}

  func reserve(_ count: Int) {
    precondition(base == nil, "GemmWorkspace: reserve after allocate")
    floats = max(floats, count)
  }

  /// Allocates the buffer (once; later calls do nothing).
  public func allocate() {
    guard base == nil else { return }
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(floats, 16) * MemoryLayout<Float>.size, alignment: 64)
    base = raw.bindMemory(to: Float.self, capacity: max(floats, 16))
  }

  deinit { base?.deallocate() }
}

/// One GEMM shape compiled to a `GemmKernelSpec` kernel, run over deltac's workers by blocks of whole
/// register tiles of C's rows (claimed dynamically when B stays packed: `GemmKernelSpec.residentB`).
/// C[m,n] (=, +=) op(A)[m,k] * op(B)[k,n], row-major. Each worker packs into its part of a
/// `GemmWorkspace` (the plan's shared one, or one of its own), so a call allocates nothing.
public final class JITGemm: @unchecked Sendable {
  typealias Function =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64,
      UnsafeMutablePointer<Float>?, Int64
    ) -> Void

  /// With an epilogue (`GemmKernelSpec.epilogue`): the fused node's pointers after the six.
  typealias EpilogueFunction =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64,
      UnsafeMutablePointer<Float>?, Int64,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?
    ) -> Void

  public let spec: GemmKernelSpec
  public let m: Int
  /// Per worker, `stride` floats (64-byte aligned) of the workspace.
  let workspace: GemmWorkspace
  let workers: Int

  public init(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, lda: Int, ldb: Int, ldc: Int,
    threads: Int, accumulate: Bool = false, lanes: Int = GemmKernelSpec.hostLanes,
    workspace shared: GemmWorkspace? = nil, cache: KernelCache = .shared, kSplit: Bool? = nil,
    epilogue: GemmEpilogueSpec? = nil
  ) throws {
    // kSplit: nil follows `kParts`; false splits rows only; true splits K wherever A^T and K allow.
    spec = GemmKernelSpec(
      n: n, k: k, transA: transA, transB: transB, lda: lda, ldb: ldb, ldc: ldc,
      accumulate: accumulate, lanes: lanes, epilogue: epilogue,
      residentB: !transA && k * n <= Self.residentLimit)
    if epilogue != nil, !Self.allowsEpilogue(spec) {
      throw InterpreterError("GEMM \(spec.name): an epilogue needs C =, A not transposed")
    }
    self.m = m
    let tiles = (m + spec.rows - 1) / spec.rows
    workers = m * n * k < 1 << 18 ? 1 : max(1, min(threads, tiles))
    stride = Self.workStride(spec)
    packs = spec.residentB ? PackOnce(workers: workers) : nil
    let parts =
      kSplit == false || epilogue != nil
      ? nil
      : Self.kParts(transA: transA, m: m, n: n, k: k, threads: threads, always: kSplit == true)
    let spec = spec  // the closure below may not capture self before every member is set
    split = try parts.map { try KSplit(spec: spec, m: m, parts: $0, cache: cache) }
    entry = split == nil ? try Self.entry(spec, cache: cache) : nil
    let workFloats = split.map { $0.stride * $0.parts.count + $0.partialFloats } ?? stride * workers
    workspace = shared ?? GemmWorkspace()
    workspace.reserve(workFloats)
    if shared == nil { workspace.allocate() }
  }

  /// Which calls pack B, for a resident B (each worker's first in a run); nil otherwise.
  let packs: PackOnce?
  /// Floats of B (K x N) up to which it stays packed in each worker's workspace for the whole
  /// call (`GemmKernelSpec.residentB`), so the rows can be split dynamically: 2 MB (a worker's
  /// workspace grows from at most 1 MB to at most 2 MB), every forward and input-gradient GEMM of
  /// tiny and small (up to small's 1808 x 256).
  static let residentLimit = 1 << 19

  /// Row tiles a worker claims at least at once in a dynamic split (48 rows of C).
  static let grain = 4

  let stride: Int
  /// The JIT'd code of `spec`'s kernel, a `Function`, or with an epilogue an `EpilogueFunction`
  /// (nil when K is split: `split` holds its parts' kernels).
  let entry: UnsafeRawPointer?

  /// Where the JIT put `spec`'s kernel.
  static func entry(_ spec: GemmKernelSpec, cache: KernelCache) throws -> UnsafeRawPointer {
    UnsafeRawPointer(bitPattern: UInt(try cache.address(of: spec.kernel)))!
  }

  /// The JIT'd function of `spec`'s kernel (without an epilogue).
  static func compile(_ spec: GemmKernelSpec, cache: KernelCache) throws -> Function {
    unsafeBitCast(try entry(spec, cache: cache), to: Function.self)
  }

  /// Whether `spec`'s shape can carry an epilogue: the tiles of the last K block hold the final C
  /// (no accumulation into C; rows of C split between the workers, not K: A not transposed).
  public static func allowsEpilogue(_ spec: GemmKernelSpec) -> Bool {
    !spec.transA && !spec.accumulate
  }

  /// A worker's floats of the workspace for `spec`, rounded up to 64 bytes.
  static func workStride(_ spec: GemmKernelSpec) -> Int { (spec.workFloats + 15) / 16 * 16 }

  /// Set when K is split between the workers (`kParts`).
  let split: KSplit?
  /// The workers' parts of K when it is split between them (nil: C's rows are split).
  public var kSplit: [Range<Int>]? { split?.parts }

  /// The K ranges of the workers when a weight gradient's C is small (A^T, K >= 2048 the tokens, M
  /// <= 256): split by rows, every worker packed all of B (K x N) for a few row tiles of C, and
  /// 128 rows split 5 + 6 tiles of 12 (68 / 60 rows). Each worker now takes a part of K (a multiple
  /// of the A^T K block, 256) and packs only its part of B. Measured in one process, alternating, 2
  /// threads, L2 flushed before each call (GFLOP/s, rows -> K split, two runs): 64x128x4096 84 / 105
  /// -> 90 / 120, 128x128x4096 147 / 142 -> 167 / 169, 128x512x4096 175 / 195 -> 197 / 210,
  /// 256x256x4096 229 / 230 -> 243 / 245, 256x768x4096 235 / 243 -> 240 / 244; at M = 648 and 1024
  /// no better (245 / 237 -> 249 / 228, 220 / 205 -> 224 / 238). In tiny's step (two plans in one
  /// process, alternating) its weight gradients took 11.9 / 12.9 / 12.0 -> 11.0 / 12.0 / 11.2 ms.
  /// Nil otherwise.
  static func kParts(transA: Bool, m: Int, n: Int, k: Int, threads: Int, always: Bool = false)
    -> [Range<Int>]?
  {
    guard transA, threads > 1, k >= 2048, always || m <= 256, m * n * k >= 1 << 18 else {
      return nil
    }
    let per = ((k + threads - 1) / threads + 255) / 256 * 256  // covers K: per * threads >= k
    return (0..<threads).map { w in min(k, w * per)..<min(k, (w + 1) * per) }.filter {
      !$0.isEmpty
    }
  }

  /// Runs it on the workers given at init (fewer when C has few tiles of rows); `epilogue`: the fused
  /// node's pointers (operands, then results) at their first row, when the spec has an epilogue.
  public func run(
    a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
    epilogue: [UnsafeMutablePointer<Float>?] = []
  ) {
    region(a: a, b: b, c: c, epilogue: epilogue).run()
  }

  /// The call on these operands as a region made once (the execution plan's), which runs without
  /// allocating.
  public func region(
    a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
    epilogue: [UnsafeMutablePointer<Float>?] = []
  ) -> ParallelFor.Region {
    if let e = spec.epilogue { return epilogueRegion(a: a, b: b, c: c, e, pointers: epilogue) }
    if let split { return split.region(gemm: self, a: a, b: b, c: c) }
    let (pa, pb, pc, workspace) = (
      SendablePointer(a), SendablePointer(b), SendablePointer(c), self.workspace
    )
    let (transA, lda, ldc, stride) = (spec.transA, spec.lda, spec.ldc, self.stride)
    let function = unsafeBitCast(entry!, to: Function.self)
    // The region holds the workspace (a class), and the kernel's code lives in the JIT session.
    return rows { lo, hi, w, pack in
      let aBlock = transA ? pa.const! + lo : pa.const! + lo * lda
      function(
        aBlock, pb.const!, pc.pointer! + lo * ldc, Int64(hi - lo), workspace.base! + w * stride,
        pack)
    }
  }

  /// The region over C's rows in whole register tiles: `call(lo, hi, worker, pack)` per block of
  /// rows. One part per worker; or with a resident B, claimed dynamically (`ParallelFor.Region`'s
  /// grain), each run starting a new round of `packs` so that a worker packs on its first call.
  func rows(_ call: @escaping @Sendable (Int, Int, Int, Int64) -> Void) -> ParallelFor.Region {
    let (tile, m) = (spec.rows, self.m)
    let packs = self.packs
    let tiles = ParallelFor.Region(
      count: (m + tile - 1) / tile, threads: workers, grain: packs.map { _ in Self.grain }
    ) { range, w in
      call(range.lowerBound * tile, min(m, range.upperBound * tile), w, packs?.pack(w) ?? 1)
    }
    guard let packs else { return tiles }
    return ParallelFor.Region(count: 1, threads: 1) { _, _ in
      packs.next()
      tiles.run()
    }
  }
}

extension JITGemm {
  /// The region of a GEMM with an epilogue: each worker's row block, the fused node's pointers
  /// moved to its first row (columns stay).
  func epilogueRegion(
    a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
    _ e: GemmEpilogueSpec, pointers: [UnsafeMutablePointer<Float>?]
  ) -> ParallelFor.Region {
    precondition(pointers.count == e.strides.count, "one pointer per operand and result")
    let function = unsafeBitCast(entry!, to: EpilogueFunction.self)
    let cols = e.kernel.operands.map { $0 == .col } + e.kernel.results.map { _ in false }
    let strides = zip(e.strides, cols).map { $1 ? 0 : $0 }
    let (pa, pb, pc, workspace) = (
      SendablePointer(a), SendablePointer(b), SendablePointer(c), self.workspace
    )
    let ps = pointers.map { SendablePointer($0) }
    let (lda, ldc, stride) = (spec.lda, spec.ldc, self.stride)
    return rows { lo, hi, w, pack in
      // Pointer j at the block's first row (no array: a steady-state step allocates nothing).
      func p(_ j: Int) -> UnsafeMutablePointer<Float>? {
        j < ps.count ? ps[j].pointer.map { $0 + lo * strides[j] } : nil
      }
      function(
        pa.const! + lo * lda, pb.const!, pc.pointer! + lo * ldc, Int64(hi - lo),
        workspace.base! + w * stride, pack, p(0), p(1), p(2), p(3), p(4), p(5), p(6), p(7), p(8),
        p(9), p(10), p(11), p(12), p(13), p(14), p(15))
    }
  }
}

/// Which calls of a resident-B GEMM (`GemmKernelSpec.residentB`) pack B: in each run of its
/// region (`next`), a worker's first call; its later ones find B packed in its workspace. Each
/// worker reads and writes only its own entry; `next` runs before the region is handed to them.
final class PackOnce: @unchecked Sendable {
  private var round = 0
  private let packed: UnsafeMutablePointer<Int>

  init(workers: Int) {
    packed = .allocate(capacity: workers)
    packed.initialize(repeating: -1, count: workers)
  }

  deinit { packed.deallocate() }

  func next() { round &+= 1 }

  /// 1 on worker w's first call of this round, then 0.
  func pack(_ w: Int) -> Int64 {
    guard packed[w] != round else { return 0 }
    packed[w] = round
    return 1
  }
}

/// A GEMM whose K is split between the workers: worker w computes op(A)[:, K_w] op(B)[K_w, :] with
/// a kernel compiled for its part's length, worker 0 into C (=, += as the GEMM), the others into
/// their own block of partial sums; the partials are then added into C in worker order, rows split
/// between the workers (a second region), so C's bits do not depend on timing.
struct KSplit: Sendable {
  let parts: [Range<Int>]
  let functions: [JITGemm.Function]
  let stride: Int
  let m: Int
  let n: Int
  var partialFloats: Int { (parts.count - 1) * m * n }

  init(spec: GemmKernelSpec, m: Int, parts: [Range<Int>], cache: KernelCache) throws {
    self.parts = parts
    self.m = m
    n = spec.n
    var specs: [GemmKernelSpec] = []
    for (w, part) in parts.enumerated() {
      var s = spec
      s.k = part.count
      if w > 0 { (s.ldc, s.accumulate) = (spec.n, false) }
      specs.append(s)
    }
    functions = try specs.map { try JITGemm.compile($0, cache: cache) }
    stride = specs.map(JITGemm.workStride).max()!
  }

  func region(
    gemm: JITGemm, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>
  ) -> ParallelFor.Region {
    let spec = gemm.spec
    let (pa, pb, pc, workspace) = (
      SendablePointer(a), SendablePointer(b), SendablePointer(c), gemm.workspace
    )
    let (parts, functions, stride, m, n) = (self.parts, self.functions, self.stride, m, n)
    let (lda, ldb, ldc, transB) = (spec.lda, spec.ldb, spec.ldc, spec.transB)
    let partialBase = stride * parts.count
    let add = ParallelFor.Region(count: m, threads: parts.count) { range, _ in
      let partials = workspace.base! + partialBase
      for i in range {
        let row = pc.pointer! + i * ldc
        for p in 1..<parts.count {
          let partial = partials + (p - 1) * m * n + i * n
          for j in 0..<n { row[j] += partial[j] }
        }
      }
    }
    let products = ParallelFor.Region(count: parts.count, threads: parts.count) { range, _ in
      for w in range {
        let k0 = parts[w].lowerBound
        let out = w == 0 ? pc.pointer! : workspace.base! + partialBase + (w - 1) * m * n
        functions[w](
          pa.const! + k0 * lda, pb.const! + (transB ? k0 : k0 * ldb), out, Int64(m),
          workspace.base! + w * stride, 1)
      }
    }
    return ParallelFor.Region(count: 1, threads: 1) { _, _ in
      products.run()
      add.run()
    }
  }
}
