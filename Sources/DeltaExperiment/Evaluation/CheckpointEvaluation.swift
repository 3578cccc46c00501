import DeltaInterop
import DeltaRuntime
import DeltaSpec
import DeltaTasks
import Foundation

/// `deltac eval`: a checkpoint's parameters evaluated at `spec.eval.lengths`, written to a results
/// folder like a run's final evaluation.
public struct CheckpointEvaluation: Sendable {
  public let spec: Spec
  public let programs: ModelPrograms
  public let state: TrainingState
  public let task: any TaskGenerator
  /// The fla model folder the parameters came from (nil: a deltac checkpoint).
  public let modelFolder: String?
  let progress: ProgressLine

  /// Sequences longer than this are evaluated in segments with the recurrent state carried.
  public let segmentLength: Int

  public init(
    spec: Spec, checkpoint: String, showProgress: Bool = true, segmentLength: Int = 1024
  ) throws {
    let programs = try ModelPrograms(spec: spec, training: false)
    try self.init(
      spec, programs,
      CheckpointStore.load(path: checkpoint, spec: spec, programs: programs, resume: false),
      modelFolder: nil, showProgress: showProgress, segmentLength: segmentLength)
  }

  /// Parameters from an fla model folder (or any source the caller read): evaluated exactly as a
  /// checkpoint's, reported as step 0.
  public init(
    spec: Spec, imported: ImportedParameters, showProgress: Bool = true, segmentLength: Int = 1024
  ) throws {
    let programs = try ModelPrograms(spec: spec, training: false)
    let state = TrainingState(
      step: 0, parameters: try imported.checked(against: programs),
      optimizer: AdamW(config: spec.train.optimizer))
    try self.init(
      spec, programs, state, modelFolder: imported.source, showProgress: showProgress,
      segmentLength: segmentLength)
  }

  private init(
    _ spec: Spec, _ programs: ModelPrograms, _ state: TrainingState, modelFolder: String?,
    showProgress: Bool, segmentLength: Int
  ) throws {
    self.spec = spec
    self.programs = programs
    self.state = state
    self.modelFolder = modelFolder
    self.segmentLength = segmentLength
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

extension CheckpointEvaluation {
  /// The evaluation of `path`: an fla model folder, or a deltac checkpoint file (a missing path is
  /// bad input).
  public init(spec: Spec, path: String, showProgress: Bool, segmentLength: Int) throws {
    guard FileManager.default.fileExists(atPath: path) else {
      throw ExperimentError(.badInput, "\(path): error: no such file")
    }
    if FLAModelFolder.isFolder(path) {
      try self.init(
        spec: spec, imported: ImportedParameters.load(spec: spec, path: path),
        showProgress: showProgress, segmentLength: segmentLength)
    } else {
      try self.init(
        spec: spec, checkpoint: path, showProgress: showProgress, segmentLength: segmentLength)
    }
  }

  /// `step N`, or `model folder` for parameters imported from one.
  public var what: String { modelFolder == nil ? "step \(state.step)" : "model folder" }

  /// results/<spec name>/eval-step-N, or eval-<folder> for a model folder.
  public var defaultDirectory: String {
    let leaf =
      modelFolder.map { "eval-" + URL(fileURLWithPath: $0).standardized.lastPathComponent }
      ?? "eval-step-\(state.step)"
    return TrainOptions.defaultDirectory(for: spec) + "/" + leaf
  }
}
