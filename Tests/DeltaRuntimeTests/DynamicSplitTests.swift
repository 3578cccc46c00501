import DeltaCodegen
import DeltaTestSupport
import Foundation
import Testing

@testable import DeltaRuntime

/// Regions with a grain (`ParallelFor.Region.grain`): each worker runs its own part in chunks and
/// then takes chunks from the back of the others', so a slowed worker's items move to the others;
/// and the GEMM that relies on it (`GemmKernelSpec.residentB`), whose rows may then come in several
/// calls per worker, in any order, packing B only on each worker's first.
@Suite struct DynamicSplitTests {
  struct Case: CustomStringConvertible {
    var count: Int, threads: Int, grain: Int
    var description: String { "\(count) items, \(threads) threads, grain \(grain)" }
  }

  static let cases = [
    Case(count: 1000, threads: 4, grain: 1), Case(count: 341, threads: 2, grain: 4),
    Case(count: 7, threads: 2, grain: 3), Case(count: 2, threads: 2, grain: 5),
    Case(count: 100, threads: 3, grain: 8),
  ]

  /// Every item runs exactly once, and while worker 0 sleeps in its first chunk the others take
  /// the rest of its part.
  @Test(arguments: cases) func everyItemOnceAndASlowWorkersItemsMove(_ c: Case) {
    let pool = WorkerPool(threads: c.threads - 1)
    let runs = UnsafeMutablePointer<Int>.allocate(capacity: c.count)
    let by = UnsafeMutablePointer<Int>.allocate(capacity: c.count)
    defer {
      runs.deallocate()
      by.deallocate()
    }
    runs.initialize(repeating: 0, count: c.count)
    by.initialize(repeating: -1, count: c.count)
    let (r, b) = (SendablePointer(runs), SendablePointer(by))
    let region = ParallelFor.Region(count: c.count, threads: c.threads, grain: c.grain) {
      range, w in
      if w == 0 && range.lowerBound == 0 { usleep(50_000) }
      for i in range {
        r.pointer![i] += 1
        b.pointer![i] = w
      }
    }
    pool.installed { region.run() }
    let counts = (0..<c.count).map { runs[$0] }
    #expect(counts.allSatisfy { $0 == 1 }, "\(c): items run \(Set(counts)) times")
    // Worker 0's static part (the first count / workers items): all but its first chunk moved.
    let workers = min(c.threads, c.count)
    let part = ParallelFor.part(0, count: c.count, workers: workers)
    let first = min(part.count, max(c.grain, (part.count + 1) / 2))
    if part.count > first {
      let moved = part.dropFirst(first).filter { by[$0] != 0 }.count
      #expect(moved == part.count - first, "\(c): \(moved) of worker 0's later items moved")
    }
  }

  /// A GEMM with B resident in the workspace gives the same bits whether its rows come in one call
  /// or in chunks out of order on one worker (only the first packs), with B in two column blocks
  /// or in two K blocks, row tails included; and a new run packs again (B changed between runs).
  @Test(arguments: [(1100, 256, true), (300, 1500, false), (64, 40, false)])
  func residentBGivesTheSameBitsInAnyChunks(_ shape: (n: Int, k: Int, transB: Bool)) throws {
    let (m, n, k) = (113, shape.n, shape.k)
    let (lda, ldb, ldc) = (k, shape.transB ? k : n, n)
    var rng = TestRNG(seed: UInt64(n * 7 + k))
    let a = (0..<(m * lda)).map { _ in Float(rng.uniform()) - 0.5 }
    let b1 = (0..<(k * n)).map { _ in Float(rng.uniform()) - 0.5 }
    let b2 = b1.map { $0 * -2 + 0.25 }
    let gemm = try JITGemm(
      transA: false, transB: shape.transB, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc,
      threads: 1)
    #expect(gemm.spec.residentB)
    let function = unsafeBitCast(gemm.entry!, to: JITGemm.Function.self)
    let work = gemm.workspace.base!
    func oneCall(_ b: [Float]) -> [Float] {
      var c = [Float](repeating: 0, count: m * ldc)
      c.withUnsafeMutableBufferPointer { function(a, b, $0.baseAddress!, Int64(m), work, 1) }
      return c
    }
    // Rows 48 ..< 96 first (packing), then 0 ..< 48, then the tail 96 ..< 113 (12 + 4 + 1 rows).
    var chunked = [Float](repeating: 0, count: m * ldc)
    chunked.withUnsafeMutableBufferPointer { c in
      for (lo, hi, pack) in [(48, 96, 1), (0, 48, 0), (96, m, 0)] {
        a.withUnsafeBufferPointer { a in
          function(
            a.baseAddress! + lo * lda, b1, c.baseAddress! + lo * ldc, Int64(hi - lo), work,
            Int64(pack))
        }
      }
    }
    func differing(_ x: [Float], _ y: [Float]) -> Int {
      zip(x, y).filter { $0.bitPattern != $1.bitPattern }.count
    }
    #expect(differing(chunked, oneCall(b1)) == 0, "chunked calls against one call")
    // Through the region: two runs with different B, the second as a fresh GEMM computes it.
    var c2 = [Float](repeating: 0, count: m * ldc)
    c2.withUnsafeMutableBufferPointer { gemm.run(a: a, b: b1, c: $0.baseAddress!) }
    c2.withUnsafeMutableBufferPointer { gemm.run(a: a, b: b2, c: $0.baseAddress!) }
    #expect(differing(c2, oneCall(b2)) == 0, "the second run against one call with its B")
  }

  /// Which GEMMs keep B resident: A not transposed and K x N within `JITGemm.residentLimit`.
  @Test func residentBOnlyForSmallBWithoutATransposed() throws {
    func resident(n: Int, k: Int, transA: Bool = false) throws -> Bool {
      try JITGemm(
        transA: transA, transB: false, m: 64, n: n, k: k, lda: transA ? 64 : k, ldb: n, ldc: n,
        threads: 2
      ).spec.residentB
    }
    #expect(try resident(n: 1808, k: 256))
    #expect(try resident(n: 256, k: 2048))
    #expect(try !resident(n: 256, k: 2049))
    #expect(try !resident(n: 256, k: 256, transA: true))
  }
}
