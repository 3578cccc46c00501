import DeltaInterop
import DeltaRuntime
import DeltaSpec

/// `deltac forward`: the logits of a model (fla folder, or spec + checkpoint) for the token ids of a
/// safetensors file, written as a safetensors file.
public enum ForwardLogits {
  /// Loads the model (`spec` + `checkpoint`, else the fla folder `model`), runs it on `tokens`'
  /// `input_ids` [B, T] and writes `logits` [B, T, V] to `out`; returns B, T and V. `out` may not be
  /// one of the inputs, and the pass must fit in memory (`MemoryEstimate.checkForward`).
  public static func write(
    model: String, spec: Spec?, checkpoint: String?, tokens: String, to out: String
  ) throws -> (batch: Int, length: Int, vocabulary: Int) {
    try OutputPath.checkNotInput(
      out, option: "--out",
      inputs: [
        ("the model", model), ("the checkpoint", checkpoint ?? model), ("the token ids", tokens),
      ])
    let loaded =
      if let spec, let checkpoint {
        try LoadedModel.load(spec: spec, checkpoint: checkpoint)
      } else {
        try FLAModelFolder.read(model)
      }
    let (ids, batch, length) = try readTokens(tokens)
    try MemoryEstimate.checkForward(
      graph: loaded.graph, batch: batch, length: length, tokens: tokens)
    if let i = ids.firstIndex(where: { $0 < 0 || Int($0) >= loaded.vocabSize }) {
      throw CheckpointError(
        file: tokens, tensor: "input_ids",
        "element \(i) = \(ids[i]) is outside the vocabulary 0..<\(loaded.vocabSize)")
    }
    let logits = try loaded.logits(ids: ids, batch: batch, length: length)
    try SafeTensorsWriter.write(
      [NamedTensor(name: "logits", shape: logits.shape, floats: logits.data)],
      metadata: ["format": "pt"], to: out)
    return (batch, length, loaded.vocabSize)
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
