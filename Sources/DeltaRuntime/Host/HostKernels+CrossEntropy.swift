import Foundation

/// One cross-entropy node prepared once (the execution plan's): a loss per row, a chunk of
/// exponentials per worker and the parallel region over rows are made here, so `loss()` allocates
/// nothing.
public final class CrossEntropyCall: @unchecked Sendable {
  static let chunk = 1024
  let labels: UnsafePointer<Int32>
  let rows: Int
  let vocab: Int
  let ignoreIndex: Int
  let losses: UnsafeMutablePointer<Double>
  let scratch: UnsafeMutablePointer<Float>
  let region: ParallelFor.Region

  public init(
    logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, vocab: Int,
    ignoreIndex: Int, threads: Int
  ) {
    (self.labels, self.rows, self.vocab, self.ignoreIndex) = (labels, rows, vocab, ignoreIndex)
    let workers = HostKernels.workers(rows * vocab, threads)
    losses = .allocate(capacity: max(1, rows))
    scratch = .allocate(capacity: workers * Self.chunk)
    let (x, l, out, pool) = (
      SendablePointer(logits), SendablePointer(labels), SendablePointer(losses),
      SendablePointer(scratch)
    )
    region = ParallelFor.Region(count: rows, threads: workers) { range, worker in
      let scratch = UnsafeMutableBufferPointer(
        start: pool.pointer! + worker * Self.chunk, count: Self.chunk)
      for p in range {
        let label = Int(l.pointer![p])
        out.pointer![p] =
          label == ignoreIndex
          ? 0
          : HostKernels.rowLoss(x.const! + p * vocab, vocab: vocab, label: label, scratch: scratch)
      }
    }
  }

  deinit {
    losses.deallocate()
    scratch.deallocate()
  }

  /// `HostKernels.crossEntropy` of the logits and labels as they are now.
  public func loss() throws(HostKernelError) -> Float {
    let kept = try HostKernels.keptRows(
      labels, rows: rows, vocab: vocab, ignoreIndex, op: "cross_entropy")
    guard kept > 0 else { return 0 }
    region.run()
    var total = 0.0
    for p in 0..<rows { total += losses[p] }
    return Float(total / Double(kept))
  }
}

/// One cross-entropy gradient node prepared once: the region over rows reads the per-row weight
/// (dLoss / kept rows) that `run` sets.
public final class CrossEntropyGradCall: @unchecked Sendable {
  let labels: UnsafePointer<Int32>
  let rows: Int
  let vocab: Int
  let ignoreIndex: Int
  let weight = UnsafeMutablePointer<Float>.allocate(capacity: 1)
  let region: ParallelFor.Region

  public init(
    logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, vocab: Int,
    ignoreIndex: Int, out: UnsafeMutablePointer<Float>, threads: Int
  ) {
    (self.labels, self.rows, self.vocab, self.ignoreIndex) = (labels, rows, vocab, ignoreIndex)
    let (x, l, o, w) = (
      SendablePointer(logits), SendablePointer(labels), SendablePointer(out),
      SendablePointer(weight)
    )
    region = ParallelFor.Region(count: rows, threads: HostKernels.workers(rows * vocab, threads)) {
      range, _ in
      let weight = w.pointer!.pointee
      for p in range {
        let label = Int(l.pointer![p])
        let row = o.pointer! + p * vocab
        if label == ignoreIndex {
          HostMath.fill(row, 0, vocab)
        } else {
          HostKernels.rowGrad(
            x.const! + p * vocab, vocab: vocab, label: label, weight: weight, out: row)
        }
      }
    }
  }

  deinit { weight.deallocate() }

  /// `HostKernels.crossEntropyGrad` of the logits and labels as they are now.
  public func run(dLoss: Float) throws(HostKernelError) {
    let kept = try HostKernels.keptRows(
      labels, rows: rows, vocab: vocab, ignoreIndex, op: "cross_entropy_grad")
    weight.pointee = kept > 0 ? dLoss / Float(kept) : 0
    region.run()
  }
}

/// Softmax cross-entropy with an ignore index, and its gradient, on the host: rows split between
/// workers; per row the max, then the exponentials (vectorized) and their sum in Float.
extension HostKernels {
  /// Mean over kept rows (label != ignoreIndex) of logsumexp(logits[p]) - logits[p, label];
  /// 0 when every row is ignored; accumulate in Double; throws on a label outside 0..<vocab other
  /// than ignoreIndex ("cross_entropy: label \(l) at position \(p) is outside 0..<\(vocab)").
  /// The row losses are summed in row order, so the result does not depend on `threads`.
  public static func crossEntropy(
    logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, vocab: Int,
    ignoreIndex: Int, threads: Int
  ) throws(HostKernelError) -> Float {
    try CrossEntropyCall(
      logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: ignoreIndex,
      threads: threads
    ).loss()
  }

  /// logsumexp(x) - x[label] for one row.
  static func rowLoss(
    _ x: UnsafePointer<Float>, vocab: Int, label: Int, scratch: UnsafeMutableBufferPointer<Float>
  ) -> Double {
    let top = HostMath.maximum(x, vocab)
    let sum = HostMath.sumExpShifted(x, vocab, top, scratch: scratch)
    return Double(top) + Foundation.log(Double(sum)) - Double(x[label])
  }

  /// dlogits[p, :] = dLoss * (softmax(logits[p]) - onehot(label)) / keptCount; 0 rows for ignored.
  /// Throws as `crossEntropy` does ("cross_entropy_grad: label ..."), before writing out.
  public static func crossEntropyGrad(
    logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, vocab: Int,
    ignoreIndex: Int, dLoss: Float, out: UnsafeMutablePointer<Float>, threads: Int
  ) throws(HostKernelError) {
    try CrossEntropyGradCall(
      logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: ignoreIndex, out: out,
      threads: threads
    ).run(dLoss: dLoss)
  }

  /// out = weight * (softmax(x) - onehot(label)) for one row.
  static func rowGrad(
    _ x: UnsafePointer<Float>, vocab: Int, label: Int, weight: Float,
    out: UnsafeMutablePointer<Float>
  ) {
    let top = HostMath.maximum(x, vocab)
    HostMath.expShifted(x, out, vocab, top)
    HostMath.scale(out, weight / HostMath.sum(out, vocab), vocab)
    out[label] -= weight
  }

  /// The number of rows whose label is not `ignoreIndex`; throws for the first other label outside
  /// 0..<vocab.
  static func keptRows(
    _ labels: UnsafePointer<Int32>, rows: Int, vocab: Int, _ ignoreIndex: Int, op: String
  ) throws(HostKernelError) -> Int {
    var kept = 0
    for p in 0..<rows where Int(labels[p]) != ignoreIndex {
      guard labels[p] >= 0, Int(labels[p]) < vocab else {
        throw HostKernelError("\(op): label \(labels[p]) at position \(p) is outside 0..<\(vocab)")
      }
      kept += 1
    }
    return kept
  }
}
