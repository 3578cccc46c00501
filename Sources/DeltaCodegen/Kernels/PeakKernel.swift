import Foundation

/// The fp32 FMA peak of one core, measured with a JIT'd kernel (toolchain.md section 7): 12 independent
/// FMA chains of `<8 x float>` (AVX2: 12 accumulators + 2 operands fit the 16 ymm registers; 12 chains
/// cover the 4-cycle FMA latency on 2 pipes) and of `<16 x float>` (AVX-512's zmm registers), the
/// faster of the two: the peak of the widest vectors the host runs. m and c are arguments so LLVM
/// cannot fold the chains away.
public enum PeakKernel {
  public typealias Fn = @convention(c) (Int64, Float, Float, UnsafeMutablePointer<Float>?) -> Void

  /// Lane counts measured; the peak is the best.
  public static let widths = [8, 16]

  public static var kernel: Kernel { kernel(lanes: 8) }

  public static func kernel(lanes: Int) -> Kernel {
    let kb = KernelBuilder()
    let acc = (0..<12).map {
      kb.variable("acc", width: lanes, .const(1 + Float($0) / 16, width: lanes))
    }
    kb.loop("it", 0, "iterations") { _ in
      for a in acc { kb.assign(a, .fma(a, "m", "c")) }
    }
    kb.store("out", 0, .hsum(acc.dropFirst().reduce(acc[0]) { $0 + $1 }))
    return Kernel(
      name: "fma_peak_12x\(lanes)",
      params: [Param("iterations", .i64), Param("m", .f32), Param("c", .f32), Param("out", .ptr)],
      body: kb.statements)
  }

  /// GFLOP/s of one thread (best of `repeats`, and of the vector widths), counting 12 x lanes x 2
  /// flops per iteration.
  public static func measure(
    iterations: Int = 100_000_000, repeats: Int = 3, cache: KernelCache = .shared
  )
    throws -> Double
  {
    var best = 0.0
    for lanes in widths {
      let fn = unsafeBitCast(
        DeltaKernels.pointer(try cache.address(of: kernel(lanes: lanes))), to: Fn.self)
      var out: Float = 0
      // The wider kernel does twice the work per iteration: half the iterations.
      let n = iterations * 8 / lanes
      for _ in 0..<repeats {
        let start = CPUClock.threadSeconds()
        fn(Int64(n), 0.999_999_9, 1e-7, &out)
        let seconds = CPUClock.threadSeconds() - start
        best = max(best, Double(n) * Double(24 * lanes) / seconds / 1e9)
      }
    }
    return best
  }

  /// GFLOP/s of `threads` threads running the kernel at the same time (the sum of each thread's
  /// best, each timed by its own CPU clock): the machine's fp32 FMA peak on that many cores.
  public static func measure(
    threads: Int, iterations: Int = 100_000_000, repeats: Int = 3, cache: KernelCache = .shared
  ) throws -> Double {
    // Compiled once, outside the threads.
    for lanes in widths { _ = try cache.address(of: kernel(lanes: lanes)) }
    let results = Results(count: threads)
    DispatchQueue.concurrentPerform(iterations: threads) { i in
      results.set(i, (try? measure(iterations: iterations, repeats: repeats, cache: cache)) ?? 0)
    }
    return results.values.reduce(0, +)
  }

  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Double]
    init(count: Int) { values = Array(repeating: 0, count: count) }
    func set(_ i: Int, _ v: Double) {
      lock.lock()
      values[i] = v
      lock.unlock()
    }
  }
}

/// CPU time of the calling thread. On a shared machine this leaves out the time other processes held the
/// core, which wall-clock timings of single-threaded kernels would count.
public enum CPUClock {
  public static func threadSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}

extension Duration {
  /// The duration in seconds, as a Double (for timings).
  public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
