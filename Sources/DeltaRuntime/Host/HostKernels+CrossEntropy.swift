import Foundation

/// `crossEntropy`'s buffers: a loss per row, and a chunk of exponentials per worker.
public final class CrossEntropyWorkspace: @unchecked Sendable {
  static let chunk = 1024
  let rows: Int
  let threads: Int
  let losses: UnsafeMutablePointer<Double>
  let scratch: UnsafeMutablePointer<Float>

  public init(rows: Int, threads: Int) {
    self.rows = rows
    self.threads = max(1, threads)
    losses = .allocate(capacity: max(1, rows))
    scratch = .allocate(capacity: self.threads * Self.chunk)
  }

  deinit {
    losses.deallocate()
    scratch.deallocate()
  }
}

/// Softmax cross-entropy with an ignore index, and its gradient, on the host: rows split between
/// workers; per row the max, then the exponentials (vectorized) and their sum in Float.
extension HostKernels {
  /// Mean over kept rows (label != ignoreIndex) of logsumexp(logits[p]) - logits[p, label];
  /// 0 when every row is ignored; accumulate in Double; throws on a label outside 0..<vocab other
  /// than ignoreIndex ("cross_entropy: label \(l) at position \(p) is outside 0..<\(vocab)").
  /// The row losses are summed in row order, so the result does not depend on `threads`.
  /// `workspace`: `CrossEntropyWorkspace(rows:threads:)`'s buffers (the execution plan keeps one per
  /// node, so a step allocates nothing); nil allocates one for the call.
  public static func crossEntropy(
    logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, vocab: Int,
    ignoreIndex: Int, threads: Int, workspace: CrossEntropyWorkspace? = nil
  ) throws(HostKernelError) -> Float {
    let kept = try keptRows(labels, rows: rows, vocab: vocab, ignoreIndex, op: "cross_entropy")
    guard kept > 0 else { return 0 }
    let space = workspace ?? CrossEntropyWorkspace(rows: rows, threads: threads)
    precondition(
      space.rows >= rows && space.threads >= threads, "cross_entropy: workspace too small")
    let losses = space.losses
    let (x, l, out) = (SendablePointer(logits), SendablePointer(labels), SendablePointer(losses))
    let pool = SendablePointer(space.scratch)
    ParallelFor.run(count: rows, threads: workers(rows * vocab, threads)) { range, worker in
      let scratch = UnsafeMutableBufferPointer(
        start: pool.pointer! + worker * CrossEntropyWorkspace.chunk,
        count: CrossEntropyWorkspace.chunk)
      for p in range {
        let label = Int(l.pointer![p])
        out.pointer![p] =
          label == ignoreIndex
          ? 0 : rowLoss(x.const! + p * vocab, vocab: vocab, label: label, scratch: scratch)
      }
    }
    var total = 0.0
    for p in 0..<rows { total += losses[p] }
    return Float(total / Double(kept))
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
    let kept = try keptRows(labels, rows: rows, vocab: vocab, ignoreIndex, op: "cross_entropy_grad")
    let weight = kept > 0 ? dLoss / Float(kept) : 0
    let (x, l, o) = (SendablePointer(logits), SendablePointer(labels), SendablePointer(out))
    ParallelFor.run(count: rows, threads: workers(rows * vocab, threads)) { range, _ in
      for p in range {
        let label = Int(l.pointer![p])
        let row = o.pointer! + p * vocab
        if label == ignoreIndex {
          HostMath.fill(row, 0, vocab)
        } else {
          rowGrad(x.const! + p * vocab, vocab: vocab, label: label, weight: weight, out: row)
        }
      }
    }
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
