import DeltaIR
import DeltaModel
import DeltaRuntime
import DeltaSpec

/// deltac's own checkpoints: one safetensors file with the model's parameters under their fla names
/// (fused layout, F32), optionally the optimizer's state under `optimizer.` and metadata such as
/// `step`. `deltac export` keeps the parameters and drops the rest.
public enum DeltaCheckpoint {
  public static let optimizerPrefix = "optimizer."
  public static let formatKey = "format"
  /// The format `deltac run` writes (DeltaExperiment's CheckpointStore); `deltac eval` reads it.
  public static let format = "deltac-checkpoint-1"

  /// Metadata of a step-0 checkpoint of `spec`, as `deltac run` writes it (`step`, `adamw_step`,
  /// `seed`, `spec_name`, and every resolved key as `spec.<section>.<key>`), so `deltac eval` accepts
  /// checkpoints from `deltac init` and `deltac import`.
  public static func initialMetadata(_ spec: Spec, seed: UInt64) -> [String: String] {
    var m = [
      formatKey: format, "step": "0", "adamw_step": "0", "seed": "\(seed)", "spec_name": spec.name,
      "spec.vocab_size": "\(spec.vocabSize)",
    ]
    for row in SpecPrinter.rows(spec) { m["spec." + row.dottedKey] = row.value }
    return m
  }

  /// The parameters of `graph` stored in `path` (checked: every parameter present with its shape,
  /// no tensors other than parameters and `optimizer.*`).
  public static func read(_ path: String, graph: Graph, model: ModelConfig) throws(CheckpointError)
    -> [String: Tensor<Float>]
  {
    let file = try SafeTensorsFile(path: path)
    return try FLAParameters.read(
      file, graph: graph, numHouseholder: model.numHouseholder, tied: model.tieWordEmbeddings,
      allowedExtraPrefix: optimizerPrefix)
  }

  /// Writes `parameters` (and `extra` tensors, e.g. optimizer state, whose names must start with
  /// `optimizer.`) atomically to `path`.
  public static func write(
    _ parameters: [String: Tensor<Float>], graph: Graph, model: ModelConfig,
    metadata: [String: String] = [:], extra: [NamedTensor] = [], to path: String
  ) throws(CheckpointError) {
    var tensors = FLAParameters.tensors(
      parameters, graph: graph, numHouseholder: model.numHouseholder, layout: .fused)
    guard tensors.count == graph.parameters.count else {
      let missing = FLAParameters.expected(graph).first { parameters[$0.name] == nil }
      throw CheckpointError(internalFile: path, tensor: missing?.name, "parameter not given")
    }
    for t in extra where !t.name.hasPrefix(optimizerPrefix) {
      throw CheckpointError(file: path, tensor: t.name, "extra tensors must be named optimizer.*")
    }
    tensors += extra
    var meta = metadata
    if meta[formatKey] == nil { meta[formatKey] = format }
    try SafeTensorsWriter.write(tensors, metadata: meta, to: path)
  }
}

extension DeltaCheckpoint {
  /// Writes the spec's seeded initial parameters (reference 1.4) as a deltac checkpoint; returns the
  /// parameter count. `specFile` names the spec in errors.
  public static func writeInitial(_ spec: Spec, seed: UInt64, specFile: String, to path: String)
    throws -> Int
  {
    let graph = try LoadedModel.graph(model: spec.model, vocabSize: spec.vocabSize, file: specFile)
    let values = ParameterInit.initializeFloat32(graph: graph, model: spec.model, seed: seed)
    var parameters: [String: Tensor<Float>] = [:]
    for (name, shape) in FLAParameters.expected(graph) {
      parameters[name] = Tensor(shape: shape, data: values[name] ?? [])
    }
    try write(
      parameters, graph: graph, model: spec.model,
      metadata: initialMetadata(spec, seed: seed), to: path)
    return graph.parameterCount
  }
}
