import DeltaRuntime
import DeltaSpec
import DeltaTasks

/// The metrics of one evaluated length (or length range).
public struct LengthResult: Sendable {
  /// The task's length unit (elements for word problems, generator length for Chomsky tasks, tokens
  /// for language modelling); `minLength < length` for a range.
  public var length: Int
  public var minLength: Int
  public var metrics: MetricsAccumulator
  public var seconds: Double
}

/// Runs the forward graph over held-out sets and accumulates `MetricsAccumulator`s.
public struct Evaluator: Sendable {
  public let programs: ModelPrograms
  public let task: any TaskGenerator
  public let batchSize: Int
  /// Sequences longer than this run in segments of this many positions, the recurrent state and the
  /// conv inputs carried from one to the next (`RecurrentCarry`): memory stays that of one segment
  /// whatever the length, so a 32k-token evaluation fits where a whole-sequence graph would not.
  public let segmentLength: Int

  public init(
    programs: ModelPrograms, task: any TaskGenerator, batchSize: Int, segmentLength: Int = 1024
  ) {
    self.programs = programs
    self.task = task
    self.batchSize = max(1, batchSize)
    self.segmentLength = max(1, segmentLength)
  }

  /// `count` held-out sequences with lengths in `lengths`.
  public func evaluate(parameters: [String: [Float]], lengths: ClosedRange<Int>, count: Int) throws
    -> LengthResult
  {
    let clock = ContinuousClock.now
    let set = try task.evalSet(lengths: lengths, count: count)
    let metrics = try evaluate(parameters: programs.tensors(parameters), set: set)
    let seconds = (ContinuousClock.now - clock).seconds
    return LengthResult(
      length: lengths.upperBound, minLength: lengths.lowerBound, metrics: metrics, seconds: seconds)
  }

  func evaluate(parameters: [String: Tensor<Float>], set: Batch) throws -> MetricsAccumulator {
    var acc = MetricsAccumulator()
    let (T, V) = (set.length, programs.spec.vocabSize)
    var row = 0
    while row < set.batch {
      let b = min(batchSize, set.batch - row)
      let range = (row * T)..<((row + b) * T)
      let inputs = Array(set.inputs[range])
      let labels = Array(set.labels[range])
      if T > segmentLength {
        try segmented(
          parameters: parameters, inputs: inputs, labels: labels, batch: b, length: T, into: &acc)
      } else {
        let out = try programs.forward.run(
          parameters: parameters, inputs: ModelPrograms.feed(inputs, labels, batch: b, length: T))
        acc.add(
          logits: out["logits"]!.data, labels: labels, batch: b, length: T, vocab: V,
          ignoreIndex: ignoreIndex)
      }
      row += b
    }
    return acc
  }

  /// One batch of long rows, segment by segment.
  func segmented(
    parameters: [String: Tensor<Float>], inputs: [Int32], labels: [Int32], batch: Int, length: Int,
    into acc: inout MetricsAccumulator
  ) throws {
    var carry = RecurrentCarry()
    acc.beginBatch(rows: batch)
    var start = 0
    while start < length {
      let n = min(segmentLength, length - start)
      let rows = (0..<batch).map { b in (b * length + start)..<(b * length + start + n) }
      let x = rows.flatMap { inputs[$0] }
      let y = rows.flatMap { labels[$0] }
      let out = try programs.forward.run(
        parameters: parameters, inputs: ModelPrograms.feed(x, y, batch: batch, length: n),
        carry: &carry)
      acc.addSegment(
        logits: out["logits"]!.data, labels: y, length: n, vocab: programs.spec.vocabSize,
        ignoreIndex: ignoreIndex)
      start += n
    }
    acc.endBatch()
  }

  /// The end-of-run evaluation (a run's last, or `deltac eval`'s): every length of `eval.lengths`
  /// with `eval.samples` sequences each, one progress line per length, written to `results` as the
  /// evaluation at `step`.
  func evaluateLengths(
    parameters: [String: [Float]], spec: Spec, step: Int, progress: ProgressLine,
    results: ResultsWriter
  ) throws -> [LengthResult] {
    var out: [LengthResult] = []
    for length in spec.eval.lengths {
      let r = try evaluate(
        parameters: parameters, lengths: length...length, count: spec.eval.samples)
      progress.note(Trainer.evalLine(length: length, r))
      out.append(r)
    }
    try results.writeEvaluation(out, spec: spec, step: step)
    return out
  }
}
