import DeltaRuntime

/// Softmax over the last dim and softmax cross-entropy with an ignore index, with gradients.
/// Legend: N positions (B*T flattened), V classes.  logits [N, V], labels [N].
extension ReferenceKernels {
  /// Row-wise softmax, max-subtracted so no exponent is positive.
  public static func softmaxForward<S: RealScalar>(_ x: [S], rows: Int, dim: Int) -> [S] {
    var y = [S](repeating: 0, count: rows * dim)
    for r in 0..<rows {
      let row = (r * dim)..<((r + 1) * dim)
      let top = x[row].max() ?? 0
      var total: S = 0
      for i in row {
        y[i] = S.exp(x[i] - top)
        total += y[i]
      }
      for i in row { y[i] /= total }
    }
    return y
  }

  /// dx = y (dy - sum(dy y)) per row.
  public static func softmaxBackward<S: RealScalar>(y: [S], dY: [S], rows: Int, dim: Int) -> [S] {
    var dX = [S](repeating: 0, count: rows * dim)
    for r in 0..<rows {
      let row = (r * dim)..<((r + 1) * dim)
      var dot: S = 0
      for i in row { dot += dY[i] * y[i] }
      for i in row { dX[i] = y[i] * (dY[i] - dot) }
    }
    return dX
  }

  /// Mean over positions whose label is not `ignoreIndex` of -log softmax(logits)[label]
  /// (torch `cross_entropy(reduction="mean", ignore_index=...)`). With no counted position the mean
  /// is empty; it is taken as 0 (torch gives NaN) so a fully ignored batch contributes nothing.
  public static func crossEntropyForward<S: RealScalar>(
    logits: [S], labels: [Int32], rows: Int, classes: Int, ignoreIndex: Int32
  ) throws -> S {
    try checkLabels(labels, classes: classes, ignoreIndex: ignoreIndex)
    var total: S = 0
    var counted = 0
    for r in 0..<rows where labels[r] != ignoreIndex {
      let row = (r * classes)..<((r + 1) * classes)
      let top = logits[row].max() ?? 0
      var sum: S = 0
      for i in row { sum += S.exp(logits[i] - top) }
      total += top + S.log(sum) - logits[r * classes + Int(labels[r])]
      counted += 1
    }
    return counted == 0 ? 0 : total / S(counted)
  }

  /// dlogits = dLoss (softmax(logits) - onehot(label)) / count on counted rows, 0 on ignored ones.
  public static func crossEntropyBackward<S: RealScalar>(
    logits: [S], labels: [Int32], rows: Int, classes: Int, ignoreIndex: Int32, dLoss: S
  ) throws -> [S] {
    try checkLabels(labels, classes: classes, ignoreIndex: ignoreIndex)
    let counted = labels.prefix(rows).filter { $0 != ignoreIndex }.count
    var dLogits = [S](repeating: 0, count: rows * classes)
    guard counted > 0 else { return dLogits }
    let probs = softmaxForward(logits, rows: rows, dim: classes)
    let w = dLoss / S(counted)
    for r in 0..<rows where labels[r] != ignoreIndex {
      for c in 0..<classes { dLogits[r * classes + c] = w * probs[r * classes + c] }
      dLogits[r * classes + Int(labels[r])] -= w
    }
    return dLogits
  }

  static func checkLabels(_ labels: [Int32], classes: Int, ignoreIndex: Int32) throws {
    if let bad = labels.firstIndex(where: { $0 != ignoreIndex && ($0 < 0 || Int($0) >= classes) }) {
      throw KernelError(
        "label \(labels[bad]) at position \(bad) is outside 0..<\(classes) and is not the ignore index \(ignoreIndex)"
      )
    }
  }
}
