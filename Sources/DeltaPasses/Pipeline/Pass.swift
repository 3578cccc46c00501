import DeltaIR

// The contract every optimization pass follows: a pure function from graph to graph, in its own file,
// registered once in Pipeline.swift. A pass records what it decided as op attributes or value names
// in the graph it returns, so dumps (`deltac compile --after PASS`) show every decision.

/// One optimization pass.
public struct Pass: Sendable {
  /// The name users write (`--after fuse-projections`, `compile.disabled_passes: [...]`).
  public let name: String
  /// One line for `deltac compile --passes`.
  public let summary: String
  public let run: @Sendable (Graph, PassOptions) throws -> Graph

  public init(
    name: String, summary: String, run: @escaping @Sendable (Graph, PassOptions) throws -> Graph
  ) {
    self.name = name
    self.summary = summary
    self.run = run
  }
}

/// What the pipeline's caller decides for the passes.
public struct PassOptions: Sendable {
  /// Passes not to run, by name (the spec's `compile.disabled_passes` and `--disable`).
  public var disabled: Set<String>
  /// Stop after this pass (`deltac compile --after PASS`); nil runs the whole pipeline.
  public var stopAfter: String?
  /// Run the verifier after every pass (on in debug builds and tests).
  public var verifyEachPass: Bool
  /// Worker threads the plan will run with (cost models divide parallel work by it).
  public var threads: Int
  /// Measures candidates for recurrences whose chunk is `autotune` (set by the driver, which can run
  /// kernels; the passes themselves only see the IR). nil: no measurement available, the cost model
  /// decides.
  public var measure: (any PassMeasurer)?
  /// Concrete sizes of the graph's symbolic dims for cost models and the memory plan (the spec's
  /// batch size `B` and training length `T`); unbound dims take `ChooseChunkSize.fallbackDims`.
  public var dims: [String: Int]

  public init(
    disabled: Set<String> = [], stopAfter: String? = nil,
    verifyEachPass: Bool = Pipeline.debugBuild,
    threads: Int = 1, measure: (any PassMeasurer)? = nil,
    dims: [String: Int] = [:]
  ) {
    self.dims = dims
    self.disabled = disabled
    self.stopAfter = stopAfter
    self.verifyEachPass = verifyEachPass
    self.threads = threads
    self.measure = measure
  }
}

/// Runs candidate kernels for autotuning passes (implemented in DeltaRuntime).
public protocol PassMeasurer: Sendable {
  /// Seconds per call of the recurrence (forward, + backward when `problem.backward`) with these
  /// parameters at the problem's shape, for each candidate chunk, on `threads` threads; `cached`:
  /// the figures were read from the on-disk tuning cache (measured on an earlier run).
  func recurrenceSeconds(
    _ params: DeltaProductParams, problem: ChunkCostModel.Problem, candidates: [ChunkSize],
    threads: Int
  ) throws -> (seconds: [Double], cached: Bool)
}

/// A pass failed, or left a graph the verifier rejects (a compiler bug, named by pass).
public struct PassError: Error, Sendable, CustomStringConvertible {
  public let pass: String
  public let message: String
  public init(pass: String, _ message: String) {
    self.pass = pass
    self.message = message
  }
  public var description: String { "pass \(pass): \(message)" }
}
