import DeltaSpec
import Foundation

/// How `Trainer` runs, beyond the spec.
public struct TrainOptions: Sendable {
  /// The results folder (default `results/<spec name>`).
  public var resultsDirectory: String
  /// Continue from the newest checkpoint in `<results>/checkpoints` instead of starting over.
  public var resume: Bool
  /// A fresh run into a folder that holds an earlier run's checkpoints replaces it (its files go once
  /// this run's first checkpoint is written); without it such a run refuses.
  public var overwrite: Bool = false
  /// SIGINT / SIGTERM finish the current step and write a checkpoint (`GracefulStop`); `deltac run`.
  public var handleSignals: Bool = false
  /// Start from these parameters instead of the seeded initialization (AdamW fresh, step 0);
  /// not with `resume`.
  public var initFrom: ImportedParameters?
  /// Stop after this many steps of this invocation, as if the process were killed there (no
  /// checkpoint, no evaluation): how the resume tests interrupt a run.
  public var stopAfterSteps: Int?
  /// Progress line and notes on stderr.
  public var showProgress: Bool
  /// Called with each step's gradients before they are checked (0-based step): tests inject NaN here.
  public var gradientHook: (@Sendable (Int, inout [String: [Float]]) -> Void)?
  /// The ranks training together (data-parallel, see `DataParallel`); `SingleProcess` alone. Rank 0
  /// alone reads and writes the results folder and shows progress.
  public var communicator: any Communicator

  public init(
    resultsDirectory: String, resume: Bool = false, initFrom: ImportedParameters? = nil,
    stopAfterSteps: Int? = nil, showProgress: Bool = true,
    gradientHook: (@Sendable (Int, inout [String: [Float]]) -> Void)? = nil,
    communicator: any Communicator = SingleProcess()
  ) {
    self.resultsDirectory = resultsDirectory
    self.resume = resume
    self.initFrom = initFrom
    self.stopAfterSteps = stopAfterSteps
    self.showProgress = showProgress
    self.gradientHook = gradientHook
    self.communicator = communicator
  }

  /// `results/<name>` (a sweep variant `s3_sweep/nh1` nests).
  public static func defaultDirectory(for spec: Spec) -> String { "results/" + spec.name }

  /// A run's results folder: `out`, or results/<spec name>; a sweep's variants each in a
  /// subfolder named after the variant.
  public static func directory(for spec: Spec, out: String?, sweep: Bool) -> String {
    guard let out else { return defaultDirectory(for: spec) }
    guard sweep, let leaf = spec.name.split(separator: "/").last else { return out }
    return out + "/" + leaf
  }
}

/// What a run did.
public struct TrainSummary: Sendable {
  /// Optimizer steps completed, and the steps the spec asks for.
  public var steps: Int
  public var totalSteps: Int
  /// The last training step's batch loss and accuracies.
  public var loss: Double
  public var tokenAccuracy: Double
  public var sequenceAccuracy: Double
  public var stoppedEarly: Bool
  /// Stopped by `stopAfterSteps`.
  public var interrupted: Bool
  /// Wall time of this invocation's training steps (without evaluation), seconds.
  public var trainSeconds: Double
  /// The final evaluation (empty when interrupted).
  public var evaluation: [LengthResult]
  public var checkpoint: String?
  /// The signal that stopped the run after a step and a checkpoint (`GracefulStop`).
  public var stopSignal: Int32?

  /// After a graceful stop: the line saying where the run stopped and how to continue it, and the
  /// exit status (128 + the signal: 130 for SIGINT, 143 for SIGTERM).
  public func stopNote(command: String) -> (text: String, status: Int32)? {
    guard let signal = stopSignal else { return nil }
    let where_ = checkpoint.map { "checkpoint \($0)" } ?? "no checkpoint"
    return (
      "stopped by \(GracefulStop.name(signal)) at step \(steps) of \(totalSteps); \(where_); continue with: \(command) --resume\n",
      128 + signal
    )
  }

  /// `--resume` found the run finished: no step was trained (the final evaluation ran again).
  public var alreadyFinished = false

  /// `final batch loss 0.1234`, or why there is none.
  public var finalLossText: String {
    if alreadyFinished { return "no step trained (the run had already finished)" }
    guard loss.isFinite || trainSeconds > 0 else { return "no step trained" }
    return "final batch loss " + String(format: "%.4f", loss)
  }
}
