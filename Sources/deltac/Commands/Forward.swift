import ArgumentParser
import DeltaExperiment
import DeltaInterop
import DeltaRuntime
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
    let spec = FLAModelFolder.isFolder(model) ? nil : try InteropCLI.loadSpec(model)
    try InteropCLI.guarded {
      try OutputPath.checkNotInput(
        out, option: "--out",
        inputs: [("the model", model), ("the checkpoint", checkpoint ?? model), ("the token ids", tokens)])
      let loaded =
        if let spec, let checkpoint {
          try LoadedModel.load(spec: spec, checkpoint: checkpoint)
        } else {
          try FLAModelFolder.read(model)
        }
      let (ids, batch, length) = try Self.readTokens(tokens)
      try MemoryEstimate.checkForward(graph: loaded.graph, batch: batch, length: length, tokens: tokens)
      if let i = ids.firstIndex(where: { $0 < 0 || Int($0) >= loaded.vocabSize }) {
        throw CheckpointError(
          file: tokens, tensor: "input_ids",
          "element \(i) = \(ids[i]) is outside the vocabulary 0..<\(loaded.vocabSize)")
      }
      let logits = try loaded.logits(ids: ids, batch: batch, length: length)
      try SafeTensorsWriter.write(
        [NamedTensor(name: "logits", shape: logits.shape, floats: logits.data)],
        metadata: ["format": "pt"], to: out)
      StandardError.write("wrote \(out): logits [\(batch), \(length), \(loaded.vocabSize)]\n")
    }
  }

  /// `input_ids` [B, T] with B, T >= 1.
  static func readTokens(_ path: String) throws(CheckpointError) -> ([Int32], Int, Int) {
    let file = try SafeTensorsFile(path: path)
    guard let entry = file.entry("input_ids") else {
      throw CheckpointError(
        file: path, tensor: "input_ids", "not in the file (expected I32/I64 [B, T])")
    }
    guard entry.shape.count == 2, entry.shape.allSatisfy({ $0 >= 1 }) else {
      throw CheckpointError(
        file: path, tensor: "input_ids", "shape \(entry.shape), expected [B, T] with B, T >= 1")
    }
    return (try file.int32s("input_ids"), entry.shape[0], entry.shape[1])
  }
}
