import DeltaCodegen

/// One GEMM shape compiled to a `GemmKernelSpec` kernel, run over deltac's workers by blocks of whole
/// register tiles of C's rows. C[m,n] (=, +=) op(A)[m,k] * op(B)[k,n], row-major. Each worker packs
/// into its own `work` buffer, which this object owns (allocated once, here), so a call allocates
/// nothing.
public final class JITGemm: @unchecked Sendable {
  typealias Function =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64,
      UnsafeMutablePointer<Float>?
    ) -> Void

  public let spec: GemmKernelSpec
  public let m: Int
  let function: Function
  /// Per worker, `spec.workFloats` floats (64-byte aligned).
  let work: UnsafeMutablePointer<Float>
  let workers: Int

  public init(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, lda: Int, ldb: Int, ldc: Int,
    threads: Int, accumulate: Bool = false, lanes: Int = GemmKernelSpec.hostLanes,
    cache: KernelCache = .shared
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
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: stride * workers * MemoryLayout<Float>.size, alignment: 64)
    work = raw.bindMemory(to: Float.self, capacity: stride * workers)
  }

  let stride: Int

  deinit { work.deallocate() }

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
    let (pa, pb, pc, pw) = (
      SendablePointer(a), SendablePointer(b), SendablePointer(c), SendablePointer(work)
    )
    let (transA, lda, ldc, m, stride, function) = (
      spec.transA, spec.lda, spec.ldc, self.m, self.stride, self.function
    )
    return ParallelFor.Region(count: tiles, threads: workers) { [self] range, w in
      withExtendedLifetime(self) {
        let lo = range.lowerBound * tile
        let hi = min(m, range.upperBound * tile)
        let aBlock = transA ? pa.const! + lo : pa.const! + lo * lda
        function(
          aBlock, pb.const!, pc.pointer! + lo * ldc, Int64(hi - lo), pw.pointer! + w * stride)
      }
    }
  }
}
