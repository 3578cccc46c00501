import DeltaCodegen
import DeltaIR

/// Runs a `fused` node through its JIT kernel (FusedKernels), parallel over rows. Results are
/// written straight into uninitialized arrays (no zero fill); a colsum result is summed per worker
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

  /// The node's results for float operands of `rows` rows; `threads` workers when the work is large
  /// enough to pay for them.
  public func run(
    _ operands: [[Float]], rows: Int, threads: Int, pool: BufferPool? = nil
  ) -> [[Float]] {
    let workers = rows * width >= 16384 ? max(1, min(threads, rows)) : 1
    let colsum = kernel.results.map { kernel.program[$0].function == .colsum }
    var partials = colsum.map { $0 ? [Float](repeating: 0, count: workers * width) : [] }
    let full = Self.withPointers(operands) { inputs in
      Self.outputs(colsum.map { $0 ? 0 : rows * width }, pool: pool) { outputs in
        Self.withMutablePointers(&partials) { sums in
          ParallelFor.run(count: rows, threads: workers) { range, w in
            var p = [UnsafeMutablePointer<Float>?](repeating: nil, count: FusedKernels.pointerCount)
            for (j, x) in inputs.enumerated() { p[j] = x.pointer }
            for k in colsum.indices {
              p[inputs.count + k] =
                colsum[k] ? sums[k].pointer.map { $0 + w * width } : outputs[k].pointer
            }
            function(
              p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12],
              p[13], p[14], p[15], Int64(range.lowerBound), Int64(range.upperBound))
          }
        }
      }
    }
    return colsum.indices.map { k in
      guard colsum[k] else { return full[k] }
      var sum = [Float](repeating: 0, count: width)
      for w in 0..<workers { for c in 0..<width { sum[c] += partials[k][w * width + c] } }
      return sum
    }
  }

  /// Whether result k is a colsum ([W], summed over rows).
  public func isColsum(_ k: Int) -> Bool { kernel.program[kernel.results[k]].function == .colsum }

  /// Floats of scratch `run(operands:results:rows:threads:scratch:)` needs.
  public func scratchCount(threads: Int) -> Int {
    kernel.results.indices.filter(isColsum).count * max(1, threads) * width
  }

  /// The kernel over `rows` rows on the caller's buffers (the execution plan's arena): operands and
  /// results in the node's order; a colsum result is summed per worker into `scratch` (of
  /// `scratchCount(threads:)` floats) and the partial sums are added in worker order.
  public func run(
    operands: [UnsafeMutablePointer<Float>], results: [UnsafeMutablePointer<Float>], rows: Int,
    threads: Int, scratch: UnsafeMutablePointer<Float>?
  ) {
    Call(
      self, operands: operands, results: results, rows: rows, threads: threads, scratch: scratch
    ).run()
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
      region = ParallelFor.Region(count: rows, threads: workers) { range, worker in
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

  /// Calls `body` with the base addresses of every array.
  static func withPointers<R>(
    _ arrays: [[Float]], _ i: Int = 0, _ done: [SendablePointer<Float>] = [],
    _ body: ([SendablePointer<Float>]) -> R
  ) -> R {
    if i == arrays.count { return body(done) }
    return arrays[i].withUnsafeBufferPointer {
      withPointers(arrays, i + 1, done + [SendablePointer($0.baseAddress)], body)
    }
  }

  static func withMutablePointers<R>(
    _ arrays: inout [[Float]], _ i: Int = 0, _ done: [SendablePointer<Float>] = [],
    _ body: ([SendablePointer<Float>]) -> R
  ) -> R {
    if i == arrays.count { return body(done) }
    var a = arrays[i]
    arrays[i] = []
    defer { arrays[i] = a }
    return a.withUnsafeMutableBufferPointer {
      withMutablePointers(&arrays, i + 1, done + [SendablePointer($0.baseAddress)], body)
    }
  }

  /// Arrays of these sizes from `pool` (else fresh), filled by `body` (which writes every element).
  static func outputs(
    _ counts: [Int], pool: BufferPool?, _ body: ([SendablePointer<Float>]) -> Void
  ) -> [[Float]] {
    guard let pool else { return uninitialized(counts, 0, [], body) }
    var arrays: [[Float]] = counts.map { $0 == 0 ? [] : pool.take($0, zeroed: false) }
    withMutablePointers(&arrays, 0, [], body)
    return arrays
  }

  /// Arrays of these sizes, filled by `body` (which must write every element).
  static func uninitialized(
    _ counts: [Int], _ i: Int = 0, _ done: [SendablePointer<Float>] = [],
    _ body: ([SendablePointer<Float>]) -> Void
  ) -> [[Float]] {
    if i == counts.count {
      body(done)
      return []
    }
    var rest: [[Float]] = []
    let a = [Float](unsafeUninitializedCapacity: counts[i]) { buffer, n in
      rest = uninitialized(counts, i + 1, done + [SendablePointer(buffer.baseAddress)], body)
      n = counts[i]
    }
    return [a] + rest
  }
}
