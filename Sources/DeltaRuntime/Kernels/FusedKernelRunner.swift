import DeltaCodegen
import DeltaIR

/// Runs a `fused` node through its JIT kernel (FusedKernels), parallel over rows (`Call`). Results
/// are written straight into the plan's buffers (no zero fill); a colsum result is summed per worker
/// and the partial sums are added in worker order, so results do not depend on timing.
public struct FusedKernelRunner: Sendable {
  typealias Function =
    @convention(c) (
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, Int64, Int64
    ) -> Void

  public let kernel: FusedKernel
  public let width: Int
  let function: Function

  /// Nil when the node has no JIT kernel (too many pointers, or a symbolic row width). `rows`: per
  /// pointer (operands, then results), where its rows lie when strided (nil: contiguous).
  public init?(_ kernel: FusedKernel, rows: [RowAddress?] = [], cache: KernelCache = .shared) throws
  {
    guard FusedKernels.supports(kernel), let w = kernel.width.concrete, w > 0 else { return nil }
    self.kernel = kernel
    width = w
    let address = try cache.address(of: FusedKernels.kernel(kernel, width: w, rows: rows))
    function = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address))!, to: Function.self)
  }

  /// Whether result k is a colsum ([W], summed over rows).
  public func isColsum(_ k: Int) -> Bool { kernel.program[kernel.results[k]].function == .colsum }

  /// Floats of scratch a `Call` on `threads` workers needs.
  public func scratchCount(threads: Int) -> Int {
    kernel.results.indices.filter(isColsum).count * max(1, threads) * width
  }

  /// One node's call prepared once (the execution plan's): each worker's table of the kernel's
  /// pointer arguments is built here, so `run` allocates nothing.
  public final class Call: @unchecked Sendable {
    let width: Int
    let rows: Int
    let workers: Int
    /// workers x `FusedKernels.pointerCount` arguments.
    let table: UnsafeMutablePointer<UnsafeMutablePointer<Float>?>
    /// (result, its per-worker partial sums) of each colsum result.
    let sums: [(result: UnsafeMutablePointer<Float>, partials: UnsafeMutablePointer<Float>)]
    /// The kernel over the rows, made once.
    let region: ParallelFor.Region

    public init(
      _ runner: FusedKernelRunner, operands: [UnsafeMutablePointer<Float>],
      results: [UnsafeMutablePointer<Float>], rows: Int, threads: Int,
      scratch: UnsafeMutablePointer<Float>?
    ) {
      let (width, n) = (runner.width, FusedKernels.pointerCount)
      let workers = rows * width >= 16384 ? max(1, min(threads, rows)) : 1
      (self.width, self.rows, self.workers) = (width, rows, workers)
      let table = UnsafeMutablePointer<UnsafeMutablePointer<Float>?>.allocate(capacity: workers * n)
      table.initialize(repeating: nil, count: workers * n)
      self.table = table
      var sums: [(UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)] = []
      for w in 0..<workers {
        let q = table + w * n
        for (j, x) in operands.enumerated() { q[j] = x }
        for (k, r) in results.enumerated() { q[operands.count + k] = r }
      }
      for k in results.indices where runner.isColsum(k) {
        let partials = scratch! + sums.count * workers * width
        for w in 0..<workers { table[w * n + operands.count + k] = partials + w * width }
        sums.append((results[k], partials))
      }
      self.sums = sums
      let (f, pointers) = (runner.function, SendablePointer(table))
      // Rows claimed dynamically unless a column sum's partials follow the split.
      let grain = sums.isEmpty ? max(1, 4096 / max(1, width)) : nil
      region = ParallelFor.Region(count: rows, threads: workers, grain: grain) { range, worker in
        let q = pointers.pointer! + worker * n
        f(
          q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[8], q[9], q[10], q[11], q[12], q[13],
          q[14], q[15], Int64(range.lowerBound), Int64(range.upperBound))
      }
    }

    deinit { table.deallocate() }

    public func run() {
      for s in sums { s.partials.update(repeating: 0, count: workers * width) }
      region.run()
      for s in sums {
        s.result.update(repeating: 0, count: width)
        for worker in 0..<workers {
          let part = s.partials + worker * width
          for c in 0..<width { s.result[c] += part[c] }
        }
      }
    }
  }
}
