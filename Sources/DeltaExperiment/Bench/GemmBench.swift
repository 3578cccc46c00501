import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac profile SPEC --gemm`: every GEMM of a training step as the executor runs it (in the step,
/// timed per node as `deltac profile` does: the JIT'd GEMM on deltac's workers, operands views of
/// the arena) against OpenBLAS alone on the same shape (fresh contiguous buffers, OpenBLAS threading
/// itself over the same number of threads, median of `repeats` calls after one warm-up) and the JIT
/// GEMM alone on the same fresh buffers (checked against OpenBLAS's result). The ratio is what the
/// executor's GEMMs reach of OpenBLAS alone (the issue's aim: >= 85%).
public struct GemmBench {
  public struct Row: Sendable {
    public var name: String
    public var op: String
    public var shape: GemmShape
    /// Seconds per call: in the step, and OpenBLAS alone.
    public var inStep: Double
    public var alone: Double
    /// Seconds per call of deltac's JIT GEMM alone (nil for batched shapes).
    public var jit: Double?
    public var ratio: Double { alone / inStep }
  }

  public var steps = 3
  public var warmup = 1
  public var repeats = 5

  public init(steps: Int, warmup: Int, repeats: Int) {
    self.steps = steps
    self.warmup = warmup
    self.repeats = repeats
  }

  /// The rows of `spec`'s training step, in graph order.
  public func measure(_ spec: Spec) throws -> (step: DeltacTrainStep, rows: [Row]) {
    let step = try DeltacTrainStep(spec: spec)
    let timings = NodeTimings()
    step.executor.timings = timings
    for _ in 0..<warmup { _ = try step.step() }
    timings.reset()
    for _ in 0..<steps { _ = try step.step() }
    step.executor.timings = nil
    let graph = step.executor.graph
    var rows: [Row] = []
    for (i, e) in timings.entries.sorted(by: { $0.key < $1.key }) {
      let node = graph.nodes[i]
      guard let shape = GemmShape.of(node.op, operands: e.operandShapes) else { continue }
      rows.append(
        Row(
          name: node.results.map(\.value.name).joined(separator: " "), op: node.op.name,
          shape: shape, inStep: e.seconds / Double(e.runs),
          alone: Self.alone(shape, threads: step.programs.threads, repeats: repeats),
          jit: try Self.jitAlone(shape, threads: step.programs.threads, repeats: repeats)))
    }
    return (step, rows)
  }

  /// OpenBLAS alone on `shape`: its own threads, fresh contiguous operands.
  static func alone(_ s: GemmShape, threads: Int, repeats: Int) -> Double {
    let (lda, ldb) = (s.transA ? s.m : s.k, s.transB ? s.k : s.n)
    var a = [Float](repeating: 0.5, count: s.m * s.k * s.batch)
    var b = [Float](repeating: 0.25, count: s.k * s.n * s.batch)
    var c = [Float](repeating: 0, count: s.m * s.n * s.batch)
    let before = BLAS.threads
    BLAS.threads = threads
    defer { BLAS.threads = before }
    return a.withUnsafeMutableBufferPointer { a in
      b.withUnsafeMutableBufferPointer { b in
        c.withUnsafeMutableBufferPointer { c in
          median(repeats: repeats) {
            for i in 0..<s.batch {
              BLAS.gemm(
                transA: s.transA, transB: s.transB, m: s.m, n: s.n, k: s.k,
                a: a.baseAddress! + i * s.m * s.k, lda: lda, b: b.baseAddress! + i * s.k * s.n,
                ldb: ldb, c: c.baseAddress! + i * s.m * s.n, ldc: s.n)
            }
          }
        }
      }
    }
  }

  /// Median seconds of `repeats` calls, after one warm-up call.
  static func median(repeats: Int, _ call: () -> Void) -> Double {
    call()
    return TrainBench.median(
      (0..<repeats).map { _ in
        let start = ContinuousClock.now
        call()
        return (ContinuousClock.now - start).seconds
      })
  }

  /// deltac's JIT GEMM alone on `shape` (fresh contiguous operands, deltac's workers); nil when the
  /// shape is batched.
  static func jitAlone(_ s: GemmShape, threads: Int, repeats: Int) throws -> Double? {
    guard s.batch == 1 else { return nil }
    let (lda, ldb) = (s.transA ? s.m : s.k, s.transB ? s.k : s.n)
    let gemm = try JITGemm(
      transA: s.transA, transB: s.transB, m: s.m, n: s.n, k: s.k, lda: lda, ldb: ldb, ldc: s.n,
      threads: threads)
    let a = (0..<(s.m * s.k)).map { Float($0 % 7) * 0.25 }
    let b = (0..<(s.k * s.n)).map { Float($0 % 5) * 0.5 }
    var c = [Float](repeating: 0, count: s.m * s.n)
    let seconds = c.withUnsafeMutableBufferPointer { c in
      median(repeats: repeats) { gemm.run(a: a, b: b, c: c.baseAddress!) }
    }
    var expected = [Float](repeating: 0, count: s.m * s.n)
    BLAS.gemm(
      transA: s.transA, transB: s.transB, m: s.m, n: s.n, k: s.k, a: a, lda: lda, b: b, ldb: ldb,
      c: &expected, ldc: s.n)
    let worst = zip(c, expected).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    if worst > 1e-5 { print("warning: JIT GEMM \(s) differs from OpenBLAS by \(worst)") }
    return seconds
  }

  /// A heading (spec, sizes, load) and the table.
  public func report(_ spec: Spec) throws -> String {
    let (step, rows) = try measure(spec)
    return "\(spec.name): batch \(step.batch) x \(step.length), \(step.programs.threads) threads; "
      + "load average \(LoadAverage.text())\n" + Self.table(rows) + "\n"
  }

  /// The table: one row per GEMM node, then the totals.
  public static func table(_ rows: [Row]) -> String {
    var lines = [
      "| node | op | GEMM (m x n x k) | in the step | GFLOP/s | OpenBLAS alone | GFLOP/s | step / alone | JIT alone | GFLOP/s |",
      "|---|---|---|---|---|---|---|---|---|---|",
    ]
    func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1e3) }
    func gflops(_ f: Double, _ s: Double) -> String { String(format: "%.0f", f / s / 1e9) }
    for r in rows {
      lines.append(
        "| \(r.name) | \(r.op) | \(r.shape) | \(ms(r.inStep)) | \(gflops(r.shape.flops, r.inStep)) | "
          + "\(ms(r.alone)) | \(gflops(r.shape.flops, r.alone)) | \(String(format: "%.0f%%", 100 * r.ratio)) | "
          + (r.jit.map { "\(ms($0)) | \(gflops(r.shape.flops, $0)) |" } ?? "- | - |"))
    }
    let flops = rows.reduce(0) { $0 + $1.shape.flops }
    let (inStep, alone) = (rows.reduce(0) { $0 + $1.inStep }, rows.reduce(0) { $0 + $1.alone })
    let jit = rows.allSatisfy { $0.jit != nil } ? rows.reduce(0) { $0 + $1.jit! } : nil
    lines.append(
      "| all \(rows.count) | | | \(ms(inStep)) | \(gflops(flops, inStep)) | \(ms(alone)) | "
        + "\(gflops(flops, alone)) | \(String(format: "%.0f%%", 100 * alone / inStep)) | "
        + (jit.map { "\(ms($0)) | \(gflops(flops, $0)) |" } ?? "- | - |"))
    return lines.joined(separator: "\n")
  }
}
