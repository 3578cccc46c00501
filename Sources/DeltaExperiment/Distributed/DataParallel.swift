import DeltaTasks

/// Data-parallel training over a `Communicator` (the trainer's only view of MPI):
/// - every rank generates the same global batch of (seed, step) and takes its contiguous block of
///   rows, rows [r B / N, (r + 1) B / N);
/// - the loss is a mean over supervised positions, so each rank's loss and gradients are weighted by
///   its supervised count, summed over ranks (MPI_Allreduce) and divided by the global count: the
///   gradient of the global batch's mean, whatever N (up to floating-point summation order);
/// - every rank then takes the same AdamW step on the same weights, so weights stay identical
///   without being sent; rank 0's start state (fresh, `--init-from` or a checkpoint) is broadcast once.
struct DataParallel: Sendable {
  let communicator: any Communicator

  var rank: Int { communicator.rank }
  var size: Int { communicator.size }

  /// This rank's rows of the global batch.
  func shard(_ batch: Batch) -> Batch {
    guard size > 1 else { return batch }
    let (lo, hi) = (rank * batch.batch / size, (rank + 1) * batch.batch / size)
    let range = (lo * batch.length)..<(hi * batch.length)
    return Batch(
      inputs: Array(batch.inputs[range]), labels: Array(batch.labels[range]), batch: hi - lo,
      length: batch.length)
  }

  /// Every rank needs at least one row of every batch.
  func check(batchSize: Int) throws {
    guard batchSize < size else { return }
    throw ExperimentError(
      .badInput,
      "train.batch_size \(batchSize) is smaller than the \(size) ranks: each rank needs at least one row of every batch; use fewer ranks or a larger batch"
    )
  }

  /// The global batch's loss, accuracies and gradients from this rank's: `grads` (this rank's mean
  /// gradient, in `order`) becomes the global mean gradient on every rank.
  func reduce(
    loss: Double, metrics: MetricsAccumulator, grads: inout [String: [Float]], order: [String]
  ) throws -> (loss: Double, tokenAccuracy: Double, sequenceAccuracy: Double) {
    let counted = Double(metrics.tokens)
    var totals: [Double] = [
      loss * counted, counted, Double(metrics.correctTokens), Double(metrics.correctSequences),
      Double(metrics.sequences),
    ]
    try communicator.sum(&totals)
    let total = max(totals[1], 1)
    var flat: [Float] = []
    flat.reserveCapacity(order.reduce(0) { $0 + grads[$1]!.count })
    let weight = Float(counted)
    for name in order { flat += grads[name]!.map { $0 * weight } }
    try communicator.sum(&flat)
    let scale = Float(1 / total)
    var offset = 0
    for name in order {
      let n = grads[name]!.count
      grads[name] = flat[offset..<(offset + n)].map { $0 * scale }
      offset += n
    }
    return (
      totals[0] / total, totals[2] / total, totals[4] == 0 ? 0 : totals[3] / totals[4]
    )
  }

  /// Rank 0's state on every rank: step, parameters, AdamW's step and moments, early-stop state.
  func broadcast(_ state: inout TrainingState, order: [(name: String, shape: [Int])]) throws {
    guard size > 1 else { return }
    let hasMoments = !state.optimizer.firstMoment.isEmpty
    var header: [Double] = [
      Double(state.step), Double(state.optimizer.step), hasMoments ? 1 : 0,
      state.bestMetric ?? .nan, state.stoppedEarly ? 1 : 0, state.elapsed,
    ]
    try communicator.broadcast(&header, root: 0)
    state.step = Int(header[0])
    state.optimizer.step = Int(header[1])
    state.bestMetric = header[3].isNaN ? nil : header[3]
    state.stoppedEarly = header[4] != 0
    state.elapsed = header[5]
    try broadcast(&state.parameters, order)
    guard header[2] != 0 else {
      state.optimizer.firstMoment = [:]
      state.optimizer.secondMoment = [:]
      return
    }
    try broadcast(&state.optimizer.firstMoment, order)
    try broadcast(&state.optimizer.secondMoment, order)
  }

  private func broadcast(
    _ values: inout [String: [Float]], _ order: [(name: String, shape: [Int])]
  ) throws {
    var flat: [Float] = []
    for (name, shape) in order {
      let n = shape.reduce(1, *)
      flat += values[name] ?? [Float](repeating: 0, count: n)
    }
    try communicator.broadcast(&flat, root: 0)
    var offset = 0
    for (name, shape) in order {
      let n = shape.reduce(1, *)
      values[name] = Array(flat[offset..<(offset + n)])
      offset += n
    }
  }

  /// Rank 0's early-stop decision on every rank (only rank 0 evaluates during training).
  func agree(_ state: inout TrainingState) throws {
    guard size > 1 else { return }
    var values: [Double] = [state.stoppedEarly ? 1 : 0, state.bestMetric ?? .nan]
    try communicator.broadcast(&values, root: 0)
    state.stoppedEarly = values[0] != 0
    state.bestMetric = values[1].isNaN ? nil : values[1]
  }
}
