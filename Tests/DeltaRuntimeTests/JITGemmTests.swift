import DeltaCodegen
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The JIT'd GEMM against an fp64 triple loop, on shapes that reach every part of the generator:
/// full 12-row tiles and the 4- and 1-row tails, full 32-column panels and tails of 16 + 8 + 1,
/// both transposes, K in one block and in several (with a partial last block), K split between the
/// workers, panels in one column block and in several, strided operands
/// (lda, ldb, ldc wider than the matrix), `+=` into C, one worker and two, 16 lanes and 8.
@Suite struct JITGemmTests {
  struct Case: CustomStringConvertible {
    var m: Int, n: Int, k: Int
    var transA = false, transB = false, accumulate = false
    var pad = 0
    var threads = 2
    var lanes = GemmKernelSpec.hostLanes
    var description: String {
      "\(m)x\(n)x\(k)\(transA ? " A^T" : "")\(transB ? " B^T" : "")\(accumulate ? " +=" : "")"
        + " pad \(pad), \(threads) threads, \(lanes) lanes"
    }
  }

  static let cases: [Case] = [
    Case(m: 200, n: 648, k: 128, transB: true),  // tiny's qkvb projection, fewer rows
    Case(m: 37, n: 57, k: 19),  // 3 tiles + 1, panel + 16 + 8 + 1
    Case(m: 130, n: 64, k: 1100, transA: true),  // K blocks 256 x 4 + 76
    Case(m: 29, n: 40, k: 600, transA: true, transB: true, pad: 3),
    Case(m: 300, n: 96, k: 77, accumulate: true, pad: 5),
    Case(m: 5, n: 33, k: 700, transB: true, accumulate: true, threads: 1),
    Case(m: 1, n: 7, k: 3),
    Case(m: 40, n: 300, k: 2500, pad: 1),  // K blocks 834 x 2 + 832 (B within 1 MB)
    // Column blocks (packed B within 1 MB): K blocks of 150, 65 panels as 33 + 32 + a tail of 20.
    Case(m: 30, n: 2100, k: 300, transB: true),
    Case(m: 25, n: 2100, k: 600, transA: true, accumulate: true),  // 3 column blocks, 3 K blocks
    // The AVX2 kernels (6-row tiles, 8 lanes), which run on AVX-512 hosts too.
    Case(m: 53, n: 41, k: 300, transB: true, lanes: 8),
    Case(m: 47, n: 24, k: 530, transA: true, accumulate: true, pad: 2, lanes: 8),
    // K split between the workers (`kParts`): 1536 + 1064, 1280 + 769 (K / 2 rounded down would be
    // 1024, a multiple of 256, and miss the last row of K), and 1024 + 1024 into C with +=.
    Case(m: 100, n: 70, k: 2600, transA: true, pad: 2),
    Case(m: 30, n: 20, k: 2049, transA: true),
    Case(m: 64, n: 40, k: 2048, transA: true, transB: true, accumulate: true, pad: 1),
  ]

  @Test(arguments: cases) func matchesFp64(_ c: Case) throws {
    let (lda, ldb, ldc) = (
      (c.transA ? c.m : c.k) + c.pad, (c.transB ? c.k : c.n) + c.pad, c.n + c.pad
    )
    let aRows = c.transA ? c.k : c.m
    let bRows = c.transB ? c.n : c.k
    var rng = TestRNG(seed: UInt64(c.m * 1000 + c.n * 10 + c.k))
    let a = (0..<(aRows * lda)).map { _ in Float(rng.uniform()) }
    let b = (0..<(bRows * ldb)).map { _ in Float(rng.uniform()) }
    let c0 = (0..<(c.m * ldc)).map { _ in Float(rng.uniform()) }
    func A(_ i: Int, _ p: Int) -> Double { Double(c.transA ? a[p * lda + i] : a[i * lda + p]) }
    func B(_ p: Int, _ j: Int) -> Double { Double(c.transB ? b[j * ldb + p] : b[p * ldb + j]) }
    let gemm = try JITGemm(
      transA: c.transA, transB: c.transB, m: c.m, n: c.n, k: c.k, lda: lda, ldb: ldb, ldc: ldc,
      threads: c.threads, accumulate: c.accumulate, lanes: c.lanes)
    var out = c0
    // Twice on the same buffers: a call leaves nothing behind that changes the next.
    for _ in 0..<2 {
      out = c0
      out.withUnsafeMutableBufferPointer { gemm.run(a: a, b: b, c: $0.baseAddress!) }
    }
    var worst = 0.0
    for i in 0..<c.m {
      for j in 0..<ldc {
        let got = Double(out[i * ldc + j])
        guard j < c.n else {
          // Padding columns are never written.
          #expect(got == Double(c0[i * ldc + j]), "padding at \(i),\(j)")
          continue
        }
        var want = c.accumulate ? Double(c0[i * ldc + j]) : 0
        var scale = abs(want)
        for p in 0..<c.k {
          want += A(i, p) * B(p, j)
          scale += abs(A(i, p) * B(p, j))
        }
        // fp32 accumulation over k terms: relative to the sum of magnitudes.
        worst = max(worst, abs(got - want) / max(scale, 1e-30))
      }
    }
    #expect(worst < 1e-6, "\(c): worst error \(worst) of the sum of |terms|")
  }

  /// C = in one K block streams C's rows where C is aligned to whole vectors and stores them
  /// elsewhere: both give the same floats (and match fp64), with 16 lanes and 8, one worker and two.
  @Test(arguments: [(GemmKernelSpec.hostLanes, 2), (8, 1)])
  func streamedAndStoredCAreTheSame(_ lanes: Int, _ threads: Int) throws {
    let (m, n, k) = (50, 96, 64)
    var rng = TestRNG(seed: 17)
    let a = (0..<(m * k)).map { _ in Float(rng.uniform()) }
    let b = (0..<(n * k)).map { _ in Float(rng.uniform()) }
    let gemm = try JITGemm(
      transA: false, transB: true, m: m, n: n, k: k, lda: k, ldb: k, ldc: n, threads: threads,
      lanes: lanes)
    let spec = GemmKernelSpec(
      n: n, k: k, transA: false, transB: true, lda: k, ldb: k, ldc: n, accumulate: false,
      lanes: lanes)
    #expect(spec.kernel.description.contains("stream c["))
    let raw = UnsafeMutableRawPointer.allocate(byteCount: (m * n + 16) * 4, alignment: 64)
    defer { raw.deallocate() }
    let floats = raw.bindMemory(to: Float.self, capacity: m * n + 16)
    var results: [[Float]] = []
    for offset in [0, 4] {  // aligned: streamed; 16 bytes off: stored
      (floats + offset).update(repeating: .nan, count: m * n)
      gemm.run(a: a, b: b, c: floats + offset)
      results.append(Array(UnsafeBufferPointer(start: floats + offset, count: m * n)))
    }
    #expect(results[0] == results[1])
    var worst = 0.0
    for i in 0..<m {
      for j in 0..<n {
        var (want, scale) = (0.0, 0.0)
        for p in 0..<k {
          let term = Double(a[i * k + p]) * Double(b[j * k + p])
          (want, scale) = (want + term, scale + abs(term))
        }
        worst = max(worst, abs(Double(results[0][i * n + j]) - want) / max(scale, 1e-30))
      }
    }
    #expect(worst < 1e-6, "worst error \(worst) of the sum of |terms|")
  }

  /// With A^T, the full row tiles prefetch the next tile's A lines (two per step of K: the tile's
  /// first and last float; the K loop takes four steps per iteration); without it, no prefetch is
  /// emitted.
  @Test func transposedAPrefetchesTheNextTile() {
    func prefetches(transA: Bool) -> [String] {
      GemmKernelSpec(
        n: 64, k: 32, transA: transA, transB: false, lda: 64, ldb: 64, ldc: 64, accumulate: false,
        lanes: 16
      ).kernel.description.split(separator: "\n").filter { $0.contains("prefetch") }
        .map { String($0.drop { $0 == " " }) }
    }
    #expect(prefetches(transA: false).isEmpty)
    // One tile in the panel loop (N = 2 panels), four steps of K in its loop.
    #expect(prefetches(transA: true).count == 2 * 4)
    #expect(prefetches(transA: true).allSatisfy { $0.hasPrefix("prefetch a[") })
  }

  /// Which GEMMs split K between the workers: weight gradients (A^T) with K >= 2048 and M <= 256,
  /// in parts that are multiples of 256, on more than one thread.
  @Test func smallWeightGradientsSplitK() throws {
    func parts(m: Int, n: Int = 128, k: Int = 4096, transA: Bool = true, threads: Int = 2) throws
      -> [Range<Int>]?
    {
      try JITGemm(
        transA: transA, transB: false, m: m, n: n, k: k, lda: transA ? m : k, ldb: n, ldc: n,
        threads: threads
      ).kSplit
    }
    #expect(try parts(m: 128, n: 512) == [0..<2048, 2048..<4096])
    #expect(try parts(m: 64, k: 2600) == [0..<1536, 1536..<2600])
    #expect(try parts(m: 64, k: 2049) == [0..<1280, 1280..<2049])
    #expect(try parts(m: 64, k: 4097) == [0..<2304, 2304..<4097])
    #expect(try parts(m: 256, k: 4096, threads: 3) == [0..<1536, 1536..<3072, 3072..<4096])
    #expect(try parts(m: 648) == nil)
    #expect(try parts(m: 128, transA: false) == nil)
    #expect(try parts(m: 128, threads: 1) == nil)
    #expect(try parts(m: 128, k: 1024) == nil)
  }

  /// Row tiles, panels and K blocks as the generator lays them out.
  @Test func specLayout() {
    let s = GemmKernelSpec(
      n: 648, k: 4096, transA: true, transB: false, lda: 648, ldb: 128, ldc: 648,
      accumulate: false, lanes: 16)
    #expect(s.rows == 12 && s.vectors == 2)
    #expect(s.kBlock == 256)
    #expect(s.workFloats == 256 * 648 + 256 * 12)
    #expect(s.name == "gemm_n648_k4096_ta_lda648_ldb128_ldc648_v16")
    let avx2 = GemmKernelSpec(
      n: 64, k: 128, transA: false, transB: true, lda: 128, ldb: 128, ldc: 64, accumulate: true,
      lanes: 8)
    #expect(avx2.rows == 6 && avx2.kBlock == 128 && avx2.workFloats == 128 * 64)
    // Without A^T: the fewest equal blocks of at most 1024 with the packed B within 2^18 floats.
    func block(n: Int, k: Int) -> Int {
      GemmKernelSpec(
        n: n, k: k, transA: false, transB: false, lda: k, ldb: n, ldc: n, accumulate: false
      ).kBlock
    }
    #expect(block(n: 128, k: 1024) == 1024)
    #expect(block(n: 256, k: 1808) == 904)
    #expect(block(n: 300, k: 2500) == 834)
    #expect(block(n: 1024, k: 4096) == 256)
    #expect(block(n: 64, k: 300) == 300)
  }
}
