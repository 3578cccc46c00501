import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// Every reference kernel's backward against central differences of its forward, in Float64 on random
/// inputs: L = sum(w * f(x)) with random w, so the backward is called with dy = w. Tolerance: max abs
/// error <= 1e-7 * max(1, max |gradient|) (typical errors are 1e-10). Rows print as `| FD | ...`.
@Suite struct KernelGradientTests {
  typealias K = ReferenceKernels

  @Test func embedding() throws {
    var rng = TestRNG(seed: 1)
    let (vocab, dim) = (7, 4)
    let ids: [Int32] = [3, 0, 6, 3, 3, 1]  // repeats: scatter-add must accumulate
    let weight = rng.array(vocab * dim)
    let w = rng.array(ids.count * dim)
    let dW = try K.embeddingBackward(dOutput: w, vocab: vocab, dim: dim, ids: ids)
    let check = try gradientCheck("embedding", "weight", at: weight, analytic: dW) {
      dot(w, try K.embeddingForward(weight: $0, vocab: vocab, dim: dim, ids: ids))
    }
    #expect(check.passed, "\(check)")
    #expect(throws: KernelError.self) {
      _ = try K.embeddingForward(weight: weight, vocab: vocab, dim: dim, ids: [7])
    }
  }

  @Test(arguments: [false, true], [false, true])
  func matmul(transA: Bool, transB: Bool) {
    for batchedB in [false, true] {
      let d = K.MatMulDims(
        batch: 2, m: 3, n: 4, k: 5, transA: transA, transB: transB, batchedB: batchedB)
      var rng = TestRNG(seed: 2)
      let a = rng.array(d.batch * d.m * d.k)
      let b = rng.array((batchedB ? d.batch : 1) * d.k * d.n)
      let w = rng.array(d.batch * d.m * d.n)
      let (dA, dB) = K.matmulBackward(a: a, b: b, dC: w, d)
      let op = "matmul[ta=\(transA),tb=\(transB),batchB=\(batchedB)]"
      let ca = gradientCheck(op, "a", at: a, analytic: dA) {
        dot(w, K.matmulForward(a: $0, b: b, d))
      }
      let cb = gradientCheck(op, "b", at: b, analytic: dB) {
        dot(w, K.matmulForward(a: a, b: $0, d))
      }
      #expect(ca.passed && cb.passed, "\(ca)\n\(cb)")
    }
  }

  @Test func linear() {
    var rng = TestRNG(seed: 3)
    let (rows, inF, outF) = (4, 5, 3)
    let (x, weight, w) = (rng.array(rows * inF), rng.array(outF * inF), rng.array(rows * outF))
    let g = K.linearBackward(
      x: x, weight: weight, dY: w, rows: rows, inFeatures: inF, outFeatures: outF)
    func f(_ x: [Double], _ wt: [Double]) -> Double {
      dot(w, K.linearForward(x: x, weight: wt, rows: rows, inFeatures: inF, outFeatures: outF))
    }
    let cx = gradientCheck("linear", "x", at: x, analytic: g.dX) { f($0, weight) }
    let cw = gradientCheck("linear", "weight", at: weight, analytic: g.dWeight) { f(x, $0) }
    #expect(cx.passed && cw.passed)
  }

  /// T=2 < W=4 exercises taps that only see the zero padding.
  @Test(arguments: [5, 2])
  func causalConv1d(length: Int) {
    let d = K.ConvDims(batch: 2, length: length, channels: 3, width: 4)
    var rng = TestRNG(seed: 4)
    let x = rng.array(d.batch * d.length * d.channels)
    let (weight, bias) = (rng.array(d.channels * d.width), rng.array(d.channels))
    let w = rng.array(x.count)
    let g = K.causalConv1dBackward(x: x, weight: weight, dY: w, d)
    func f(_ x: [Double], _ wt: [Double], _ b: [Double]) -> Double {
      dot(w, K.causalConv1dForward(x: x, weight: wt, bias: b, d))
    }
    let op = "conv1d[T=\(length),W=4]"
    let checks = [
      gradientCheck(op, "x", at: x, analytic: g.dX) { f($0, weight, bias) },
      gradientCheck(op, "weight", at: weight, analytic: g.dWeight) { f(x, $0, bias) },
      gradientCheck(op, "bias", at: bias, analytic: g.dBias) { f(x, weight, $0) },
    ]
    #expect(checks.allSatisfy { $0.passed })
  }

  @Test(arguments: Unary.allCases)
  func unary(_ fn: Unary) {
    var rng = TestRNG(seed: 5)
    let positive: Set<Unary> = [.log, .rsqrt]
    var x = positive.contains(fn) ? rng.array(12, 0.2, 3) : rng.array(12, -4, 4)
    if fn == .softplus { x += [-30, 19.5, 25] }  // both sides of torch's threshold (20)
    let w = rng.array(x.count)
    let dX = K.unaryBackward(fn, x: x, dY: w)
    let check = gradientCheck(fn.rawValue, "x", at: x, analytic: dX) {
      dot(w, K.unaryForward(fn, $0))
    }
    #expect(check.passed)
  }

  @Test(arguments: K.BinaryFunction.allCases)
  func binaryBroadcasting(_ fn: K.BinaryFunction) throws {
    var rng = TestRNG(seed: 6)
    let (sa, sb) = ([2, 3, 4], [3, 1])
    let a = rng.array(24)
    let b = fn == .div ? rng.array(3, 0.5, 2) : rng.array(3)
    let w = rng.array(24)
    let g = try K.binaryBackward(fn, a, sa, b, sb, dY: w)
    func f(_ a: [Double], _ b: [Double]) throws -> Double {
      dot(w, try K.binaryForward(fn, a, sa, b, sb).y)
    }
    let ca = try gradientCheck(fn.rawValue, "a [2,3,4]", at: a, analytic: g.dA) { try f($0, b) }
    let cb = try gradientCheck(fn.rawValue, "b [3,1] (broadcast)", at: b, analytic: g.dB) {
      try f(a, $0)
    }
    #expect(ca.passed && cb.passed)
  }

  @Test(arguments: K.Reduction.allCases)
  func reduction(_ r: K.Reduction) {
    var rng = TestRNG(seed: 7)
    let shape = [2, 3, 4]
    let x = rng.array(24)
    for axes in [[1], [0, 2], [0, 1, 2]] {
      let w = rng.array(K.reducedShape(shape, axes: axes, keepDims: false).reduce(1, *))
      let dX = K.reduceBackward(r, x, shape: shape, axes: axes, dY: w)
      let check = gradientCheck("reduce_\(r)\(axes)", "x", at: x, analytic: dX) {
        dot(w, K.reduceForward(r, $0, shape: shape, axes: axes))
      }
      #expect(check.passed)
    }
  }

  @Test func broadcastTo() throws {
    var rng = TestRNG(seed: 8)
    let (from, to) = ([3, 1], [2, 3, 4])
    let x = rng.array(3)
    let w = rng.array(24)
    let dX = K.sumToShape(w, from: to, to: from)
    let check = try gradientCheck("broadcast_to", "x [3,1]", at: x, analytic: dX) {
      dot(w, try K.broadcastTo($0, from: from, to: to))
    }
    #expect(check.passed)
  }

  @Test func norms() {
    var rng = TestRNG(seed: 9)
    let (rows, dim, eps) = (4, 5, 1e-5)
    let (x, gate) = (rng.array(rows * dim, -2, 2), rng.array(rows * dim, -3, 3))
    let weight = rng.array(dim, 0.5, 1.5)
    let w = rng.array(rows * dim)
    var checks: [GradientCheck] = []
    let rms = K.rmsNormBackward(x: x, weight: weight, dY: w, rows: rows, dim: dim, eps: eps)
    func rmsLoss(_ x: [Double], _ wt: [Double]) -> Double {
      dot(w, K.rmsNormForward(x: x, weight: wt, rows: rows, dim: dim, eps: eps))
    }
    checks.append(gradientCheck("rms_norm", "x", at: x, analytic: rms.dX) { rmsLoss($0, weight) })
    checks.append(
      gradientCheck("rms_norm", "weight", at: weight, analytic: rms.dWeight) { rmsLoss(x, $0) })
    let gated = K.gatedRMSNormBackward(
      x: x, weight: weight, gate: gate, dY: w, rows: rows, dim: dim, eps: eps)
    func gatedLoss(_ x: [Double], _ wt: [Double], _ g: [Double]) -> Double {
      dot(w, K.gatedRMSNormForward(x: x, weight: wt, gate: g, rows: rows, dim: dim, eps: eps))
    }
    checks.append(
      gradientCheck("gated_rms_norm", "x", at: x, analytic: gated.dX) {
        gatedLoss($0, weight, gate)
      })
    checks.append(
      gradientCheck("gated_rms_norm", "weight", at: weight, analytic: gated.dWeight) {
        gatedLoss(x, $0, gate)
      })
    checks.append(
      gradientCheck("gated_rms_norm", "gate", at: gate, analytic: gated.dGate!) {
        gatedLoss(x, weight, $0)
      })
    let dL2 = K.l2NormBackward(x: x, dY: w, rows: rows, dim: dim, eps: 1e-6)
    checks.append(
      gradientCheck("l2norm", "x", at: x, analytic: dL2) {
        dot(w, K.l2NormForward(x: $0, rows: rows, dim: dim, eps: 1e-6))
      })
    #expect(checks.allSatisfy { $0.passed })
  }

  @Test func softmaxAndCrossEntropy() throws {
    var rng = TestRNG(seed: 10)
    let (rows, classes) = (5, 6)
    let logits = rng.array(rows * classes, -3, 3)
    let w = rng.array(rows * classes)
    let y = K.softmaxForward(logits, rows: rows, dim: classes)
    let dSoftmax = K.softmaxBackward(y: y, dY: w, rows: rows, dim: classes)
    let cs = gradientCheck("softmax", "x", at: logits, analytic: dSoftmax) {
      dot(w, K.softmaxForward($0, rows: rows, dim: classes))
    }
    let labels: [Int32] = [2, -100, 5, 0, -100]
    let dLoss = 0.7
    let dLogits = try K.crossEntropyBackward(
      logits: logits, labels: labels, rows: rows, classes: classes, ignoreIndex: -100, dLoss: dLoss)
    let ce = try gradientCheck(
      "cross_entropy[ignore=-100]", "logits", at: logits, analytic: dLogits
    ) {
      dLoss
        * (try K.crossEntropyForward(
          logits: $0, labels: labels, rows: rows, classes: classes, ignoreIndex: -100))
    }
    #expect(cs.passed && ce.passed)
    // Ignored rows get exactly zero gradient.
    #expect(dLogits[(1 * classes)..<(2 * classes)].allSatisfy { $0 == 0 })
  }
}
