import ArgumentParser
import DeltaExperiment
import DeltaSpec
import Foundation

/// `deltac sweep SPEC`: every variant of the spec's `sweep:` grid, once per seed of `seeds:`, each
/// in its own results folder; finished runs are skipped, interrupted ones resumed; then a summary.
struct Sweep: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a spec's sweep grid x seeds (locally, over MPI ranks or Slurm array tasks).",
    discussion: """
      The runs are the variants of the spec's sweep: grid (the spec itself without one) times \
      its seeds: list (train.seed without one), variant-major; --list shows them with their \
      index and status. Run i trains in <out>/<variant>/seed-<seed> (default out: \
      results/<spec name>), exactly as deltac run would.

      Where the runs go: one after another in this process (default); --jobs K at a time as \
      child processes, each with cores/K threads; under mpirun -np N, rank r takes runs r, \
      r+N, ...; in a Slurm array job, the task SLURM_ARRAY_TASK_ID takes that one run \
      (submit with --array=0-<runs-1>); --run I takes run I alone.

      A run whose folder has eval.json is finished and skipped; one with checkpoints but no \
      eval.json resumes from its newest checkpoint; delete a run's folder to train it again. \
      At the end (rank 0 under MPI) <out>/summary.csv, summary.md (median and min-max over \
      seeds per variant and length, also printed on stdout) and accuracy.svg (loss.svg for \
      language modelling) are written from every finished run. A failed run does not stop \
      the others; the exit status is then 2.

      Examples:
        deltac sweep specs/quickstart_sweep.yaml --list
        deltac sweep specs/quickstart_sweep.yaml --jobs 2
        mpirun -np 4 deltac sweep specs/s3_sweep.yaml
        sbatch --array=0-11 --wrap 'deltac sweep specs/s3_sweep.yaml'
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec"))
  var spec: String

  @Option(help: ArgumentHelp("Results root (default: results/<spec name>).", valueName: "dir"))
  var out: String?

  @Option(help: "Runs at a time on this machine, each a child process with cores/jobs threads.")
  var jobs = 1

  @Option(name: .customLong("run"), help: ArgumentHelp("Only run number i (see --list).", valueName: "i"))
  var runIndex: Int?

  @Option(help: "Worker threads per run when the spec does not set compile.threads.")
  var threads: Int?

  @Flag(help: "List the runs with their index and status, and stop.")
  var list = false

  @Flag(help: "No progress line or notes on stderr.")
  var quiet = false

  /// Children of --jobs leave the summary to their parent.
  @Flag(help: .hidden)
  var noSummary = false

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
  }

  func run() throws {
    let resolved = try ExperimentCommand.resolve(spec)
    let root = out ?? "results/" + resolved.spec.name
    let runs = SweepPlan.runs(resolved, root: root)
    if list {
      print(Self.listing(runs), terminator: "")
      return
    }
    let communicator = try ExperimentCommand.communicator(
      resultsNote:
        "each run's checkpoints are written atomically: running the sweep again resumes the unfinished runs"
    )
    let mine = try ExperimentCommand.value(communicator) { try selection(runs, communicator) }
    var failed = 0
    if jobs > 1, mine.count > 1, communicator.size == 1 {
      failed = try children(runs, mine, root: root)
    } else {
      let threads = self.threads ?? (Launch.isMPI ? Launch.threadsPerRank : nil)
      for i in mine where !train(runs[i], of: runs.count, threads: threads) { failed += 1 }
    }
    if communicator.size > 1 {
      // Also the barrier: rank 0 summarizes after every rank is done.
      var count = [Double(failed)]
      try ExperimentCommand.value(communicator) { try communicator.sum(&count) }
      failed = Int(count[0])
    }
    if communicator.isRoot, !noSummary {
      let summary = SweepSummary(runs: runs)
      try ExperimentCommand.guarded {
        do {
          try summary.write(to: root, title: resolved.spec.name)
        } catch {
          throw ExperimentError(.runtime, "could not write the sweep summary in \(root): \(error)")
        }
      }
      print(summary.markdown, terminator: "")
      if !quiet { StandardError.write("sweep: summary in \(root)/summary.md\n") }
    }
    communicator.finish()
    if failed > 0 {
      StandardError.write("sweep: \(failed) run(s) failed (see above); re-run to resume them\n")
      throw ExitCode(2)
    }
  }

  /// The run indices this process does: --run, a Slurm array task, an MPI rank's share, or all.
  func selection(_ runs: [SweepRun], _ communicator: any Communicator) throws -> [Int] {
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
        "\(source) is outside the sweep's \(runs.count) runs (0...\(runs.count - 1)); deltac sweep \(spec) --list shows them"
      )
    }
    return [index]
  }

  /// Trains one run in this process (resuming or skipping it); false when it failed.
  func train(_ run: SweepRun, of count: Int, threads: Int?) -> Bool {
    let status = run.status
    let name = "[\(run.index + 1)/\(count)] \(run.variant) seed \(run.seed)"
    guard status != .finished else {
      if !quiet { StandardError.write("sweep: \(name): finished, skipped\n") }
      return true
    }
    var spec = run.spec
    if spec.compile.threads == nil, let threads { spec.compile.threads = threads }
    if !quiet {
      let how = status == .interrupted ? "resuming" : "training"
      StandardError.write("sweep: \(name): \(how) in \(run.directory)\n")
    }
    do {
      let options = TrainOptions(
        resultsDirectory: run.directory, resume: status == .interrupted, showProgress: !quiet)
      let summary = try Trainer(spec: spec, options: options).run()
      if !quiet {
        StandardError.write(
          "sweep: \(name): \(summary.steps) steps, final batch loss \(String(format: "%.4f", summary.loss))\n"
        )
      }
      return true
    } catch {
      StandardError.write("sweep: \(name): error: \(error)\n")
      return false
    }
  }

  /// `--jobs K`: the runs as child processes (`deltac sweep SPEC --run i`), K at a time.
  func children(_ runs: [SweepRun], _ mine: [Int], root: String) throws -> Int {
    let threads = self.threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount / jobs)
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
      process.arguments = [
        "sweep", spec, "--out", root, "--run", "\(i)", "--threads", "\(threads)", "--no-summary",
      ] + (quiet ? ["--quiet"] : [])
      let name = "[\(i + 1)/\(runs.count)] \(runs[i].variant) seed \(runs[i].seed)"
      let quiet = self.quiet
      process.terminationHandler = { p in
        if p.terminationStatus != 0 {
          failures.add()
          StandardError.write("sweep: \(name): exit status \(p.terminationStatus)\n")
        } else if !quiet {
          StandardError.write("sweep: \(name): done\n")
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
  static func listing(_ runs: [SweepRun]) -> String {
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
