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
      seeds per variant and length, also printed on stdout), accuracy.svg (loss.svg for \
      language modelling) and summary.html (the table and every run's plot in one \
      self-contained page) are written from every finished run. Each run also writes a \
      TensorBoard event file: tensorboard --logdir <out> shows the runs side by side. A \
      failed run does not stop the others; the exit status is then 2.

      Examples:
        deltac sweep specs/quickstart_sweep.yaml --list
        deltac sweep specs/quickstart_sweep.yaml --jobs 2
        mpirun -np 4 deltac sweep specs/s3_sweep.yaml
        sbatch --array=0-11 --wrap 'deltac sweep specs/s3_sweep.yaml'
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Option(help: ArgumentHelp("Results root (default: results/<spec name>).", valueName: "dir"))
  var out: String?
  @Option(help: "Runs at a time on this machine, each a child process with cores/jobs threads.")
  var jobs = 1
  @Option(
    name: .customLong("run"), help: ArgumentHelp("Only run number i (see --list).", valueName: "i"))
  var runIndex: Int?
  @Option(help: "Worker threads per run when the spec does not set compile.threads.")
  var threads: Int?
  @Flag(help: "List the runs with their index and status, and stop.") var list = false
  @Flag(help: "No progress line or notes on stderr.") var quiet = false

  /// Children of --jobs leave the summary to their parent.
  @Flag(help: .hidden) var noSummary = false

  func validate() throws {
    try expect(jobs >= 1, "--jobs must be at least 1")
    try expect((threads ?? 1) >= 1, "--threads must be at least 1")
  }

  func run() throws {
    let resolved = try CLISpec.resolve(spec)
    let root = out ?? "results/" + resolved.spec.name
    var runner = SweepRunner(runs: SweepPlan.runs(resolved, root: root))
    (runner.quiet, runner.log) = (quiet, Output.stderr)
    if list {
      print(runner.listing(), terminator: "")
      return
    }
    let communicator = try Failure.communicator(resultsNote: SweepRunner.resultsNote)
    let mine = try Failure.value(communicator) {
      try runner.selection(runIndex: runIndex, communicator: communicator, specPath: spec)
    }
    let failed = try Failure.value(communicator) {
      try runner.run(mine, jobs: jobs, threads: threads, communicator: communicator) { i, threads in
        ["sweep", spec, "--out", root, "--run", "\(i)", "--threads", "\(threads)", "--no-summary"]
          + (quiet ? ["--quiet"] : [])
      }
    }
    if communicator.isRoot, !noSummary {
      let summary = SweepSummary(runs: runner.runs)
      try Failure.guarded { try summary.write(to: root, title: resolved.spec.name) }
      print(summary.markdown, terminator: "")
      if !quiet { Output.stderr("sweep: summary in \(root)/summary.md and summary.html\n") }
    }
    communicator.finish()
    if failed > 0 {
      Output.stderr("sweep: \(failed) run(s) failed (see above); re-run to resume them\n")
      throw ExitCode(2)
    }
  }
}
