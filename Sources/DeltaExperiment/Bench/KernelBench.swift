import DeltaCodegen
import DeltaIR
import DeltaReference
import DeltaRuntime
import Foundation

/// `deltac bench kernels`: time and GFLOP/s of the JIT'd recurrence kernels against the machine's FMA peak.
///
/// FLOP convention ("model FLOPs", reference 3.3): forward n (4 Dk Dv) + 2 Dk Dv per token per head, whatever
/// the form (the chunked form does more arithmetic; it is reported against the same count). Backward: twice
/// the forward, which is exactly the arithmetic of the reference 4.2 backward (4 rank-1/matvec ops per step,
/// 2 per token); the recompute of the forward inside each chunk is not counted.
public struct KernelBench: Sendable {
  public var quick = false
  public var dims: [Int] = [32, 64, 128]
  public var householder: [Int] = [1, 2, 3]
  public var lengths: [Int] = [128, 512, 4096]
  public var forms: [DeltaKernelSpec.Form] = [.recurrent, .chunked]
  /// Chunk in tokens; nil: 16 for the recurrent form, the kernels' default for the chunked form.
  public var chunk: Int?
  public var threads = 1
  public var gated = false
  public var repeats = 5
  public var reference = true

  public init() {}

  /// Forms named on the command line: `recurrent`, `chunked` or `both`.
  public static func forms(_ name: String) -> [DeltaKernelSpec.Form] {
    switch name {
    case "recurrent": return [.recurrent]
    case "chunked": return [.chunked]
    default: return [.recurrent, .chunked]
    }
  }

  /// The kernel specialization of one configuration.
  func spec(dk: Int, n: Int, form: DeltaKernelSpec.Form) -> DeltaKernelSpec {
    let schedule: ChunkSize =
      form == .recurrent ? .recurrent(chunk ?? 16) : chunk.map { .fixed($0) } ?? .auto
    return DeltaKernelSpec(
      keyDim: dk, valueDim: dk, householder: n, schedule: schedule, gated: gated)
  }

  /// The kernels of the first configuration as kernel IR, LLVM IR or assembly (`--dump`); nil for an
  /// unknown kind.
  public func dump(_ kind: String) throws -> String? {
    guard let kind = KernelDumps.Kind(rawValue: kind) else { return nil }
    return try KernelDumps.dump(
      spec(dk: dims[0], n: householder[0], form: forms[0]), kind, target: .host)
  }

  /// Runs every configuration, printing a table line by line.
  public func run(print: (String) -> Void) throws {
    let cache = KernelCache.shared
    let peak = try PeakKernel.measure(iterations: quick ? 30_000_000 : 100_000_000)
    print(
      String(
        format: "fp32 FMA peak (JIT, 12 FMA chains, 8 or 16 lanes, 1 thread): %.1f GFLOP/s", peak))
    print(try compileTimes())
    print("load average: \(LoadAverage.text()) (2 cores, shared: numbers are noisy)")
    print(
      threads == 1
        ? "times: CPU time of the calling thread (preemption by other processes excluded)"
        : "times: wall clock")
    print(
      "model FLOPs: fwd = B H T (n 4 Dk Dv + 2 Dk Dv), bwd = 2 x fwd; % of peak x \(threads) thread(s)"
    )
    print(
      "  Dk  n     T  BxH  form     fwd ms best/med    GF/s  %pk   bwd ms best/med    GF/s  %pk   ref fwd ms"
    )
    for d in quick ? [64] : dims {
      for n in householder {
        for t in quick ? [512] : lengths {
          for f in forms {
            print(try benchOne(dk: d, n: n, length: t, form: f, peak: peak, cache: cache))
          }
        }
      }
    }
  }

  /// Cold compile (IR -> O3 -> object -> link) of one spec's three kernels, then the same from a warm disk
  /// cache in a fresh JIT, then from memory.
  func compileTimes() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-bench-cache-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let spec = DeltaKernelSpec(keyDim: 64, valueDim: 64, householder: 2, chunk: 32, gated: true)
    func wall(_ body: () throws -> Void) rethrows -> Double {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    let cold = KernelCache(directory: dir, session: try JITSession())
    let coldMs = try wall { _ = try DeltaKernels(spec: spec, cache: cold) }
    let warm = KernelCache(directory: dir, session: try JITSession())
    let warmMs = try wall { _ = try DeltaKernels(spec: spec, cache: warm) }
    let memoryMs = try wall { _ = try DeltaKernels(spec: spec, cache: warm) }
    return String(
      format:
        "compile %@ (fwd+bwd+step): cold %.0f ms, warm disk cache %.1f ms, memory cache %.2f ms (wall)",
      spec.suffix as NSString, coldMs, warmMs, memoryMs)
  }

  func benchOne(
    dk: Int, n: Int, length: Int, form: DeltaKernelSpec.Form, peak: Double, cache: KernelCache
  ) throws
    -> String
  {
    let spec = spec(dk: dk, n: n, form: form)
    let perHeadToken = Double(n * 4 * dk * dk + 2 * dk * dk)
    // About 0.1 GFLOP per forward call, at least one head per thread.
    let heads = min(32, max(threads, Int(1e8 / (perHeadToken * Double(length)))))
    let dims = DeltaProductReference.Dims(
      batch: 1, length: length, heads: heads, householder: n, keyDim: dk, valueDim: dk)
    let runner = try DeltaProductKernels(spec: spec, threads: threads, cache: cache)
    let x = TimingInputs(dims: dims, gated: gated)
    // Outputs are allocated once (as a training loop would), so page faults and zero-filling of fresh
    // buffers are not timed: only the kernels.
    var forward = runner.forward(x.inputs, dims: dims)
    var gradients = runner.backward(
      x.inputs, dims: dims, boundaryStates: forward.boundaryStates, dOutput: x.dOutput,
      dFinalState: nil)
    let fwdTimes = time(repeats) { runner.forward(x.inputs, dims: dims, into: &forward) }
    let bwdTimes = time(repeats) {
      runner.backward(
        x.inputs, dims: dims, boundaryStates: forward.boundaryStates, dOutput: x.dOutput,
        dFinalState: nil,
        into: &gradients)
    }
    let flops = perHeadToken * Double(length * heads)
    let ref = reference ? String(format: "%.1f", referenceMs(dims: dims)) : "-"
    let f = stats(fwdTimes)
    let b = stats(bwdTimes)
    let pk = peak * Double(threads)
    return String(
      format:
        "%4d %2d %5d %4d  %-7@ %7.2f / %7.2f  %6.1f %4.0f%%  %7.2f / %7.2f  %6.1f %4.0f%%  %10@",
      dk, n, length, heads, spec.suffix.split(separator: "_")[3].description as NSString,
      f.best * 1e3, f.median * 1e3, flops / f.best / 1e9, 100 * flops / f.best / 1e9 / pk,
      b.best * 1e3, b.median * 1e3, 2 * flops / b.best / 1e9, 100 * 2 * flops / b.best / 1e9 / pk,
      ref as NSString)
  }

  /// The Float reference interpreter on a sample (one head, at most 128 tokens), scaled to the full size.
  func referenceMs(dims: DeltaProductReference.Dims) -> Double {
    var small = dims
    small.heads = 1
    small.length = min(dims.length, 128)
    let xs = TimingInputs(dims: small, gated: gated)
    let t = time(1) { _ = DeltaProductReference.forward(xs.inputs, dims: small) }
    return t[0] * 1e3 * Double(dims.heads * dims.length) / Double(small.length)
  }

  /// Seconds per call: CPU time of this thread when the kernels run on it (threads = 1), so that other
  /// processes on the shared cores do not count; wall time otherwise.
  func time(_ n: Int, _ body: () -> Void) -> [Double] {
    (0..<n).map { _ in
      if threads == 1 {
        let start = CPUClock.threadSeconds()
        body()
        return CPUClock.threadSeconds() - start
      }
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
  }

  func stats(_ t: [Double]) -> (best: Double, median: Double) {
    let s = t.sorted()
    return (s[0], s[s.count / 2])
  }
}
