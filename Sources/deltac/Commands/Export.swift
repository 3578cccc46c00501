import ArgumentParser
import DeltaInterop
import DeltaSpec

/// `deltac export SPEC --checkpoint PATH --to DIR`: a deltac checkpoint as an fla model folder.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a checkpoint as a flash-linear-attention model folder.",
    discussion: """
      Writes DIR/config.json (fla's GatedDeltaProductConfig field names:
      hidden_size, num_heads, head_dim, expand_v, num_householder,
      allow_neg_eigval, use_forget_gate, use_output_gate, ...) and
      DIR/model.safetensors (fla's parameter names and shapes, F32), which
      fla's GatedDeltaProductForCausalLM.from_pretrained(DIR) loads as is.
      Optimizer state and step metadata in the checkpoint are dropped.

      The checkpoint must hold exactly the spec's parameters with the spec's
      shapes (the error names the tensor otherwise). DIR is created, or its
      two files are replaced; nothing is half-written on failure.

      Examples:
        deltac init specs/s3_nh2_neg.yaml --out s3.safetensors
        deltac export specs/s3_nh2_neg.yaml --checkpoint s3.safetensors \\
          --to s3-fla
      """)

  @Argument(
    help: ArgumentHelp("The spec file (YAML) the checkpoint belongs to.", valueName: "spec"))
  var spec: String
  @Option(help: ArgumentHelp("The deltac checkpoint (safetensors).", valueName: "path"))
  var checkpoint: String
  @Option(help: ArgumentHelp("The model folder to write.", valueName: "dir")) var to: String
  @Option(help: "Parameter layout: fused (current fla) or per-step (paper-era k_projs.{j}, ...).")
  var layout: FLALayout = .fused

  func run() throws {
    let loaded = try CLISpec.load(spec)
    try Failure.guarded {
      let model = try LoadedModel.load(spec: loaded, checkpoint: checkpoint)
      try FLAModelFolder.write(model, to: to, layout: layout)
      Output.stderr("wrote \(to)/config.json and \(to)/model.safetensors\n")
    }
  }
}

extension FLALayout: ExpressibleByArgument {}
