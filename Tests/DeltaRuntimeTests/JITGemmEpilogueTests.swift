import DeltaCodegen
import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The JIT'd GEMM with an epilogue (`GemmKernelSpec.epilogue`): the fused program computed from the
/// register tiles equals the fp64 GEMM followed by the fp64 fused program (`ReferenceKernels`), on
/// strided operands and results, full tiles and the row and column tails, K in one block and in
/// several, with C stored or not, 16 lanes and 8, one worker and two. Nothing between the views'
/// rows is written, nor C when it is not stored (unless K comes in blocks: C then holds the partial
/// sums of the blocks before the last).
@Suite struct JITGemmEpilogueTests {
  /// The SwiGLU backward as the fusion passes write it: dh * up * dsilu(gate), dh * silu(gate).
  static let swigluGrad = FusedKernel(
    name: "mul_silu_silugrad", shape: Shape([Dim(1), Dim(1)]), operands: [.full, .full, .full],
    program: [
      .init(.mul, [.operand(0), .operand(1)]), .init(.unary(.silu), [.operand(2)]),
      .init(.mul, [.operand(0), .temp(1)]), .init(.dsilu, [.operand(2)]),
      .init(.mul, [.temp(0), .temp(3)]),
    ], results: [2, 4])

  struct Case: CustomStringConvertible {
    var m: Int, n: Int, k: Int
    var transB = false
    var storesResult = false
    var threads = 2
    var lanes = GemmKernelSpec.hostLanes
    var description: String {
      "\(m)x\(n)x\(k)\(transB ? " B^T" : "")\(storesResult ? " C stored" : "") \(threads) threads"
        + " \(lanes) lanes"
    }
  }

  static let cases: [Case] = [
    Case(m: 37, n: 57, k: 19),  // 3 tiles + 1 row; a panel, then 16 + 8 + 1 columns
    Case(m: 100, n: 64, k: 128, transB: true, storesResult: true),
    Case(m: 53, n: 64, k: 33, threads: 1),
    Case(m: 47, n: 41, k: 65, storesResult: true, lanes: 8),
    // K in blocks (834 x 2 + 832; 550 x 2): the epilogue runs on the last block's sums.
    Case(m: 40, n: 96, k: 2500, transB: true, storesResult: true),
    Case(m: 30, n: 57, k: 1100),
  ]

  @Test(arguments: cases) func matchesFp64(_ c: Case) throws {
    var rng = TestRNG(seed: UInt64(c.m * 7919 + c.n * 31 + c.k))
    func random(_ count: Int) -> [Float] { (0..<count).map { _ in Float(rng.uniform() * 2 - 1) } }
    let (lda, ldb, ldc) = (c.k + 3, (c.transB ? c.k : c.n) + 2, c.n + 5)
    let a = random(c.m * lda)
    let b = random((c.transB ? c.n : c.k) * ldb)
    // up at column n, gate at 0 of rows `ld` apart; the results (d_up, d_gate) the same.
    let ld = 2 * c.n + 7
    let other = random(c.m * ld)
    let spec = GemmEpilogueSpec(
      kernel: Self.swigluGrad, fromTile: [true, false, false], strides: [0, ld, ld, ld, ld],
      storesResult: c.storesResult)
    let gemm = try JITGemm(
      transA: false, transB: c.transB, m: c.m, n: c.n, k: c.k, lda: lda, ldb: ldb, ldc: ldc,
      threads: c.threads, lanes: c.lanes, epilogue: spec)
    let sentinel: Float = 12345
    var out = [Float](repeating: sentinel, count: c.m * ldc)
    var results = [Float](repeating: sentinel, count: c.m * ld)
    var operands = other
    // Twice on the same buffers: a call leaves nothing behind that changes the next.
    for _ in 0..<2 {
      out.withUnsafeMutableBufferPointer { cp in
        results.withUnsafeMutableBufferPointer { rp in
          operands.withUnsafeMutableBufferPointer { op in
            let (o, r) = (op.baseAddress!, rp.baseAddress!)
            gemm.run(a: a, b: b, c: cp.baseAddress!, epilogue: [nil, o + c.n, o, r + c.n, r])
          }
        }
      }
    }
    // fp64: C and each element's sum of |terms| (the scale of its fp32 rounding), then the program.
    var product = [Double](repeating: 0, count: c.m * c.n)
    var magnitude = product
    for i in 0..<c.m {
      for j in 0..<c.n {
        for p in 0..<c.k {
          let term = Double(a[i * lda + p]) * Double(c.transB ? b[j * ldb + p] : b[p * ldb + j])
          product[i * c.n + j] += term
          magnitude[i * c.n + j] += abs(term)
        }
      }
    }
    func rows(from: Int) -> [Double] {
      (0..<c.m).flatMap { i in (0..<c.n).map { Double(other[i * ld + from + $0]) } }
    }
    let want = ReferenceKernels.fusedForward(
      Self.swigluGrad, operands: [product, rows(from: c.n), rows(from: 0)], rows: c.m, width: c.n)
    // Errors relative to |want| + the C element's |terms| (the factors multiplying C's error are at
    // most about 1: up, gate in (-1, 1), |silu'| < 1.1).
    var (worst, worstC) = (0.0, 0.0)
    for i in 0..<c.m {
      for j in 0..<c.n {
        for (r, column) in [c.n, 0].enumerated() {  // d_up at column n, d_gate at 0
          let (got, w) = (Double(results[i * ld + column + j]), want[r][i * c.n + j])
          worst = max(worst, abs(got - w) / (abs(w) + magnitude[i * c.n + j]))
        }
      }
      for j in (2 * c.n)..<ld {
        #expect(results[i * ld + j] == sentinel, "a column between rows was written at \(i),\(j)")
      }
      for j in 0..<ldc {
        let got = out[i * ldc + j]
        if c.storesResult && j < c.n {
          let w = product[i * c.n + j]
          worstC = max(worstC, abs(Double(got) - w) / (abs(w) + magnitude[i * c.n + j]))
        } else if j >= c.n || c.k <= 1024 {
          #expect(got == sentinel, "C written at \(i),\(j)")
        }
      }
    }
    #expect(worst < 1e-6, "\(c): worst error \(worst) of |want| + the sum of |terms|")
    #expect(worstC < 1e-6, "\(c): worst error of C \(worstC)")
  }

  /// An epilogue needs the final C in the tiles of the last K block: no accumulation, A not
  /// transposed.
  @Test func refusesShapesWithoutAFinalTile() {
    let spec = GemmEpilogueSpec(
      kernel: Self.swigluGrad, fromTile: [true, false, false], strides: [0, 64, 64, 64, 64],
      storesResult: false)
    func allowed(k: Int = 256, transA: Bool = false, accumulate: Bool = false) -> Bool {
      JITGemm.allowsEpilogue(
        GemmKernelSpec(
          n: 64, k: k, transA: transA, transB: false, lda: k, ldb: 64, ldc: 64,
          accumulate: accumulate, lanes: 16, epilogue: spec))
    }
    #expect(allowed())
    #expect(allowed(k: 4096))  // K in blocks
    #expect(!allowed(transA: true))
    #expect(!allowed(accumulate: true))
  }
}
