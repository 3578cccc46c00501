import DeltaCodegen
import DeltaIR
import DeltaPasses
import DeltaRuntime
import Foundation

/// `compile.chunk_size: autotune`: runs the JIT'd recurrence kernels of every candidate chunk once
/// (forward, + backward when the graph trains) on random inputs of the node's shape, and caches the
/// figures on disk (`<kernel cache>/chunk-tuning/<shape>-<cpu>.txt`, one `candidate seconds` line each),
/// so the next compile of the same shape on the same CPU reads them instead of measuring.
public struct ChunkTuner: PassMeasurer {
  public let directory: URL?
  public let cache: KernelCache
  /// Timed runs per candidate (the minimum is kept), after one warm-up run.
  public let repeats: Int

  public init(directory: URL?, cache: KernelCache = .shared, repeats: Int = 3) {
    self.directory = directory
    self.cache = cache
    self.repeats = repeats
  }

  /// The tuning cache next to a kernel cache directory.
  public static func directory(kernelCache: URL) -> URL {
    kernelCache.appendingPathComponent("chunk-tuning")
  }

  /// The cache file's name: the shape, what runs and the CPU.
  public static func key(
    _ p: DeltaProductParams, _ problem: ChunkCostModel.Problem, threads: Int
  ) -> String {
    let cpu = TargetSpec.host.cpu.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    return
      "h\(p.numHouseholder)_k\(problem.keyDim)_v\(problem.valueDim)_\(p.gated ? "gate" : "nogate")"
      + "_B\(problem.batch)_T\(problem.length)_H\(problem.heads)_\(problem.backward ? "fwdbwd" : "fwd")"
      + "_t\(threads)-\(cpu).txt"
  }

  public func recurrenceSeconds(
    _ params: DeltaProductParams, problem: ChunkCostModel.Problem, candidates: [ChunkSize],
    threads: Int
  ) throws -> (seconds: [Double], cached: Bool) {
    let file = directory?.appendingPathComponent(Self.key(params, problem, threads: threads))
    if let file, let text = try? String(contentsOf: file, encoding: .utf8) {
      var found: [String: Double] = [:]
      for line in text.split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 2, let s = Double(parts[1]), s > 0 { found[String(parts[0])] = s }
      }
      let seconds = candidates.compactMap { found[$0.description] }
      if seconds.count == candidates.count { return (seconds, true) }
    }
    let seconds = try candidates.map {
      try Self.measure(params, problem, chunk: $0, threads: threads, repeats: repeats, cache: cache)
    }
    if let file, let directory {
      let text = zip(candidates, seconds).map { "\($0.description) \($1)" }.joined(separator: "\n")
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let temp = directory.appendingPathComponent(".\(UUID().uuidString).tmp")
      // Temp file + rename: a reader never sees half a file.
      if (try? (text + "\n").write(to: temp, atomically: false, encoding: .utf8)) != nil,
        rename(temp.path, file.path) != 0
      {
        try? FileManager.default.removeItem(at: temp)
      }
    }
    return (seconds, false)
  }

  /// Seconds of one forward (+ backward) of the recurrence at `chunk`: the minimum of `repeats` runs
  /// after a warm-up, on `TimingInputs`.
  public static func measure(
    _ p: DeltaProductParams, _ problem: ChunkCostModel.Problem, chunk: ChunkSize, threads: Int,
    repeats: Int, cache: KernelCache = .shared
  ) throws -> Double {
    let spec = DeltaKernelSpec(
      keyDim: problem.keyDim, valueDim: problem.valueDim, householder: p.numHouseholder,
      schedule: chunk, gated: p.gated, scale: Float(p.scale))
    let kernels = try DeltaProductKernels(spec: spec, threads: threads, cache: cache)
    let d = DeltaProductKernels.Dims(
      batch: problem.batch, length: problem.length, heads: problem.heads,
      householder: p.numHouseholder, keyDim: problem.keyDim, valueDim: problem.valueDim)
    let x = TimingInputs(dims: d, gated: p.gated, scale: Float(p.scale))
    let (inputs, dOutput) = (x.inputs, x.dOutput)
    // The results are allocated by the untimed first run and written in place by the timed ones,
    // as the execution plan's arena is: fresh arrays per run timed their page faults and zero
    // fill, which grow with the boundary states, so short chunks measured up to 1.4x slower than
    // their kernels run (s3_nh2_neg, B 64 x H 8: r8 49.6 ms against r16 36.8, kernels alone the
    // other way round).
    var r = kernels.forward(inputs, dims: d)
    var g =
      problem.backward
      ? kernels.backward(
        inputs, dims: d, boundaryStates: r.boundaryStates, dOutput: dOutput, dFinalState: nil)
      : nil
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
      let start = ContinuousClock.now
      kernels.forward(inputs, dims: d, into: &r)
      if g != nil {
        kernels.backward(
          inputs, dims: d, boundaryStates: r.boundaryStates, dOutput: dOutput, dFinalState: nil,
          into: &g!)
      }
      best = min(best, (ContinuousClock.now - start).seconds)
    }
    return best
  }
}
