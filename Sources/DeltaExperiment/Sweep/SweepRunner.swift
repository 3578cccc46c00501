import DeltaSpec
import Foundation

/// Where a sweep's runs go and how each one trains: in this process one after another, or as child
/// processes (`deltac sweep SPEC --run i`), K at a time. `deltac sweep` parses its flags into one of
/// these; the summary is `SweepSummary`'s.
public struct SweepRunner {
  public let runs: [SweepRun]
  public var quiet = false
  /// Worker threads per run when the spec does not set compile.threads.
  public var threads: Int?
  public var log: @Sendable (String) -> Void = { _ in }

  public init(runs: [SweepRun]) { self.runs = runs }

  /// What a stopped sweep leaves behind, as the note of a terminated rank says it.
  public static let resultsNote =
    "each run's checkpoints are written atomically: running the sweep again resumes the unfinished runs"

  /// The run indices this process does: `runIndex` (--run), a Slurm array task
  /// (`SLURM_ARRAY_TASK_ID`), an MPI rank's share, or all. `specPath` names the spec in the hint.
  public func selection(runIndex: Int?, communicator: any Communicator, specPath: String) throws
    -> [Int]
  {
    let slurm = ProcessInfo.processInfo.environment["SLURM_ARRAY_TASK_ID"]
    guard let index = runIndex ?? slurm.flatMap({ Int($0) }) else {
      if let slurm {
        throw ExperimentError(.badInput, "SLURM_ARRAY_TASK_ID '\(slurm)' is not a run index")
      }
      return SweepPlan.share(
        count: runs.count, worker: communicator.rank, workers: communicator.size)
    }
    guard runs.indices.contains(index) else {
      let source = runIndex != nil ? "--run \(index)" : "SLURM_ARRAY_TASK_ID \(index)"
      throw ExperimentError(
        .badInput,
        "\(source) is outside the sweep's \(runs.count) runs (0...\(runs.count - 1)); deltac sweep \(specPath) --list shows them"
      )
    }
    return [index]
  }

  /// Does this process's runs `mine`: as `jobs` child processes at a time when there are several and
  /// no MPI (each gets `childArguments(index, threads)`, `threads` = given or cores / jobs), else one
  /// after another here (`threads` given, or the MPI rank's share). Returns how many failed on every
  /// rank (a collective operation: also the barrier before rank 0 summarizes).
  public func run(
    _ mine: [Int], jobs: Int, threads: Int?, communicator: any Communicator,
    childArguments: (Int, Int) -> [String]
  ) throws -> Int {
    var failed = 0
    if jobs > 1, mine.count > 1, communicator.size == 1 {
      let perChild = threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount / jobs)
      failed = try children(mine, jobs: jobs) { childArguments($0, perChild) }
    } else {
      var here = self
      here.threads = threads ?? (Launch.isMPI ? Launch.threadsPerRank : nil)
      failed = mine.filter { !here.train(runs[$0]) }.count
    }
    return try communicator.total(failed)
  }

  /// Trains one run in this process (resuming or skipping it); false when it failed.
  public func train(_ run: SweepRun) -> Bool {
    let status = run.status
    let name = "[\(run.index + 1)/\(runs.count)] \(run.variant) seed \(run.seed)"
    guard status != .finished else {
      if !quiet { log("sweep: \(name): finished, skipped\n") }
      return true
    }
    var spec = run.spec
    if spec.compile.threads == nil, let threads { spec.compile.threads = threads }
    if !quiet {
      let how = status == .interrupted ? "resuming" : "training"
      log("sweep: \(name): \(how) in \(run.directory)\n")
    }
    do {
      let options = TrainOptions(
        resultsDirectory: run.directory, resume: status == .interrupted, showProgress: !quiet)
      let summary = try Trainer(spec: spec, options: options).run()
      if !quiet {
        log(
          "sweep: \(name): \(summary.steps) steps, final batch loss \(String(format: "%.4f", summary.loss))\n"
        )
      }
      return true
    } catch {
      log("sweep: \(name): error: \(error)\n")
      return false
    }
  }

  /// The unfinished runs of `mine` as child processes of this executable, `jobs` at a time; each
  /// child's arguments come from `arguments(index)`. Returns how many failed.
  public func children(_ mine: [Int], jobs: Int, arguments: (Int) -> [String]) throws -> Int {
    let linux = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let executable =
      FileManager.default.isExecutableFile(atPath: linux) ? linux : CommandLine.arguments[0]
    let slots = DispatchSemaphore(value: jobs)
    let group = DispatchGroup()
    let failures = Counter()
    for i in mine where runs[i].status != .finished {
      slots.wait()
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments(i)
      let name = "[\(i + 1)/\(runs.count)] \(runs[i].variant) seed \(runs[i].seed)"
      let (quiet, log) = (self.quiet, self.log)
      process.terminationHandler = { p in
        if p.terminationStatus != 0 {
          failures.add()
          log("sweep: \(name): exit status \(p.terminationStatus)\n")
        } else if !quiet {
          log("sweep: \(name): done\n")
        }
        slots.signal()
        group.leave()
      }
      group.enter()
      try process.run()
    }
    group.wait()
    return failures.value
  }

  /// `index | variant | seed | status | folder`, one line per run.
  public func listing() -> String {
    var out = "| run | variant | seed | status | folder |\n|---:|---|---:|---|---|\n"
    for r in runs {
      out += "| \(r.index) | \(r.variant) | \(r.seed) | \(r.status.rawValue) | \(r.directory) |\n"
    }
    return out
  }
}

/// A failure count shared with process termination handlers.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
