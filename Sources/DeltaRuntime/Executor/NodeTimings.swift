/// The per-node timing hook of `Executor` (`deltac profile`): when an executor has one, every node's
/// run is timed (wall clock, from operands ready to results ready) and recorded with the shapes of
/// its operands and results (those of its first run), keyed by node index (the node's result names are the IR value names
/// of `deltac compile --emit ir`). Executors without one pay a nil check per node.
public final class NodeTimings: @unchecked Sendable {
  public struct Entry: Sendable {
    /// Total seconds over every recorded run.
    public var seconds: Double = 0
    public var runs: Int = 0
    public var operandShapes: [[Int]] = []
    public var resultShapes: [[Int]] = []
    /// What ran the node (a copy before a kernel shows as that kernel's path).
    public var path: KernelPath = .host
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

  /// Adds a run of `node`; `shapes` (operands, results) is asked for on its first run only (a plan
  /// runs at fixed dims), to keep the timer's own work between the nodes small.
  func record(
    node: Int, path: KernelPath, seconds: Double, shapes: () -> ([[Int]], [[Int]])
  ) {
    if entries[node] == nil {
      var e = Entry()
      (e.operandShapes, e.resultShapes) = shapes()
      entries[node] = e
    }
    entries[node]!.path = path
    entries[node]!.seconds += seconds
    entries[node]!.runs += 1
  }

  func finishRun() { graphRuns += 1 }
}
