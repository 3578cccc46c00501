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
      loss.svg for language modelling) and checkpoints/step-NNNNNN.safetensors (every \
      train.checkpoint_every steps and at the end; parameters under their fla names, AdamW \
      state, step and seed).

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

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec"))
  var spec: String

  @Flag(help: "Continue from the newest checkpoint in the results folder.")
  var resume = false

  @Flag(help: "Replace an earlier run in the results folder (its files go at the first checkpoint).")
  var overwrite = false

  @Option(
    help: ArgumentHelp(
      "Start from these parameters (an fla model folder or a checkpoint), not the seeded init.",
      valueName: "path"))
  var initFrom: String?

  @Option(help: ArgumentHelp("Results folder (default: results/<spec name>).", valueName: "dir"))
  var out: String?

  @Flag(help: "No progress line or notes on stderr.")
  var quiet = false

  @OptionGroup var memory: MaxMemory

  /// Ends the run after this many steps of this invocation, as if killed there (tests of --resume).
  @Option(help: .hidden)
  var stopAfter: Int?

  func validate() throws {
    if resume, initFrom != nil {
      throw ValidationError(
        "--init-from starts a new run; --resume continues one from its checkpoint: give one of them"
      )
    }
  }

  func run() throws {
    memory.apply()
    let resolved = try ExperimentCommand.resolve(spec)
    let variants = resolved.hasSweep ? resolved.variants : [resolved.spec]
    let communicator = try ExperimentCommand.communicator()
    for variant in variants {
      var directory = out ?? TrainOptions.defaultDirectory(for: variant)
      if out != nil, resolved.hasSweep, let leaf = variant.name.split(separator: "/").last {
        directory += "/" + leaf
      }
      try ExperimentCommand.guarded(communicator) {
        try train(
          ExperimentCommand.perRank(variant, communicator), resolved: resolved,
          directory: directory, communicator: communicator)
      }
    }
    communicator.finish()
  }

  func train(
    _ spec: Spec, resolved: ResolvedSpec, directory: String, communicator: any Communicator
  ) throws {
    let quiet = self.quiet || !communicator.isRoot
    if !quiet {
      StandardError.write(SpecPrinter.table(resolved, variant: resolved.hasSweep ? spec : nil))
    }
    let clock = ContinuousClock.now
    let imported = try initFrom.map { try ExperimentCommand.imported(spec: spec, path: $0) }
    var options = TrainOptions(
      resultsDirectory: directory, resume: resume, initFrom: imported, stopAfterSteps: stopAfter,
      showProgress: !quiet, communicator: communicator)
    options.overwrite = overwrite
    options.handleSignals = true
    let trainer = try Trainer(spec: spec, options: options)
    if !quiet {
      let ranks =
        communicator.size > 1
        ? "\(communicator.size) ranks x \(trainer.programs.threads) threads" : "\(trainer.programs.threads) threads"
      StandardError.write(
        "\(spec.name): \(trainer.programs.parameterCount) parameters, \(trainer.totalSteps) steps of "
          + "\(spec.train.batchSize) x \(trainer.task.trainWidth) tokens, \(ranks), "
          + "results in \(directory)\n")
    }
    let summary = try trainer.run()
    guard communicator.isRoot else { return }
    let command = "deltac run \(self.spec)" + (out.map { " --out \($0)" } ?? "")
    if let stop = summary.stopNote(command: command) {
      StandardError.write("\(spec.name): " + stop.text)
      throw ExitCode(stop.status)
    }
    let wall = Double((ContinuousClock.now - clock).components.seconds)
    if !quiet {
      let how =
        summary.stoppedEarly
        ? "stopped early at step \(summary.steps)" : "trained \(summary.steps) steps"
      StandardError.write(
        "\(spec.name): \(how) in \(String(format: "%.1f", summary.trainSeconds)) s "
          + "(\(String(format: "%.0f", wall)) s with compile and evaluation); \(summary.finalLossText); "
          + "checkpoint \(summary.checkpoint ?? "none")\n")
    }
    print("\(spec.name) (step \(summary.steps)):")
    print(EvalReport.table(summary.evaluation, spec: spec), terminator: "")
  }
}

/// What run and eval share: spec loading and error reporting.
enum ExperimentCommand {
  /// The resolved spec, or its diagnostics on stderr and exit status 1.
  static func resolve(_ path: String) throws -> ResolvedSpec {
    do {
      return try SpecLoader.resolve(file: path)
    } catch let diagnostics as SpecDiagnostics {
      StandardError.write(diagnostics.description)
      throw ExitCode.failure
    }
  }

  /// The parameters of an fla model folder or a deltac checkpoint file for `spec`'s model; a bad
  /// path, file or folder (a config that does not match the spec) is an error with exit status 1.
  static func imported(spec: Spec, path: String) throws -> ImportedParameters {
    guard FileManager.default.fileExists(atPath: path) else {
      throw ExperimentError(.badInput, "\(path): error: no such file or folder")
    }
    do {
      let loaded = try LoadedModel.load(spec: spec, checkpoint: path)
      return ImportedParameters(source: path, values: loaded.parameters.mapValues(\.data))
    } catch {
      let isInternal = error.message.hasPrefix("internal:")
      throw ExperimentError(isInternal ? .runtime : .badInput, error.description)
    }
  }

  /// Runs `body`; an experiment error is printed as `error: ...` with exit status 1 (bad input) or 2.
  /// Under MPI the failing rank names itself and ends the whole job (the others print why they stop).
  static func guarded(_ communicator: any Communicator = SingleProcess(), _ body: () throws -> Void)
    throws
  {
    do {
      try body()
    } catch let error as ExperimentError {
      // Messages about a file already read `path: error: ...`.
      let text = error.message.contains(": error: ") ? error.message : "error: " + error.message
      try fail(communicator, text, status: error.kind == .badInput ? 1 : 2)
    } catch let error as ExitCode {
      if communicator.size > 1 { communicator.abort(status: error.rawValue) }
      throw error
    } catch {
      try fail(communicator, "error: \(error)", status: 2)
    }
  }

  private static func fail(_ communicator: any Communicator, _ text: String, status: Int32) throws
    -> Never
  {
    StandardError.write(communicator.messagePrefix + text + "\n")
    if communicator.size > 1 { communicator.abort(status: status) }
    throw ExitCode(status)
  }

  /// `body`'s value; an experiment error is reported as `guarded` does.
  static func value<T>(_ communicator: any Communicator, _ body: () throws -> T) throws -> T {
    var result: T?
    try guarded(communicator) { result = try body() }
    return result!
  }

  /// This process's communicator: alone, or its rank of an MPI job (exit status 2 when launched by
  /// mpirun but MPI cannot start).
  static func communicator(
    resultsNote: String =
      "rank 0 alone writes checkpoints, atomically: the newest one in the results folder is intact (--resume continues from it)"
  ) throws -> any Communicator {
    var result: any Communicator = SingleProcess()
    try guarded { result = try Launch.communicator(resultsNote: resultsNote) }
    return result
  }

  /// Under MPI, a spec without compile.threads gets the machine's cores shared by the ranks on it.
  static func perRank(_ spec: Spec, _ communicator: any Communicator) -> Spec {
    guard communicator.size > 1 || Launch.isMPI, spec.compile.threads == nil else { return spec }
    var s = spec
    s.compile.threads = Launch.threadsPerRank
    return s
  }
}
