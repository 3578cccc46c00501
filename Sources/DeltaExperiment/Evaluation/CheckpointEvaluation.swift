import DeltaRuntime
import DeltaSpec
import DeltaTasks

/// `deltac eval`: a checkpoint's parameters evaluated at `spec.eval.lengths`, written to a results
/// folder like a run's final evaluation.
public struct CheckpointEvaluation: Sendable {
  public let spec: Spec
  public let programs: ModelPrograms
  public let state: TrainingState
  public let task: any TaskGenerator
  let progress: ProgressLine

  /// Sequences longer than this are evaluated in segments with the recurrent state carried.
  public let segmentLength: Int

  public init(
    spec: Spec, checkpoint: String, showProgress: Bool = true, segmentLength: Int = 1024
  ) throws {
    self.spec = spec
    self.segmentLength = segmentLength
    programs = try ModelPrograms(spec: spec, training: false)
    state = try CheckpointStore.load(
      path: checkpoint, spec: spec, programs: programs, resume: false)
    task = try TaskFactory.make(spec)
    progress = ProgressLine(totalSteps: 1, enabled: showProgress)
  }

  /// Parameters from an fla model folder (or any source the caller read): evaluated exactly as a
  /// checkpoint's, reported as step 0.
  public init(
    spec: Spec, imported: ImportedParameters, showProgress: Bool = true, segmentLength: Int = 1024
  ) throws {
    self.spec = spec
    self.segmentLength = segmentLength
    programs = try ModelPrograms(spec: spec, training: false)
    state = TrainingState(
      step: 0, parameters: try imported.checked(against: programs),
      optimizer: AdamW(config: spec.train.optimizer))
    task = try TaskFactory.make(spec)
    progress = ProgressLine(totalSteps: 1, enabled: showProgress)
  }

  public func run(directory: String) throws -> [LengthResult] {
    let results = ResultsWriter(directory: directory)
    try results.prepare(spec: spec)
    let evaluator = Evaluator(
      programs: programs, task: task, batchSize: spec.eval.batchSize, segmentLength: segmentLength)
    return try evaluator.evaluateLengths(
      parameters: state.parameters, spec: spec, step: state.step, progress: progress,
      results: results)
  }
}
