import ArgumentParser
import DeltaExperiment
import DeltaInterop
import DeltaSpec
import Foundation

/// `deltac eval SPEC --checkpoint PATH [--lengths ...]`: length-extrapolation evaluation of a trained
/// checkpoint or an fla model folder, written like a run's results.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Evaluate a checkpoint at several sequence lengths.",
    discussion: """
      eval loads the parameters of a checkpoint written by deltac run (the spec's model must match \
      it: every model key is compared), or of an fla model folder (config.json + \
      model.safetensors, as deltac export or fla write it; its config must match the spec's \
      model), and evaluates them on held-out sequences of each length: \
      sequence accuracy, per-prefix cumulative accuracy and token accuracy (word problems, \
      Chomsky tasks), loss and perplexity per position bucket (language modelling). The \
      evaluation sets are the run's (drawn from the evaluation seed), so numbers compare.

      Results go to --out (default results/<spec name>/eval-step-N, for a model folder \
      results/<spec name>/eval-<folder name>, reported as step 0): eval.json, eval.csv and the \
      plot; the table is printed on stdout.

      Examples:
        deltac eval specs/quickstart.yaml --lengths 24,64,256,2048 \\
          --checkpoint results/quickstart/checkpoints/step-000300.safetensors
        deltac eval specs/s3_nh2_neg.yaml --checkpoint ckpt.safetensors
        deltac eval specs/s3_nh2_neg.yaml --checkpoint fla-model
      """)

  @Argument(
    help: ArgumentHelp("The spec file (YAML) the checkpoint was trained with.", valueName: "spec"))
  var spec: String
  @Option(
    help: ArgumentHelp(
      "A checkpoint written by deltac run, or an fla model folder.", valueName: "path"))
  var checkpoint: String
  @Option(
    help: ArgumentHelp(
      "Lengths to evaluate, comma-separated (default: eval.lengths).", valueName: "n,n,..."))
  var lengths: String?
  @Option(help: "Sequences per length (default: eval.samples).") var samples: Int?
  @Option(help: "Sequences per forward pass (default: eval.batch_size).") var batchSize: Int?
  @Option(
    help: ArgumentHelp(
      "Longer sequences run in segments of this many positions, the recurrent state carried.",
      valueName: "n"))
  var segmentLength = 1024
  @Option(
    help: ArgumentHelp(
      "Results folder (default: results/<spec name>/eval-step-N or eval-<folder>).",
      valueName: "dir"))
  var out: String?
  @Flag(help: "No notes on stderr.") var quiet = false
  @OptionGroup var memory: MaxMemory

  func validate() throws {
    try expect(
      lengths.map { EvalSpec.lengths(parsing: $0) != nil } ?? true,
      "--lengths must be positive integers separated by commas, e.g. 128,256,512; got '\(lengths ?? "")'"
    )
    try expect((samples ?? 1) > 0, "--samples must be positive, got \(samples ?? 0)")
    try expect(segmentLength > 0, "--segment-length must be positive, got \(segmentLength)")
    try expect((batchSize ?? 1) > 0, "--batch-size must be positive, got \(batchSize ?? 0)")
  }

  func run() throws {
    memory.apply()
    let resolved = try CLISpec.resolve(spec)
    var spec = resolved.spec
    spec.eval.override(
      lengths: lengths.flatMap(EvalSpec.lengths), samples: samples, batch: batchSize)
    try Failure.guarded {
      let evaluation = try CheckpointEvaluation(
        spec: spec, path: checkpoint, showProgress: !quiet, segmentLength: segmentLength)
      let results = try evaluation.run(directory: out ?? evaluation.defaultDirectory)
      print("\(spec.name) (\(checkpoint), \(evaluation.what)):")
      print(EvalReport.table(results, spec: spec), terminator: "")
    }
  }
}
