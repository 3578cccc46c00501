import DeltaRuntime
import DeltaSpec

/// Everything a resumed run needs to continue exactly: the data stream is a pure function of
/// (`train.seed`, step), so the step is the data RNG's state; the rest is parameters and AdamW.
public struct TrainingState: Sendable {
  /// Optimizer steps completed; the next batch is `task.trainBatch(step: step)`.
  public var step: Int
  public var parameters: [String: [Float]]
  public var optimizer: AdamW
  /// The best early-stop metric seen at a periodic evaluation (nil before the first).
  public var bestMetric: Double?
  /// Whether the run already stopped early at `step`.
  public var stoppedEarly: Bool
  /// Training wall time so far, in seconds (reports only; not part of the exactness contract).
  public var elapsed: Double
  /// The thread count of the run that wrote the checkpoint (nil for a fresh state).
  public var threads: Int?
  /// Where the run's initial parameters came from (`--init-from`); nil for the seeded init.
  public var initFrom: String?

  public init(
    step: Int, parameters: [String: [Float]], optimizer: AdamW, bestMetric: Double? = nil,
    stoppedEarly: Bool = false, elapsed: Double = 0
  ) {
    self.step = step
    self.parameters = parameters
    self.optimizer = optimizer
    self.bestMetric = bestMetric
    self.stoppedEarly = stoppedEarly
    self.elapsed = elapsed
  }
}

/// Why a run stopped or could not start; `deltac` prints the message and exits with 2 (1 for
/// `badInput`: a wrong flag or file the user named).
public struct ExperimentError: Error, Sendable, CustomStringConvertible, Equatable {
  public enum Kind: Sendable, Equatable {
    case badInput
    case checkpoint
    /// A checkpoint of another model or run than the spec (exit status 2, as a bad checkpoint).
    case specMismatch
    case nonFinite
    case runtime
  }
  public let kind: Kind
  public let message: String
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }
  public var description: String { message }

  /// Any error as an experiment error: bad files and bad graphs are bad input, the rest runtime
  /// failures (deltac's, or the machine's).
  public init(classifying error: any Error) {
    switch error {
    case let e as ExperimentError: self = e
    case let e as CheckpointError:
      self.init(e.kind == .internalError ? .runtime : .badInput, e.description)
    case let e as InterpreterError: self.init(.badInput, e.message)
    default: self.init(.runtime, "\(error)")
    }
  }

  /// The process exit status (DESIGN.md): 1 for bad input, 2 for a runtime failure.
  public var exitStatus: Int32 { kind == .badInput ? 1 : 2 }

  /// The message as printed: `error: ...`, or as it is when it already names its file
  /// (`path: error: ...`).
  public var printed: String { message.contains(": error: ") ? message : "error: " + message }
}
