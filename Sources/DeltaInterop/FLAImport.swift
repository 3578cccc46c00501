import DeltaRuntime
import DeltaSpec

/// `deltac import`: an fla model folder as a deltac spec and checkpoint.
public enum FLAImport {
  /// Reads the folder `dir`, writes the spec (its model; task, train, eval and compile from `base`,
  /// or a placeholder task) to `specOut` and the parameters to `checkpointOut` (default: next to the
  /// spec); returns the checkpoint's path. The spec is validated before anything is written.
  public static func run(dir: String, base: Spec?, specOut: String, checkpointOut: String?) throws
    -> String
  {
    let model = try FLAModelFolder.read(dir)
    let (yaml, spec) = try specText(model, base: base, dir: dir, file: specOut)
    let checkpoint = checkpointOut ?? defaultCheckpoint(specOut)
    var metadata = DeltaCheckpoint.initialMetadata(spec, seed: UInt64(spec.train.seed))
    metadata["source"] = dir
    try DeltaCheckpoint.write(
      model.parameters, graph: model.graph, model: model.model, metadata: metadata, to: checkpoint)
    try AtomicFile.write(Array(yaml.utf8), to: specOut)
    return checkpoint
  }

  public static func defaultCheckpoint(_ spec: String) -> String {
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
      throw CheckpointError(internalFile: file, "\(error)")
    }
    guard parsed.model == m else { throw CheckpointError(internalFile: file, "spec round trip") }
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
