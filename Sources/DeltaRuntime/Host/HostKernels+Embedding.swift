/// Embedding lookup and its scatter-add gradient on the host.
extension HostKernels {
  /// out[p, :] = weight[ids[p], :] for p < count; throws when an id is outside 0..<vocab
  /// (message: "embedding: id \(id) at position \(p) is outside 0..<\(vocab)"), before writing out.
  public static func embedding(
    ids: UnsafePointer<Int32>, count: Int, weight: UnsafePointer<Float>, vocab: Int, dim: Int,
    out: UnsafeMutablePointer<Float>, threads: Int
  ) throws(HostKernelError) {
    try checkIDs(ids, count: count, vocab: vocab, op: "embedding")
    embeddingRegion(ids: ids, count: count, weight: weight, dim: dim, out: out, threads: threads)
      .run()
  }

  /// `embedding`'s copies as a region made once (check the ids with `checkIDs` before each run).
  public static func embeddingRegion(
    ids: UnsafePointer<Int32>, count: Int, weight: UnsafePointer<Float>, dim: Int,
    out: UnsafeMutablePointer<Float>, threads: Int
  ) -> ParallelFor.Region {
    let (i, w, o) = (SendablePointer(ids), SendablePointer(weight), SendablePointer(out))
    return ParallelFor.Region(count: count, threads: workers(count * dim, threads)) { range, _ in
      for p in range {
        (o.pointer! + p * dim).update(from: w.const! + Int(i.pointer![p]) * dim, count: dim)
      }
    }
  }

  /// out [vocab, dim] overwritten with the scatter-add of dy rows by id (deterministic regardless of
  /// threads: e.g. partition the vocab rows between workers, each scanning all ids).
  /// Throws as `embedding` does ("embedding_grad: id ..."), before writing out.
  public static func embeddingGrad(
    ids: UnsafePointer<Int32>, count: Int, dy: UnsafePointer<Float>, vocab: Int, dim: Int,
    out: UnsafeMutablePointer<Float>, threads: Int
  ) throws(HostKernelError) {
    try checkIDs(ids, count: count, vocab: vocab, op: "embedding_grad")
    embeddingGradRegion(
      ids: ids, count: count, dy: dy, vocab: vocab, dim: dim, out: out, threads: threads
    ).run()
  }

  /// `embeddingGrad`'s scatter-add as a region made once (check the ids before each run).
  public static func embeddingGradRegion(
    ids: UnsafePointer<Int32>, count: Int, dy: UnsafePointer<Float>, vocab: Int, dim: Int,
    out: UnsafeMutablePointer<Float>, threads: Int
  ) -> ParallelFor.Region {
    let (i, g, o) = (SendablePointer(ids), SendablePointer(dy), SendablePointer(out))
    let work = (count + vocab) * dim
    // Each worker owns vocabulary rows `range`: it zeroes them, then adds the dy rows (in position
    // order) whose id falls in them.
    return ParallelFor.Region(count: vocab, threads: workers(work, threads)) { range, _ in
      let (ids, dy, out) = (i.const!, g.const!, o.pointer!)
      HostMath.fill(out + range.lowerBound * dim, 0, range.count * dim)
      for p in 0..<count where range.contains(Int(ids[p])) {
        let row = out + Int(ids[p]) * dim
        let src = dy + p * dim
        for d in 0..<dim { row[d] += src[d] }
      }
    }
  }

  /// Throws for the first id outside 0..<vocab.
  public static func checkIDs(
    _ ids: UnsafePointer<Int32>, count: Int, vocab: Int, op: String
  ) throws(HostKernelError) {
    for p in 0..<count where ids[p] < 0 || Int(ids[p]) >= vocab {
      throw HostKernelError("\(op): id \(ids[p]) at position \(p) is outside 0..<\(vocab)")
    }
  }
}
