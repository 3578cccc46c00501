import ArgumentParser
import DeltaExperiment
import DeltaInterop
import DeltaSpec
import Foundation

/// `deltac run SPEC`: train the spec's model, evaluate it at every `eval.lengths`, write the results
/// folder. Progress and notes on stderr; the final evaluation table on stdout.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Train a spec's model and evaluate its length extrapolation.",
    discussion: """
      run lowers the spec's model, differentiates it, JIT-compiles its recurrence kernels and \
      trains it on the spec's task (data generated on the fly from train.seed). One progress \
      line on stderr (in place on a terminal): step/total, loss, token and sequence accuracy, \
      learning rate, ms per step, tokens/s, ETA. At the end it evaluates at every eval.lengths \
      and prints the table on stdout.

      The results folder (default results/<spec name>, --out to change) holds spec.yaml (the \
      resolved spec), metrics.jsonl (one line per step, plus eval lines), eval.json and \
      eval.csv, accuracy.svg (accuracy against sequence length, training length marked; \
      loss.svg for language modelling), checkpoints/step-NNNNNN.safetensors (every \
      train.checkpoint_every steps and at the end; parameters under their fla names, AdamW \
      state, step and seed) and a TensorBoard event file, events.out.tfevents.<time>.<host> \
      (tensorboard --logdir results/).

      --resume continues from the newest checkpoint: same spec, seed and thread count give the \
      same final loss as an uninterrupted run. --init-from PATH starts from the parameters of \
      an fla model folder (config.json + model.safetensors, its config must match the spec's \
      model) or of a deltac checkpoint instead of the seeded initialization: step 0, AdamW \
      state fresh, the path recorded as init_from in the run's checkpoints. NaN or Inf in the \
      loss or a gradient stops the run (exit status 2) naming the step and the tensor; the last \
      checkpoint stays intact.

      A spec with a sweep runs every variant in turn, each in results/<name>/<variant> (deltac \
      sweep also runs its seeds, skips finished runs and writes a summary).

      Launched by mpirun (mpirun -np N deltac run SPEC), the N ranks train data-parallel: each \
      takes its rows of every batch, gradients are summed with MPI_Allreduce, rank 0 alone \
      writes the results folder; each rank uses cores/N threads unless compile.threads is set \
      (see docs/distributed.md).

      Examples:
        deltac run specs/quickstart.yaml
        deltac run specs/quickstart.yaml --resume
        deltac run specs/quickstart.yaml --init-from fla-model --out /tmp/ft
        deltac run specs/s3_nh2_neg.yaml --out /tmp/s3
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Flag(help: "Continue from the newest checkpoint in the results folder.") var resume = false
  @Flag(
    help: "Replace an earlier run in the results folder (its files go at the first checkpoint).")
  var overwrite = false
  @Option(
    help: ArgumentHelp(
      "Start from these parameters (an fla model folder or a checkpoint), not the seeded init.",
      valueName: "path"))
  var initFrom: String?
  @Option(help: ArgumentHelp("Results folder (default: results/<spec name>).", valueName: "dir"))
  var out: String?
  @Flag(help: "No progress line or notes on stderr.") var quiet = false
  @OptionGroup var memory: MaxMemory

  /// Ends the run after this many steps of this invocation, as if killed there (tests of --resume).
  @Option(help: .hidden) var stopAfter: Int?

  func validate() throws {
    try expect(
      !resume || initFrom == nil,
      "--init-from starts a new run; --resume continues one from its checkpoint: give one of them")
  }

  func run() throws {
    memory.apply()
    let resolved = try CLISpec.resolve(spec)
    let variants = resolved.hasSweep ? resolved.variants : [resolved.spec]
    let communicator = try Failure.communicator()
    for variant in variants {
      let directory = TrainOptions.directory(for: variant, out: out, sweep: resolved.hasSweep)
      try Failure.guarded(communicator) {
        try train(
          Launch.perRank(variant, communicator), resolved: resolved,
          directory: directory, communicator: communicator)
      }
    }
    communicator.finish()
  }

  func train(
    _ spec: Spec, resolved: ResolvedSpec, directory: String, communicator: any Communicator
  ) throws {
    let quiet = self.quiet || !communicator.isRoot
    try TaskFactory.checkData(spec)
    if !quiet {
      Output.stderr(SpecPrinter.table(resolved, variant: resolved.hasSweep ? spec : nil))
    }
    let clock = ContinuousClock.now
    let imported = try initFrom.map { try ImportedParameters.load(spec: spec, path: $0) }
    var options = TrainOptions(
      resultsDirectory: directory, resume: resume, initFrom: imported, stopAfterSteps: stopAfter,
      showProgress: !quiet, communicator: communicator)
    options.overwrite = overwrite
    options.handleSignals = true
    let trainer = try Trainer(spec: spec, options: options)
    if !quiet { Output.progress(trainer.openingLine) }
    let summary = try trainer.run()
    guard communicator.isRoot else { return }
    let command = "deltac run \(self.spec)" + (out.map { " --out \($0)" } ?? "")
    if let stop = summary.stopNote(command: command) {
      Output.stderr("\(spec.name): " + stop.text)
      throw ExitCode(stop.status)
    }
    if !quiet { Output.progress(summary.closingLine(spec: spec, since: clock)) }
    print("\(spec.name) (step \(summary.steps)):")
    print(EvalReport.table(summary.evaluation, spec: spec), terminator: "")
  }
}
