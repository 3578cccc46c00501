import ArgumentParser
import DeltaInterop
import Foundation

/// `deltac import DIR --spec-out SPEC.yaml`: an fla model folder as a spec + deltac checkpoint.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a flash-linear-attention model folder into a spec and a checkpoint.",
    usage: "deltac import <dir> --spec-out <spec.yaml> [<options>]",
    discussion: """
      Reads DIR/config.json and DIR/model.safetensors (or the shards that
      model.safetensors.index.json lists; current fla layout, or
      the paper-era per-step k_projs.{j} / v_projs.{j} / b_projs.{j} /
      k_conv1ds.{j} / v_conv1ds.{j}; F32, F64, F16 or BF16; older configs'
      use_gate is read as use_output_gate) and writes:
        SPEC.yaml          a spec whose model section is the config
        --checkpoint-out   the parameters as a deltac checkpoint (F32);
                           default: SPEC with .safetensors for .yaml

      The spec's task, train, eval and compile sections come from
      --task-from SPEC when given; otherwise the task is a placeholder
      (parity) to replace. Commands that take a checkpoint also accept the
      folder itself (deltac forward DIR, --checkpoint DIR).

      Examples:
        deltac import s3-fla --spec-out s3-imported.yaml
        deltac import lm-fla --spec-out lm.yaml --task-from specs/lm_bytes.yaml
      """)

  @Argument(help: ArgumentHelp("The fla model folder.", valueName: "dir")) var dir: String
  @Option(help: ArgumentHelp("The spec to write.", valueName: "spec.yaml")) var specOut: String
  @Option(help: ArgumentHelp("The checkpoint to write.", valueName: "path"))
  var checkpointOut: String?
  @Option(help: ArgumentHelp("Take task, train, eval, compile from this spec.", valueName: "spec"))
  var taskFrom: String?

  func run() throws {
    let base = try taskFrom.map(CLISpec.load)
    try Failure.guarded {
      let checkpoint = try FLAImport.run(
        dir: dir, base: base, specOut: specOut, checkpointOut: checkpointOut)
      Output.stderr("wrote \(specOut) and \(checkpoint)\n")
    }
  }
}
