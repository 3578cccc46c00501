import ArgumentParser
import DeltaCodegen
import DeltaRuntime
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Performance measurements.",
    subcommands: [
      BenchKernels.self, BenchTrain.self, BenchInference.self, BenchPasses.self, BenchChunks.self,
    ])
}

/// `deltac bench kernels`: time and GFLOP/s of the JIT'd recurrence kernels against the machine's FMA peak.
///
/// FLOP convention ("model FLOPs", reference 3.3): forward n (4 Dk Dv) + 2 Dk Dv per token per head, whatever
/// the form (the chunked form does more arithmetic; it is reported against the same count). Backward: twice
/// the forward, which is exactly the arithmetic of the reference 4.2 backward (4 rank-1/matvec ops per step,
/// 2 per token); the recompute of the forward inside each chunk is not counted.
struct BenchKernels: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernels", abstract: "Benchmark the DeltaProduct forward/backward kernels.")

  @Flag(help: "Fewer sizes and repetitions.") var quick = false
  @Option(help: "Head dims Dk = Dv.") var dims: [Int] = [32, 64, 128]
  @Option(help: "Householder steps n_h.") var householder: [Int] = [1, 2, 3]
  @Option(help: "Sequence lengths T.") var lengths: [Int] = [128, 512, 4096]
  @Option(help: "Forward form: recurrent, chunked or both.") var form: String = "both"
  @Option(help: "Chunk in tokens (default: 16 for recurrent, 64/n_h for chunked).") var chunk: Int?
  @Option(help: "Worker threads (peak is per core used).") var threads = 1
  @Flag(help: "Gated (forget gate).") var gated = false
  @Option(help: "Repetitions (best and median are reported).") var repeats = 5
  @Flag(help: "Skip the reference interpreter timings.") var noReference = false
  @Option(help: "Print the kernels of the first configuration (kernel-ir, llvm or asm) instead of timing.")
  var dump: String?

  func run() throws {
    if let dump {
      let f = forms[0]
      let n = householder[0]
      let spec = DeltaKernelSpec(
        keyDim: dims[0], valueDim: dims[0], householder: n,
        chunk: chunk ?? (f == .recurrent ? 16 : DeltaKernelSpec.defaultChunk(householder: n)),
        gated: gated, form: f)
      guard let kind = KernelDumps.Kind(rawValue: dump) else { throw ValidationError("--dump kernel-ir|llvm|asm") }
      print(try KernelDumps.dump(spec, kind, target: .host))
      return
    }
    let cache = KernelCache.shared
    let peak = try PeakKernel.measure(iterations: quick ? 30_000_000 : 100_000_000)
    print(String(format: "fp32 FMA peak (JIT, 12 x <8 x float> chains, 1 thread): %.1f GFLOP/s", peak))
    try printCompileTimes()
    print("load average: \(BenchTrain.loadAverage()) (2 cores, shared: numbers are noisy)")
    print(threads == 1 ? "times: CPU time of the calling thread (preemption by other processes excluded)" : "times: wall clock")
    print("model FLOPs: fwd = B H T (n 4 Dk Dv + 2 Dk Dv), bwd = 2 x fwd; % of peak x \(threads) thread(s)")
    print(
      "  Dk  n     T  BxH  form     fwd ms best/med    GF/s  %pk   bwd ms best/med    GF/s  %pk   ref fwd ms")
    for d in quick ? [64] : dims {
      for n in householder {
        for t in quick ? [512] : lengths {
          for f in forms {
            try benchOne(dk: d, n: n, length: t, form: f, peak: peak, cache: cache)
          }
        }
      }
    }
  }

  /// Cold compile (IR -> O3 -> object -> link) of one spec's three kernels, then the same from a warm disk
  /// cache in a fresh JIT, then from memory.
  func printCompileTimes() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("deltac-bench-cache-\(getpid())")
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
    print(String(
      format: "compile %@ (fwd+bwd+step): cold %.0f ms, warm disk cache %.1f ms, memory cache %.2f ms (wall)",
      spec.suffix as NSString, coldMs, warmMs, memoryMs))
  }

  var forms: [DeltaKernelSpec.Form] {
    switch form {
    case "recurrent": return [.recurrent]
    case "chunked": return [.chunked]
    default: return [.recurrent, .chunked]
    }
  }

  func benchOne(dk: Int, n: Int, length: Int, form: DeltaKernelSpec.Form, peak: Double, cache: KernelCache) throws {
    let c = chunk ?? (form == .recurrent ? 16 : DeltaKernelSpec.defaultChunk(householder: n))
    let spec = DeltaKernelSpec(keyDim: dk, valueDim: dk, householder: n, chunk: c, gated: gated, form: form)
    let perHeadToken = Double(n * 4 * dk * dk + 2 * dk * dk)
    // About 0.1 GFLOP per forward call, at least one head per thread.
    let heads = min(32, max(threads, Int(1e8 / (perHeadToken * Double(length)))))
    let dims = DeltaProductReference.Dims(
      batch: 1, length: length, heads: heads, householder: n, keyDim: dk, valueDim: dk)
    let runner = try DeltaProductKernels(spec: spec, threads: threads, cache: cache)
    let x = BenchInputs(dims: dims, gated: gated)
    // Outputs and scratch are allocated once (as a training loop would), so page faults and zero-filling
    // of fresh buffers are not timed: only the kernels.
    let buffers = KernelBuffers(spec: spec, dims: dims, x: x)
    let fwdTimes = time(repeats) { buffers.forward(runner) }
    let bwdTimes = time(repeats) { buffers.backward(runner) }
    let flops = perHeadToken * Double(length * heads)
    let ref = noReference ? "-" : String(format: "%.1f", referenceMs(dims: dims, x: x))
    let f = stats(fwdTimes)
    let b = stats(bwdTimes)
    let pk = peak * Double(threads)
    print(
      String(
        format: "%4d %2d %5d %4d  %-7@ %7.2f / %7.2f  %6.1f %4.0f%%  %7.2f / %7.2f  %6.1f %4.0f%%  %10@",
        dk, n, length, heads, spec.suffix.split(separator: "_")[3].description as NSString,
        f.best * 1e3, f.median * 1e3, flops / f.best / 1e9, 100 * flops / f.best / 1e9 / pk,
        b.best * 1e3, b.median * 1e3, 2 * flops / b.best / 1e9, 100 * 2 * flops / b.best / 1e9 / pk,
        ref as NSString))
  }

  /// The Float reference interpreter on a sample (one head, at most 128 tokens), scaled to the full size.
  func referenceMs(dims: DeltaProductReference.Dims, x: BenchInputs) -> Double {
    var small = dims
    small.heads = 1
    small.length = min(dims.length, 128)
    let xs = BenchInputs(dims: small, gated: gated)
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

/// Deterministic inputs of the right ranges (unit keys and queries, beta in (0, 2)).
struct BenchInputs {
  var inputs: DeltaProductReference.Inputs<Float>
  var dOutput: [Float]

  init(dims d: DeltaProductReference.Dims, gated: Bool) {
    var seed: UInt64 = 42
    func next() -> Float {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(seed >> 40) / Float(1 << 24) * 2 - 1
    }
    func unit(_ count: Int, _ width: Int) -> [Float] {
      var x = (0..<count).map { _ in next() }
      for r in 0..<(count / width) {
        let n = (0..<width).reduce(Float(0)) { $0 + x[r * width + $1] * x[r * width + $1] }.squareRoot()
        for i in 0..<width { x[r * width + i] /= n }
      }
      return x
    }
    inputs = .init(
      q: unit(d.qCount, d.keyDim), k: unit(d.kCount, d.keyDim), v: (0..<d.vCount).map { _ in next() },
      beta: (0..<d.betaCount).map { _ in 1 + next() * 0.9 }, g: gated ? (0..<d.gateCount).map { _ in -0.1 + 0.05 * next() } : nil,
      initialState: nil, scale: 1 / Float(d.keyDim).squareRoot())
    dOutput = (0..<d.outputCount).map { _ in next() }
  }
}

/// Preallocated tensors for timing the raw kernels.
final class KernelBuffers {
  let spec: DeltaKernelSpec
  let dims: DeltaProductReference.Dims
  let x: BenchInputs
  let o, hT, hs, h0, dhT, dq, dk, dv, dbeta, dg, dh0: UnsafeMutablePointer<Float>
  let fwdWork, bwdWork: [UnsafeMutablePointer<Float>]

  init(spec: DeltaKernelSpec, dims d: DeltaProductReference.Dims, x: BenchInputs) {
    self.spec = spec
    dims = d
    self.x = x
    func buffer(_ n: Int) -> UnsafeMutablePointer<Float> {
      let p = UnsafeMutablePointer<Float>.allocate(capacity: max(n, 1))
      p.initialize(repeating: 0, count: max(n, 1))
      return p
    }
    o = buffer(d.outputCount)
    hT = buffer(d.stateCount)
    hs = buffer(d.stateCount * spec.chunks(length: d.length))
    h0 = buffer(d.stateCount)
    dhT = buffer(d.stateCount)
    dq = buffer(d.qCount)
    dk = buffer(d.kCount)
    dv = buffer(d.vCount)
    dbeta = buffer(d.betaCount)
    dg = buffer(d.gateCount)
    dh0 = buffer(d.stateCount)
    let workers = ParallelFor.cores
    fwdWork = (0..<workers).map { _ in buffer(spec.forwardWorkspace) }
    bwdWork = (0..<workers).map { _ in buffer(spec.backwardWorkspace) }
  }

  func forward(_ r: DeltaProductKernels) {
    let f = r.kernels.forward
    let (T, H) = (Int64(dims.length), Int64(dims.heads))
    let p = (SendablePointer(o), SendablePointer(hT), SendablePointer(hs), SendablePointer(h0))
    let w = fwdWork.map { SendablePointer($0) }
    x.inputs.q.withUnsafeBufferPointer { q in
      x.inputs.k.withUnsafeBufferPointer { k in
        x.inputs.v.withUnsafeBufferPointer { v in
          x.inputs.beta.withUnsafeBufferPointer { b in
            (x.inputs.g ?? []).withUnsafeBufferPointer { g in
              let ins = (SendablePointer(q.baseAddress), SendablePointer(k.baseAddress), SendablePointer(v.baseAddress),
                         SendablePointer(b.baseAddress), SendablePointer(g.baseAddress))
              ParallelFor.run(count: dims.batch * dims.heads, threads: r.threads) { range, worker in
                f(ins.0.const, ins.1.const, ins.2.const, ins.3.const, ins.4.const, p.3.const, p.0.pointer,
                  p.1.pointer, p.2.pointer, w[worker].pointer, T, H, Int64(range.lowerBound), Int64(range.upperBound))
              }
            }
          }
        }
      }
    }
  }

  func backward(_ r: DeltaProductKernels) {
    let f = r.kernels.backward
    let (T, H) = (Int64(dims.length), Int64(dims.heads))
    let outs = [dq, dk, dv, dbeta, dg, dh0].map { SendablePointer($0) }
    let (hsP, dhTP) = (SendablePointer(hs), SendablePointer(dhT))
    let w = bwdWork.map { SendablePointer($0) }
    x.inputs.q.withUnsafeBufferPointer { q in
      x.inputs.k.withUnsafeBufferPointer { k in
        x.inputs.v.withUnsafeBufferPointer { v in
          x.inputs.beta.withUnsafeBufferPointer { b in
            (x.inputs.g ?? []).withUnsafeBufferPointer { g in
              x.dOutput.withUnsafeBufferPointer { dout in
                let ins = (SendablePointer(q.baseAddress), SendablePointer(k.baseAddress), SendablePointer(v.baseAddress),
                           SendablePointer(b.baseAddress), SendablePointer(g.baseAddress), SendablePointer(dout.baseAddress))
                ParallelFor.run(count: dims.batch * dims.heads, threads: r.threads) { range, worker in
                  f(ins.0.const, ins.1.const, ins.2.const, ins.3.const, ins.4.const, hsP.const, ins.5.const,
                    dhTP.const, outs[0].pointer, outs[1].pointer, outs[2].pointer, outs[3].pointer, outs[4].pointer,
                    outs[5].pointer, w[worker].pointer, T, H, Int64(range.lowerBound), Int64(range.upperBound))
                }
              }
            }
          }
        }
      }
    }
  }
}
