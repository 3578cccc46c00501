import DeltaIR
import DeltaInterop
import DeltaModel
import DeltaRuntime
import DeltaSpec
import Foundation
import Testing

/// A model with seeded random parameters (fla's init, but o_norm/norm weights perturbed so that
/// every parameter matters for the logits).
func randomModel(_ m: ModelConfig, seed: UInt64 = 7) throws -> LoadedModel {
  let graph = try LoadedModel.graph(model: m, vocabSize: 11, file: "test")
  let values = ParameterInit.initializeFloat32(graph: graph, model: m, seed: seed)
  var parameters: [String: Tensor<Float>] = [:]
  for (name, shape) in FLAParameters.expected(graph) {
    let data = (values[name] ?? []).enumerated().map { i, v in v * 10 + Float(i % 3) * 0.01 }
    parameters[name] = Tensor(shape: shape, data: data)
  }
  return LoadedModel(model: m, vocabSize: 11, graph: graph, parameters: parameters)
}

func bits(_ p: [String: Tensor<Float>]) -> [String: [UInt32]] {
  p.mapValues { $0.data.map(\.bitPattern) }
}

let ids: [Int32] = [1, 5, 10, 0, 3, 3, 7, 2, 9, 4]

@Suite struct FLAModelFolders {
  @Test(arguments: FLALayout.allCases)
  func writeThenReadIsBitExactAndGivesTheSameLogits(_ layout: FLALayout) throws {
    let dir = TempDir()
    let model = try randomModel(smallModel(n: 3))
    try FLAModelFolder.write(model, to: dir.file("m"), layout: layout)
    #expect(dir.entries() == ["m"], "no temporary folder left")
    let back = try FLAModelFolder.read(dir.file("m"))
    #expect(back.model == model.model)
    #expect(bits(back.parameters) == bits(model.parameters))
    let names = try SafeTensorsFile(path: dir.file("m/model.safetensors")).names
    #expect(names.contains("model.layers.1.attn.k_proj.weight") == (layout == .fused))
    #expect(names.contains("model.layers.1.attn.k_projs.2.weight") == (layout == .perStep))
    #expect(names.contains("model.layers.0.attn.v_conv1ds.0.weight") == (layout == .perStep))
    let a = try model.logits(ids: ids, batch: 2, length: 5)
    let b = try back.logits(ids: ids, batch: 2, length: 5)
    #expect(a.data.map(\.bitPattern) == b.data.map(\.bitPattern))
  }

  /// The per-step blocks are the fused weight's row blocks in step order.
  @Test func perStepBlocksAreRowBlocksInStepOrder() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel(n: 3))
    try FLAModelFolder.write(model, to: dir.file("m"), layout: .perStep)
    let f = try SafeTensorsFile(path: dir.file("m/model.safetensors"))
    let fused = try #require(model.parameters["model.layers.0.attn.k_proj.weight"])
    #expect(fused.shape == [3 * 2 * 4, 16])
    for j in 0..<3 {
      let block = try f.floats("model.layers.0.attn.k_projs.\(j).weight")
      #expect(f.entry("model.layers.0.attn.k_projs.\(j).weight")?.shape == [8, 16])
      #expect(block == Array(fused.data[(j * 128)..<((j + 1) * 128)]))
    }
    #expect(f.entry("model.layers.0.attn.b_projs.2.weight")?.shape == [2, 16])
    #expect(f.entry("model.layers.0.attn.k_conv1ds.1.weight")?.shape == [8, 1, 3])
  }

  @Test func tiedEmbeddingsWriteNoLMHead() throws {
    let dir = TempDir()
    let model = try randomModel(smallModel(tied: true))
    try FLAModelFolder.write(model, to: dir.file("m"))
    let f = try SafeTensorsFile(path: dir.file("m/model.safetensors"))
    #expect(f.entry("lm_head.weight") == nil)
    #expect(f.metadata == ["format": "pt"])
    #expect(bits(try FLAModelFolder.read(dir.file("m")).parameters) == bits(model.parameters))
  }

  /// Rewrites m/model.safetensors with `edit` applied to the tensors, and returns the read error.
  func folderError(
    _ m: ModelConfig = smallModel(), _ edit: (inout [NamedTensor]) -> Void
  ) throws -> (String, String?) {
    let dir = TempDir()
    let model = try randomModel(m)
    try FLAModelFolder.write(model, to: dir.file("m"))
    let path = dir.file("m/model.safetensors")
    var tensors = try SafeTensorsFile(path: path).names.map { name in
      NamedTensor(
        name: name, shape: try SafeTensorsFile(path: path).entry(name)?.shape ?? [],
        floats: try SafeTensorsFile(path: path).floats(name))
    }
    edit(&tensors)
    try SafeTensorsWriter.write(tensors, metadata: ["format": "pt"], to: path)
    do {
      _ = try FLAModelFolder.read(dir.file("m"))
      return (path, nil)
    } catch {
      return (path, error.description)
    }
  }

  @Test func missingTensor() throws {
    let (path, error) = try folderError { $0.removeAll { $0.name == "model.layers.1.attn.A_log" } }
    #expect(
      error
        == "\(path): error: tensor 'model.layers.1.attn.A_log': missing; the model needs it (F32 [2])"
    )
  }

  @Test func extraTensor() throws {
    let (path, error) = try folderError {
      $0.append(
        NamedTensor(
          name: "model.layers.0.attn.k_conv1d.bias", shape: [16],
          floats: Array(repeating: 0, count: 16)))
    }
    #expect(
      error
        == "\(path): error: tensor 'model.layers.0.attn.k_conv1d.bias': not a parameter of the model (unexpected tensor)"
    )
  }

  @Test func shapeMismatch() throws {
    let (path, error) = try folderError { t in
      t = t.map {
        $0.name == "model.layers.0.attn.o_norm.weight"
          ? NamedTensor(name: $0.name, shape: [2, 4], floats: $0.elementsAsFloats) : $0
      }
    }
    #expect(
      error
        == "\(path): error: tensor 'model.layers.0.attn.o_norm.weight': shape [2, 4], expected [8]")
  }

  @Test func dtypeMismatch() throws {
    let (path, error) = try folderError { t in
      t = t.map {
        $0.name == "model.norm.weight"
          ? NamedTensor(name: $0.name, shape: [16], elements: .i64(Array(repeating: 1, count: 16)))
          : $0
      }
    }
    #expect(
      error
        == "\(path): error: tensor 'model.norm.weight': dtype I64, expected a float type (F32, F64, F16, BF16)"
    )
  }

  @Test func tiedHeadThatDiffersFromTheEmbeddings() throws {
    let (path, error) = try folderError(smallModel(tied: true)) {
      $0.append(
        NamedTensor(
          name: "lm_head.weight", shape: [11, 16], floats: Array(repeating: 0.5, count: 176)))
    }
    #expect(
      error
        == "\(path): error: tensor 'lm_head.weight': differs from model.embeddings.weight, but tie_word_embeddings is true"
    )
  }

  @Test func missingFilesAndBadJSON() throws {
    let dir = TempDir()
    try FileManager.default.createDirectory(
      atPath: dir.file("m"), withIntermediateDirectories: true)
    #expect(throws: CheckpointError(file: dir.file("m/config.json"), "no such file")) {
      try FLAModelFolder.read(dir.file("m"))
    }
    dir.write("m/config.json", Array("{\"hidden_size\": ".utf8))
    #expect(throws: CheckpointError(file: dir.file("m/config.json"), "not valid JSON")) {
      try FLAModelFolder.read(dir.file("m"))
    }
    dir.write("m/config.json", Array("{}".utf8))
    #expect(throws: CheckpointError(file: dir.file("m/model.safetensors"), "no such file")) {
      try FLAModelFolder.read(dir.file("m"))
    }
  }

  /// A failed write leaves nothing: no folder, no temporary folder.
  @Test func failedWriteLeavesNothing() throws {
    let dir = TempDir()
    var model = try randomModel(smallModel())
    model.model.mlp = .none
    #expect(throws: CheckpointError.self) { try FLAModelFolder.write(model, to: dir.file("out")) }
    #expect(dir.entries() == [])
  }
}

extension NamedTensor {
  var elementsAsFloats: [Float] {
    if case .f32(let a) = elements { return a }
    return []
  }
}
