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

  func record(
    node: Int, path: KernelPath, seconds: Double, operandShapes: [[Int]], resultShapes: [[Int]]
  ) {
    var e = entries[node] ?? Entry()
    e.path = path
    e.seconds += seconds
    e.runs += 1
    e.operandShapes = operandShapes
    e.resultShapes = resultShapes
    entries[node] = e
  }

  func finishRun() { graphRuns += 1 }
}
