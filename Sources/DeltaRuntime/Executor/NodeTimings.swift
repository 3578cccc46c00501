/// The per-node timing hook of `Executor` (`deltac profile`): when an executor has one, every node's
/// run is timed (wall clock, from operands ready to results ready) and recorded with the shapes of
/// its operands and results, keyed by node index (the node's result names are the IR value names
/// of `deltac compile --emit ir`). Executors without one pay a nil check per node.
public final class NodeTimings: @unchecked Sendable {
  public struct Entry: Sendable {
    /// Total seconds over every recorded run.
    public var seconds: Double = 0
    public var runs: Int = 0
    public var operandShapes: [[Int]] = []
    public var resultShapes: [[Int]] = []
  }

  /// By node index.
  public private(set) var entries: [Int: Entry] = [:]
  /// Executor runs recorded (one per `run` call).
  public private(set) var graphRuns = 0

  public init() {}

  /// Forgets everything (e.g. after warm-up runs).
  public func reset() {
    entries = [:]
    graphRuns = 0
  }

  func record(
    node: Int, seconds: Double, operands: [TensorValue<Float>], results: [TensorValue<Float>]
  ) {
    var e = entries[node] ?? Entry()
    e.seconds += seconds
    e.runs += 1
    e.operandShapes = operands.map(\.shape)
    e.resultShapes = results.map(\.shape)
    entries[node] = e
  }

  func finishRun() { graphRuns += 1 }
}
