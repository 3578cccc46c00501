import ArgumentParser
import DeltaExperiment
import Foundation

/// `deltac analyze SPEC --checkpoint PATH`: what a trained model does inside (`ModelAnalysis`).
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look inside a trained model: betas, transition eigenvalues, key PCA, state rank.",
    discussion: """
      analyze runs a checkpoint (or an fla model folder) on held-out sequences of the spec's task \
      and reports, per layer and head: the distribution of beta, the eigenvalues of each token's \
      transition on the span of its keys (rotations, angles, signs; Proposition 1 checked), the \
      keys' principal components, and the effective rank of the state against position (and the \
      forget gate's values for gated models), with the per-position accuracy or loss. Writes \
      analysis.json, analysis.txt and SVG plots to --out (docs/analysis.md explains each number).

      Example:
        deltac analyze specs/s3_nh2_neg.yaml --checkpoint results/s3_nh2_neg/checkpoints/step-000400.safetensors
      """)

  @Argument(help: ArgumentHelp("The spec the checkpoint was trained with.", valueName: "spec"))
  var spec: String
  @Option(help: ArgumentHelp("A deltac checkpoint or an fla model folder.", valueName: "path"))
  var checkpoint: String
  @Option(help: "Sequence length (default: the task's test length).") var length: Int?
  @Option(help: "Sequences to analyse.") var samples = 64
  @Option(
    help: ArgumentHelp(
      "Longer sequences run in segments of about this many positions, the state carried.",
      valueName: "n"))
  var segmentLength = 1024
  @Option(
    help: ArgumentHelp(
      "Results folder (default: results/<spec name>/analysis).", valueName: "dir"))
  var out: String?
  @Flag(help: "No progress on stderr.") var quiet = false
  @OptionGroup var memory: MaxMemory

  func validate() throws {
    try expect((length ?? 1) > 0, "--length must be positive, got \(length ?? 0)")
    try expect(samples > 0, "--samples must be positive, got \(samples)")
    try expect(segmentLength > 0, "--segment-length must be positive, got \(segmentLength)")
  }

  func run() throws {
    memory.apply()
    let spec = try CLISpec.resolve(self.spec).spec
    try Failure.guarded {
      let evaluation = try CheckpointEvaluation(
        spec: spec, path: checkpoint, showProgress: false, segmentLength: .max)
      let analysis = ModelAnalysis(
        evaluation: evaluation, length: length, samples: samples, segmentLength: segmentLength)
      let result = try analysis.run {
        if !quiet { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
      }
      let directory = out ?? TrainOptions.defaultDirectory(for: spec) + "/analysis"
      try result.write(to: directory)
      print(result.text, terminator: "")
      print("written: \(directory)/analysis.json, analysis.txt, *.svg")
    }
  }
}
