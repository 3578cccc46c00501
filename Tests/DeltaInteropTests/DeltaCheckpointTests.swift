import DeltaInterop
import DeltaRuntime
import DeltaSpec
import Testing

@Suite struct DeltaCheckpoints {
  /// Optimizer state and metadata ride along; reading keeps the parameters only, bit for bit.
  @Test func optimizerStateIsKeptButIgnoredWhenLoadingParameters() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel())
    let moment = NamedTensor(
      name: "optimizer.exp_avg.model.norm.weight", shape: [16],
      floats: Array(repeating: 0.25, count: 16))
    try DeltaCheckpoint.write(
      model.parameters, graph: model.graph, model: model.model, metadata: ["step": "120"],
      extra: [moment], to: dir.file("c.safetensors"))
    let f = try SafeTensorsFile(path: dir.file("c.safetensors"))
    #expect(f.metadata == ["format": "deltac-checkpoint-1", "step": "120"])
    #expect(try f.floats(moment.name) == Array(repeating: 0.25, count: 16))
    let back = try DeltaCheckpoint.read(
      dir.file("c.safetensors"), graph: model.graph, model: model.model)
    #expect(bits(back) == bits(model.parameters))
  }

  @Test func extraTensorsMustBeOptimizerState() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel())
    let stray = NamedTensor(name: "ema.model.norm.weight", shape: [1], floats: [0])
    #expect(
      throws: CheckpointError(
        file: dir.file("c"), tensor: stray.name, "extra tensors must be named optimizer.*")
    ) {
      try DeltaCheckpoint.write(
        model.parameters, graph: model.graph, model: model.model, extra: [stray], to: dir.file("c"))
    }
    #expect(dir.entries() == [])
  }

  /// A folder given where a checkpoint is expected must describe the spec's model.
  @Test func folderCheckpointMustMatchTheSpec() throws {
    let dir = TempDir()
    try FLAModelFolder.write(try randomModel(smallModel(n: 3)), to: dir.file("m"))
    let text = """
      model: {hidden_size: 16, num_hidden_layers: 2, num_heads: 2, head_dim: 4, expand_v: 2,
        num_householder: 2, allow_neg_eigval: true, use_forget_gate: true, conv_size: 3,
        intermediate_size: 48, vocab_size: 11}
      task: {kind: parity}
      """
    let spec = try SpecLoader.parse(yaml: text, file: dir.file("s.yaml")).spec
    #expect(
      throws: CheckpointError(
        file: dir.file("m"), "config.json has num_householder 3, the spec has 2")
    ) {
      try LoadedModel.load(spec: spec, checkpoint: dir.file("m"))
    }
  }
}
