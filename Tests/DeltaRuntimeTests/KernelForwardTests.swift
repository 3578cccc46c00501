import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

/// The forwards of the reference kernels against independent formulas (FD tests only show that a
/// backward matches its forward, not that the forward is right).
@Suite struct KernelForwardTests {
  typealias K = ReferenceKernels

  /// Every transpose combination through BLAS, with a batched and a shared B (one folded GEMM when
  /// A is not transposed), in Float and Double, against triple loops.
  @Test(arguments: [false, true], [false, true])
  func matmulMatchesLoops(transA: Bool, transB: Bool) {
    for batchedB in [true, false] {
      let d = K.MatMulDims(
        batch: 2, m: 3, n: 4, k: 5, transA: transA, transB: transB, batchedB: batchedB)
      var rng = TestRNG(seed: 20)
      let (a, b) = (rng.array(2 * 15), rng.array((batchedB ? 2 : 1) * 20))
      var expected = [Double](repeating: 0, count: 2 * 12)
      for i in 0..<2 {
        let bBase = batchedB ? i * 20 : 0
        for m in 0..<3 {
          for n in 0..<4 {
            for k in 0..<5 {
              let av = a[i * 15 + (transA ? k * 3 + m : m * 5 + k)]
              let bv = b[bBase + (transB ? n * 5 + k : k * 4 + n)]
              expected[i * 12 + m * 4 + n] += av * bv
            }
          }
        }
      }
      #expect(compare("f64", K.matmulForward(a: a, b: b, d), expected).maxAbs < 1e-14)
      let single = K.matmulForward(a: a.map(Float.init), b: b.map(Float.init), d)
      #expect(compare("f32", single, expected).maxRel < 1e-6)
    }
  }

  /// One channel, W=3, weight [1, 2, 3] (tap 2 multiplies the current step): y_t = x_{t-2} + 2x_{t-1} + 3x_t.
  @Test func causalConvByHand() {
    let d = K.ConvDims(batch: 1, length: 4, channels: 1, width: 3)
    let y = K.causalConv1dForward(x: [1.0, 10, 100, 1000], weight: [1, 2, 3], bias: [0.5], d)
    #expect(y == [3.5, 32.5, 321.5, 3210.5])
  }

  @Test func normsByFormula() {
    let x = [3.0, -4.0]  // mean square 12.5, sum of squares 25
    let rms = K.rmsNormForward(x: x, weight: [2, 1], rows: 1, dim: 2, eps: 0.5)
    #expect(
      compare("rms", rms, [2 * 3 / 13.0.squareRoot(), -4 / 13.0.squareRoot()]).maxAbs < 1e-15)
    let gate = [1.0, -2.0]
    let gated = K.gatedRMSNormForward(x: x, weight: [2, 1], gate: gate, rows: 1, dim: 2, eps: 0.5)
    let silu = gate.map { $0 / (1 + exp(-$0)) }
    #expect(compare("gated", gated, [rms[0] * silu[0], rms[1] * silu[1]]).maxAbs < 1e-15)
    let l2 = K.l2NormForward(x: x, rows: 1, dim: 2, eps: 1e-6)
    #expect(
      compare("l2", l2, [3 / 25.000001.squareRoot(), -4 / 25.000001.squareRoot()]).maxAbs < 1e-15)
  }

  @Test func scalarFunctionsStayFinite() {
    #expect(ScalarMath.softplus(30.0) == 30)  // torch's threshold: x itself above 20
    #expect(abs(ScalarMath.softplus(-800.0)) < 1e-300)
    #expect(abs(ScalarMath.softplus(1.0) - log1p(exp(1.0))) < 1e-15)
    #expect(ScalarMath.sigmoid(-800.0) >= 0 && ScalarMath.sigmoid(800.0) == 1)
    let silu = K.unaryForward(.silu, [Float(-100), 100])
    #expect(abs(silu[0]) < 1e-30 && silu[1] == 100)
  }

  /// Two rows: one counted, one ignored; loss = logsumexp - logit[label] of the counted row.
  @Test func crossEntropyByHand() throws {
    let logits = [0.0, log(3.0), 5, 7]
    let loss = try K.crossEntropyForward(
      logits: logits, labels: [0, -100], rows: 2, classes: 2, ignoreIndex: -100)
    #expect(abs(loss - log(4.0)) < 1e-15)
    let none = try K.crossEntropyForward(
      logits: logits, labels: [-100, -100], rows: 2, classes: 2, ignoreIndex: -100)
    #expect(none == 0)
    #expect(throws: KernelError.self) {
      _ = try K.crossEntropyForward(
        logits: logits, labels: [2, 0], rows: 2, classes: 2, ignoreIndex: -100)
    }
  }

  @Test func reductionsAndBroadcast() throws {
    let x = (0..<6).map(Double.init)  // [[0,1,2],[3,4,5]]
    #expect(K.reduceForward(.sum, x, shape: [2, 3], axes: [0]) == [3, 5, 7])
    #expect(K.reduceForward(.mean, x, shape: [2, 3], axes: [1]) == [1, 4])
    #expect(K.reduceForward(.max, x, shape: [2, 3], axes: [0, 1]) == [5])
    #expect(try K.broadcastTo([1.0, 2], from: [2, 1], to: [2, 2]) == [1, 1, 2, 2])
    #expect(try K.broadcastShape([4, 1, 3], [2, 1]) == [4, 2, 3])
    #expect(throws: KernelError.self) { _ = try K.broadcastShape([2, 3], [4]) }
  }

  @Test func layout() {
    let x = (0..<24).map(Double.init)  // [2, 3, 4]
    let t = K.transpose(x, shape: [2, 3, 4], perm: [2, 0, 1])  // [4, 2, 3]; t[i,j,k] = x[j,k,i]
    #expect(t[1 * 6 + 1 * 3 + 2] == x[1 * 12 + 2 * 4 + 1])
    let inv = K.inversePermutation([2, 0, 1])
    #expect(K.transpose(t, shape: [4, 2, 3], perm: inv) == x)
    let parts = K.split(x, shape: [2, 3, 4], axis: 1, sizes: [1, 2])
    #expect(parts[0] == [0, 1, 2, 3, 12, 13, 14, 15])
    #expect(K.concat(parts, shapes: [[2, 1, 4], [2, 2, 4]], axis: 1) == x)
  }
}
