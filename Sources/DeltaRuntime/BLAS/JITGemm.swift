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
/// register tiles of C's rows. C[m,n] (=, +=) op(A)[m,k] * op(B)[k,n], row-major. Each worker packs
/// into its part of a `GemmWorkspace` (the plan's shared one, or one of its own), so a call
/// allocates nothing.
public final class JITGemm: @unchecked Sendable {
  typealias Function =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64,
      UnsafeMutablePointer<Float>?
    ) -> Void

  public let spec: GemmKernelSpec
  public let m: Int
  let function: Function
  /// Per worker, `stride` floats (64-byte aligned) of the workspace.
  let workspace: GemmWorkspace
  let workers: Int

  public init(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, lda: Int, ldb: Int, ldc: Int,
    threads: Int, accumulate: Bool = false, lanes: Int = GemmKernelSpec.hostLanes,
    workspace shared: GemmWorkspace? = nil, cache: KernelCache = .shared
  ) throws {
    spec = GemmKernelSpec(
      n: n, k: k, transA: transA, transB: transB, lda: lda, ldb: ldb, ldc: ldc,
      accumulate: accumulate, lanes: lanes)
    self.m = m
    let tiles = (m + spec.rows - 1) / spec.rows
    workers = m * n * k < 1 << 18 ? 1 : max(1, min(threads, tiles))
    let address = try cache.address(of: spec.kernel)
    function = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address))!, to: Function.self)
    stride = (spec.workFloats + 15) / 16 * 16
    workspace = shared ?? GemmWorkspace()
    workspace.reserve(stride * workers)
    if shared == nil { workspace.allocate() }
  }

  let stride: Int

  /// Runs it on the workers given at init (fewer when C has few tiles of rows).
  public func run(a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>)
  {
    region(a: a, b: b, c: c).run()
  }

  /// The call on these operands as a region made once (the execution plan's), which runs without
  /// allocating.
  public func region(
    a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>
  ) -> ParallelFor.Region {
    let tile = spec.rows
    let tiles = (m + tile - 1) / tile
    let (pa, pb, pc, workspace) = (
      SendablePointer(a), SendablePointer(b), SendablePointer(c), self.workspace
    )
    let (transA, lda, ldc, m, stride, function) = (
      spec.transA, spec.lda, spec.ldc, self.m, self.stride, self.function
    )
    // The region holds the workspace (a class), and the kernel's code lives in the JIT session.
    return ParallelFor.Region(count: tiles, threads: workers) { range, w in
      let lo = range.lowerBound * tile
      let hi = min(m, range.upperBound * tile)
      let aBlock = transA ? pa.const! + lo : pa.const! + lo * lda
      function(
        aBlock, pb.const!, pc.pointer! + lo * ldc, Int64(hi - lo), workspace.base! + w * stride)
    }
  }
}
