import DeltaIR
import DeltaRuntime
import DeltaSpec

/// deltac's own checkpoints: one safetensors file with the model's parameters under their fla names
/// (fused layout, F32), optionally the optimizer's state under `optimizer.` and metadata such as
/// `step`. `deltac export` keeps the parameters and drops the rest.
public enum DeltaCheckpoint {
  public static let optimizerPrefix = "optimizer."
  public static let formatKey = "format"
  public static let format = "deltac"

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
      throw CheckpointError(file: path, tensor: missing?.name, "internal: parameter not given")
    }
    for t in extra where !t.name.hasPrefix(optimizerPrefix) {
      throw CheckpointError(file: path, tensor: t.name, "extra tensors must be named optimizer.*")
    }
    tensors += extra
    var meta = metadata
    meta[formatKey] = format
    try SafeTensorsWriter.write(tensors, metadata: meta, to: path)
  }
}
