import ArgumentParser
import DeltaInterop
import DeltaSpec
import Foundation

/// `deltac init SPEC --out PATH [--seed N]`: the seeded initial parameters as a deltac checkpoint.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a spec's initial (seeded) parameters as a deltac checkpoint.",
    discussion: """
      A deltac checkpoint is one safetensors file holding the model's
      parameters under flash-linear-attention's names (model.embeddings.weight,
      model.layers.0.attn.k_proj.weight, ..., lm_head.weight) in F32, with
      __metadata__ as deltac run writes it (format, step 0, seed, the
      resolved spec), so deltac eval reads it too. Training checkpoints add
      optimizer state under optimizer.*; export drops it.

      The values follow fla's initialization (reference section 1.4), drawn
      from train.seed unless --seed is given: the same spec and seed always
      give the same file, byte for byte. The file is written atomically.

      Examples:
        deltac init specs/s3_nh2_neg.yaml --out s3.safetensors
        deltac export specs/s3_nh2_neg.yaml --checkpoint s3.safetensors \\
          --to s3-fla
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Option(help: ArgumentHelp("The checkpoint to write (safetensors).", valueName: "path"))
  var out: String
  @Option(help: "Seed of the initialization (default: the spec's train.seed).") var seed: UInt64?

  func run() throws {
    let loaded = try CLISpec.load(spec)
    try Failure.guarded {
      let seed = self.seed ?? UInt64(loaded.train.seed)
      let count = try DeltaCheckpoint.writeInitial(loaded, seed: seed, specFile: spec, to: out)
      Output.stderr("wrote \(out): \(count) parameters (seed \(seed))\n")
    }
  }
}
