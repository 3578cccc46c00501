import DeltaInterop
import DeltaRuntime
import DeltaSpec
import Foundation
import Testing

/// A paper-era fla folder written by hand, not by deltac's writer: a config.json as
/// transformers saves it (older `use_gate`, extra Hugging Face keys) and BF16 weights in the
/// per-step layout.
@Suite struct HandWrittenFLAFolder {
  static let config = """
    {
      "_name_or_path": "dp2-tiny", "architectures": ["GatedDeltaProductForCausalLM"],
      "model_type": "gated_deltaproduct", "attn_mode": "chunk", "attn": null,
      "hidden_size": 16, "num_hidden_layers": 2, "num_heads": 2, "head_dim": 4, "expand_v": 2,
      "num_householder": 3, "allow_neg_eigval": true, "use_forget_gate": true, "use_gate": true,
      "use_short_conv": true, "conv_size": 3, "hidden_ratio": 4, "intermediate_size": 48,
      "hidden_act": "swish", "norm_eps": 1e-06, "vocab_size": 11, "tie_word_embeddings": false,
      "initializer_range": 0.02, "fuse_cross_entropy": true, "fuse_norm": true, "use_cache": true,
      "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": null, "max_position_embeddings": 2048,
      "torch_dtype": "bfloat16", "transformers_version": "4.44.2"
    }
    """

  /// BF16 of a Float by truncation (exactly representable values round-trip).
  static func bf16(_ x: Float) -> UInt16 { UInt16(x.bitPattern >> 16) }

  /// The safetensors bytes of BF16 tensors, written with Python's json spacing and unsorted order.
  static func bf16File(_ tensors: [(String, [Int], [Float])]) -> [UInt8] {
    var entries: [String] = []
    var data: [UInt8] = []
    for (name, shape, values) in tensors.reversed() {
      let shapeText = shape.map(String.init).joined(separator: ", ")
      entries.append(
        #""\#(name)": {"dtype": "BF16", "shape": [\#(shapeText)], "data_offsets": [\#(data.count), \#(data.count + 2 * values.count)]}"#
      )
      for v in values { withUnsafeBytes(of: bf16(v).littleEndian) { data += $0 } }
    }
    let header = #"{"__metadata__": {"format": "pt"}, "# + entries.joined(separator: ", ") + "}"
    return safetensors(header: header, data: data)
  }

  @Test func readsAsTheSameModelAsItsFusedF32Twin() throws {
    let dir = TempDir()
    var model = try randomModel(smallModel(n: 3))
    // Round every parameter to BF16 so the twin holds exactly what the file holds.
    model.parameters = model.parameters.mapValues { t in
      Tensor(shape: t.shape, data: t.data.map { Float(bitPattern: UInt32(Self.bf16($0)) << 16) })
    }
    let tensors = FLAParameters.tensors(
      model.parameters, graph: model.graph, numHouseholder: 3, layout: .perStep
    ).map { t -> (String, [Int], [Float]) in
      guard case .f32(let values) = t.elements else { return (t.name, t.shape, []) }
      return (t.name, t.shape, values)
    }
    #expect(tensors.contains { $0.0 == "model.layers.1.attn.b_projs.2.weight" })
    try FileManager.default.createDirectory(
      atPath: dir.file("dp"), withIntermediateDirectories: true)
    dir.write("dp/config.json", Array(Self.config.utf8))
    dir.write("dp/model.safetensors", Self.bf16File(tensors))
    let read = try FLAModelFolder.read(dir.file("dp"))
    #expect(read.model == model.model)
    #expect(bits(read.parameters) == bits(model.parameters))
    let a = try read.logits(ids: ids, batch: 1, length: 10)
    let b = try model.logits(ids: ids, batch: 1, length: 10)
    #expect(a.data.map(\.bitPattern) == b.data.map(\.bitPattern))
  }
}

/// Sharded checkpoints: `model.safetensors.index.json` names the shard of every tensor.
@Suite struct ShardedFLAFolder {
  /// Writes `model` into dir/m as two shards plus an index (optionally with one entry moved).
  func writeSharded(_ model: LoadedModel, _ dir: TempDir, misplace: String? = nil) throws {
    try FileManager.default.createDirectory(
      atPath: dir.file("m"), withIntermediateDirectories: true)
    let config = try FLAConfig.json(model: model.model, vocabSize: 11, file: "c")
    dir.write("m/config.json", Array(config.utf8))
    let tensors = FLAParameters.tensors(
      model.parameters, graph: model.graph, numHouseholder: model.model.numHouseholder,
      layout: .fused)
    let shards = ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]
    var map: [(String, String)] = []
    for (i, shard) in shards.enumerated() {
      let part = tensors.enumerated().filter { $0.offset % 2 == i }.map(\.element)
      try SafeTensorsWriter.write(part, metadata: ["format": "pt"], to: dir.file("m/" + shard))
      let owner = { (name: String) in name == misplace ? shards[1 - i] : shard }
      map += part.map { ($0.name, JSONText.quote(owner($0.name))) }
    }
    let index = JSONText.object([("metadata", "{}"), ("weight_map", JSONText.object(map))])
    dir.write("m/model.safetensors.index.json", Array(index.utf8))
  }

  @Test func shardsReadAsOneCheckpoint() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel())
    try writeSharded(model, dir)
    #expect(bits(try FLAModelFolder.read(dir.file("m")).parameters) == bits(model.parameters))
  }

  @Test func aTensorInAnotherShardThanTheIndexSays() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel())
    try writeSharded(model, dir, misplace: "model.norm.weight")
    let error = #expect(throws: CheckpointError.self) { try FLAModelFolder.read(dir.file("m")) }
    #expect(error?.tensor == "model.norm.weight")
    #expect(error?.message == "not in the index, or listed under another shard")
  }
}
