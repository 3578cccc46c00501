import DeltaRuntime

/// Embedding lookup and its scatter-add gradient.
/// Legend: N looked-up positions (B*T flattened), V vocabulary, D width.
extension ReferenceKernels {
  /// out[n, :] = weight[ids[n], :].  weight [V, D], ids [N] -> [N, D].
  public static func embeddingForward<S: RealScalar>(
    weight: [S], vocab: Int, dim: Int, ids: [Int32]
  ) throws -> [S] {
    try checkIDs(ids, vocab: vocab)
    var out = [S](repeating: 0, count: ids.count * dim)
    for (n, id) in ids.enumerated() {
      let row = Int(id) * dim
      for d in 0..<dim { out[n * dim + d] = weight[row + d] }
    }
    return out
  }

  /// dWeight[v, :] = sum over n with ids[n] == v of dOut[n, :].  dOut [N, D] -> [V, D].
  /// A row looked up twice gets both contributions (scatter-add, not scatter-assign).
  public static func embeddingBackward<S: RealScalar>(
    dOutput: [S], vocab: Int, dim: Int, ids: [Int32]
  ) throws -> [S] {
    try checkIDs(ids, vocab: vocab)
    var dWeight = [S](repeating: 0, count: vocab * dim)
    for (n, id) in ids.enumerated() {
      let row = Int(id) * dim
      for d in 0..<dim { dWeight[row + d] += dOutput[n * dim + d] }
    }
    return dWeight
  }

  static func checkIDs(_ ids: [Int32], vocab: Int) throws {
    if let bad = ids.firstIndex(where: { $0 < 0 || Int($0) >= vocab }) {
      throw KernelError(
        "token id \(ids[bad]) at position \(bad) is outside the vocabulary 0..<\(vocab)")
    }
  }
}
