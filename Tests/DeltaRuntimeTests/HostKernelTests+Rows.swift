import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The row kernels: embedding (and grad), cross-entropy (and grad), sumRows, copyRows.
extension HostKernelTests {
  // MARK: embedding

  /// (count, vocab, dim): the second is large enough for two workers.
  @Test(arguments: [(21, 11, 13), (420, 50, 40)])
  func embeddingMatchesReference(_ size: (Int, Int, Int)) throws {
    let (count, vocab, dim) = size
    var rng = TestRNG(seed: 10)
    let ids = (0..<count).map { _ in Int32(rng.next() % UInt64(vocab)) }
    let weight = rng.array(vocab * dim).map(Float.init)
    let dy = rng.array(count * dim).map(Float.init)
    var outs: [[Float]] = []
    var grads: [[Float]] = []
    for threads in [1, 2] {
      var out = [Float](repeating: .nan, count: count * dim)
      try H.embedding(
        ids: ids, count: count, weight: weight, vocab: vocab, dim: dim, out: &out,
        threads: threads)
      outs.append(out)
      var grad = [Float](repeating: .nan, count: vocab * dim)
      try H.embeddingGrad(
        ids: ids, count: count, dy: dy, vocab: vocab, dim: dim, out: &grad, threads: threads)
      grads.append(grad)
    }
    let expected = try K.embeddingForward(weight: weight, vocab: vocab, dim: dim, ids: ids)
    #expect(outs[0] == expected)
    let expectedGrad = try K.embeddingBackward(
      dOutput: dy.map(Double.init), vocab: vocab, dim: dim, ids: ids)
    expectClose("embedding_grad \(size)", grads[0], expectedGrad)
    #expect(outs[0].map(\.bitPattern) == outs[1].map(\.bitPattern))
    #expect(grads[0].map(\.bitPattern) == grads[1].map(\.bitPattern))
  }

  /// An id outside the vocabulary throws its message and leaves out untouched.
  @Test(arguments: [Int32(7), -1])
  func embeddingRejectsBadIDs(bad: Int32) {
    let ids: [Int32] = [0, 6, 3, bad, 9]
    let weight = [Float](repeating: 1, count: 7 * 2)
    var out = [Float](repeating: -5, count: 10 * 2)
    #expect(
      throws: HostKernelError("embedding: id \(bad) at position 3 is outside 0..<7")
    ) {
      try H.embedding(ids: ids, count: 5, weight: weight, vocab: 7, dim: 2, out: &out, threads: 2)
    }
    #expect(
      throws: HostKernelError("embedding_grad: id \(bad) at position 3 is outside 0..<7")
    ) {
      try H.embeddingGrad(
        ids: ids, count: 5, dy: weight, vocab: 7, dim: 2, out: &out, threads: 2)
    }
    #expect(out.allSatisfy { $0 == -5 })
  }

  // MARK: cross-entropy

  /// (rows, vocab): the second spans several exponential chunks and runs on two workers.
  @Test(arguments: [(9, 37), (40, 1500)])
  func crossEntropyMatchesReference(_ size: (Int, Int)) throws {
    let (rows, vocab) = size
    var rng = TestRNG(seed: 11)
    let logits = rng.array(rows * vocab, -8, 8).map(Float.init)
    let labels = (0..<rows).map { r in r % 4 == 1 ? -100 : Int32(rng.next() % UInt64(vocab)) }
    let x = logits.map(Double.init)
    let loss = try K.crossEntropyForward(
      logits: x, labels: labels, rows: rows, classes: vocab, ignoreIndex: -100)
    let grad = try K.crossEntropyBackward(
      logits: x, labels: labels, rows: rows, classes: vocab, ignoreIndex: -100, dLoss: 0.7)
    var losses: [Float] = []
    var grads: [[Float]] = []
    for threads in [1, 2] {
      losses.append(
        try H.crossEntropy(
          logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: -100,
          threads: threads))
      var out = [Float](repeating: .nan, count: rows * vocab)
      try H.crossEntropyGrad(
        logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: -100, dLoss: 0.7,
        out: &out, threads: threads)
      grads.append(out)
    }
    expectClose("cross_entropy \(size)", [losses[0]], [loss])
    expectClose("cross_entropy_grad \(size)", grads[0], grad)
    #expect(losses[0].bitPattern == losses[1].bitPattern)
    #expect(grads[0].map(\.bitPattern) == grads[1].map(\.bitPattern))
  }

  /// Every row ignored: loss 0, gradient 0; logits far apart (exponents beyond Float's range) stay
  /// finite and match.
  @Test func crossEntropyEdgeCases() throws {
    let logits: [Float] = [0, 300, -300, 5, 1, 2]
    let ignored: [Int32] = [3, 3]
    #expect(
      try H.crossEntropy(
        logits: logits, labels: ignored, rows: 2, vocab: 3, ignoreIndex: 3, threads: 1) == 0)
    var out = [Float](repeating: .nan, count: 6)
    try H.crossEntropyGrad(
      logits: logits, labels: ignored, rows: 2, vocab: 3, ignoreIndex: 3, dLoss: 1, out: &out,
      threads: 1)
    #expect(out == [0, 0, 0, 0, 0, 0])
    let labels: [Int32] = [2, 0]
    let x = logits.map(Double.init)
    let loss = try H.crossEntropy(
      logits: logits, labels: labels, rows: 2, vocab: 3, ignoreIndex: -1, threads: 1)
    expectClose(
      "cross_entropy extremes", [loss],
      [
        try K.crossEntropyForward(logits: x, labels: labels, rows: 2, classes: 3, ignoreIndex: -1)
      ])
    try H.crossEntropyGrad(
      logits: logits, labels: labels, rows: 2, vocab: 3, ignoreIndex: -1, dLoss: 1, out: &out,
      threads: 1)
    expectClose(
      "cross_entropy_grad extremes", out,
      try K.crossEntropyBackward(
        logits: x, labels: labels, rows: 2, classes: 3, ignoreIndex: -1, dLoss: 1))
  }

  /// A label outside 0..<vocab other than the ignore index throws its message; the ignore index
  /// itself (even when out of range) does not.
  @Test(arguments: [Int32(4), -1])
  func crossEntropyRejectsBadLabels(bad: Int32) {
    let logits = [Float](repeating: 0, count: 3 * 4)
    let labels: [Int32] = [-100, bad, 2]
    var out = [Float](repeating: -5, count: 12)
    #expect(throws: HostKernelError("cross_entropy: label \(bad) at position 1 is outside 0..<4")) {
      try H.crossEntropy(
        logits: logits, labels: labels, rows: 3, vocab: 4, ignoreIndex: -100, threads: 2)
    }
    #expect(
      throws: HostKernelError("cross_entropy_grad: label \(bad) at position 1 is outside 0..<4")
    ) {
      try H.crossEntropyGrad(
        logits: logits, labels: labels, rows: 3, vocab: 4, ignoreIndex: -100, dLoss: 1, out: &out,
        threads: 2)
    }
    #expect(out.allSatisfy { $0 == -5 })
  }

  // MARK: sumRows, copyRows

  /// (rows, width): the second runs on two workers with an uneven column split.
  @Test(arguments: [(21, 13), (300, 70), (0, 5)])
  func sumRowsMatchesReference(_ size: (Int, Int)) {
    let (rows, width) = size
    var rng = TestRNG(seed: 12)
    let x = rng.array(rows * width).map(Float.init)
    let expected = K.reduceForward(.sum, x.map(Double.init), shape: [rows, width], axes: [0])
    var outs: [[Float]] = []
    for threads in [1, 2] {
      var out = [Float](repeating: .nan, count: width)
      H.sumRows(x: x, rows: rows, width: width, out: &out, threads: threads)
      outs.append(out)
    }
    expectClose("sumRows \(size)", outs[0], expected)
    #expect(outs[0].map(\.bitPattern) == outs[1].map(\.bitPattern))
  }

  /// Strided rows to strided rows, touching rows as one block, and one row; over 256 KB on two
  /// workers. Padding between dst rows is left alone.
  @Test(arguments: [(5, 3, 7, 4), (700, 100, 130, 120), (300, 250, 250, 250), (1, 70_000, 1, 1)])
  func copyRowsCopies(_ size: (Int, Int, Int, Int)) {
    let (rows, width, srcStride, dstStride) = size
    var rng = TestRNG(seed: 13)
    let src = rng.array(max(1, (rows - 1) * srcStride + width)).map(Float.init)
    let dstCount = max(1, (rows - 1) * dstStride + width)
    for threads in [1, 2] {
      var dst = [Float](repeating: .nan, count: dstCount)
      H.copyRows(
        src: src, srcStride: srcStride, dst: &dst, dstStride: dstStride, rows: rows, width: width,
        threads: threads)
      for r in 0..<rows {
        let copied = Array(dst[(r * dstStride)..<(r * dstStride + width)])
        #expect(copied == Array(src[(r * srcStride)..<(r * srcStride + width)]))
        let gap = r + 1 < rows ? dst[(r * dstStride + width)..<((r + 1) * dstStride)] : []
        #expect(gap.allSatisfy { $0.isNaN })
      }
    }
  }
}
