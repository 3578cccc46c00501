import ArgumentParser
import DeltaInterop
import DeltaRuntime
import DeltaSpec
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

  @Argument(help: ArgumentHelp("The fla model folder.", valueName: "dir"))
  var dir: String

  @Option(help: ArgumentHelp("The spec to write.", valueName: "spec.yaml"))
  var specOut: String

  @Option(help: ArgumentHelp("The checkpoint to write.", valueName: "path"))
  var checkpointOut: String?

  @Option(help: ArgumentHelp("Take task, train, eval, compile from this spec.", valueName: "spec"))
  var taskFrom: String?

  func run() throws {
    let base = try taskFrom.map(InteropCLI.loadSpec)
    try InteropCLI.guarded {
      let model = try FLAModelFolder.read(dir)
      let (yaml, spec) = try Self.specText(model, base: base, dir: dir, file: specOut)
      let checkpoint = checkpointOut ?? Self.defaultCheckpoint(specOut)
      var metadata = DeltaCheckpoint.initialMetadata(spec, seed: UInt64(spec.train.seed))
      metadata["source"] = dir
      try DeltaCheckpoint.write(
        model.parameters, graph: model.graph, model: model.model, metadata: metadata, to: checkpoint
      )
      try AtomicFile.write(Array(yaml.utf8), to: specOut)
      StandardError.write("wrote \(specOut) and \(checkpoint)\n")
    }
  }

  static func defaultCheckpoint(_ spec: String) -> String {
    (spec.hasSuffix(".yaml") ? String(spec.dropLast(5)) : spec) + ".safetensors"
  }

  /// The spec: the folder's model with the base spec's other sections (or a placeholder task),
  /// checked by the spec loader before anything is written.
  static func specText(_ model: LoadedModel, base: Spec?, dir: String, file: String)
    throws(CheckpointError) -> (String, Spec)
  {
    var m = model.model
    m.vocabSize = .fixed(model.vocabSize)
    var text = "# Imported by deltac from \(dir) (fla config.json).\n"
    if var spec = base {
      spec.model = m
      text += SpecPrinter.yaml(spec)
    } else {
      text += "# The task is a placeholder: replace it, or import with --task-from SPEC.\n"
      let rows = SpecPrinter.rows(Spec.placeholder(m)).filter { $0.section == "model" }
      text += "model:\n" + rows.map { "  \($0.key): \($0.value)\n" }.joined()
      text += "task:\n  kind: parity\n"
    }
    let parsed: Spec
    do {
      parsed = try SpecLoader.parse(yaml: text, file: file).spec
    } catch let diagnostics as SpecDiagnostics {
      throw CheckpointError(file: file, "the imported spec does not validate:\n\(diagnostics)")
    } catch {
      throw CheckpointError(file: file, "internal: \(error)")
    }
    guard parsed.model == m else { throw CheckpointError(file: file, "internal: spec round trip") }
    return (text, parsed)
  }
}

extension Spec {
  /// A spec around `model` with default other sections (only its model rows are printed).
  static func placeholder(_ model: ModelConfig) -> Spec {
    Spec(
      name: "imported", model: model, task: TaskSpec.defaults(for: .parity),
      train: TrainSpec.defaults, eval: EvalSpec.defaults(for: TaskSpec.defaults(for: .parity)),
      compile: CompileSpec.defaults,
      vocabSize: 0)
  }
}
