import ArgumentParser
import DeltaExperiment
import DeltaInterop
import DeltaSpec
import Foundation

/// `deltac forward MODEL --tokens IN --out OUT`: logits of a batch of token ids.
struct Forward: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a model on token ids and write the logits (safetensors).",
    usage: """
      deltac forward <model> [--checkpoint <path>] --tokens <in> --out <out>
                    [--max-memory <size>]
      """,
    discussion: """
      MODEL is an fla model folder (config.json + model.safetensors), or a
      spec file with --checkpoint (a deltac checkpoint or a model folder).
      IN holds an integer tensor input_ids of shape [B, T] (I32 or I64);
      OUT gets logits [B, T, vocab] as F32, so any tool can compare outputs.
      The model runs in the reference interpreter (Float32).

      Examples:
        deltac forward s3-fla --tokens ids.safetensors --out logits.safetensors
        deltac forward specs/s3_nh2_neg.yaml --checkpoint s3.safetensors \\
          --tokens ids.safetensors --out logits.safetensors
      """)

  @Argument(help: ArgumentHelp("A model folder, or a spec file (YAML).", valueName: "model"))
  var model: String
  @Option(help: ArgumentHelp("With a spec: its checkpoint or model folder.", valueName: "path"))
  var checkpoint: String?
  @Option(
    help: ArgumentHelp("Token ids: a safetensors file with input_ids [B, T].", valueName: "in"))
  var tokens: String
  @Option(help: ArgumentHelp("Where to write the logits (safetensors).", valueName: "out"))
  var out: String
  @OptionGroup var memory: MaxMemory

  func validate() throws {
    if FLAModelFolder.isFolder(model), checkpoint != nil {
      throw ValidationError("--checkpoint is for a spec; \(model) is a model folder")
    }
    if !FLAModelFolder.isFolder(model), checkpoint == nil {
      throw ValidationError("\(model) is not a model folder: give a spec with --checkpoint PATH")
    }
  }

  func run() throws {
    memory.apply()
    let spec = FLAModelFolder.isFolder(model) ? nil : try CLISpec.load(model)
    try Failure.guarded {
      let (batch, length, vocabulary) = try ForwardLogits.write(
        model: model, spec: spec, checkpoint: checkpoint, tokens: tokens, to: out)
      Output.stderr("wrote \(out): logits [\(batch), \(length), \(vocabulary)]\n")
    }
  }
}
