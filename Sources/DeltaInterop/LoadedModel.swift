import DeltaIR
import DeltaModel
import DeltaReference
import DeltaRuntime
import DeltaSpec
import Foundation

/// A model ready to run: its config, vocabulary, forward graph (fla names) and Float32 parameters.
public struct LoadedModel: Sendable {
  public var model: ModelConfig
  public var vocabSize: Int
  public var graph: Graph
  public var parameters: [String: Tensor<Float>]

  public init(model: ModelConfig, vocabSize: Int, graph: Graph, parameters: [String: Tensor<Float>])
  {
    self.model = model
    self.vocabSize = vocabSize
    self.graph = graph
    self.parameters = parameters
  }

  /// The forward graph of a model; a lowering failure is deltac's bug, reported against `file`.
  public static func graph(model: ModelConfig, vocabSize: Int, file: String) throws(CheckpointError)
    -> Graph
  {
    do {
      return try ModelLowering.forward(model: model, vocabSize: vocabSize)
    } catch {
      throw CheckpointError(internalFile: file, "cannot lower the model: \(error)")
    }
  }

  /// A spec's model with the parameters of `checkpoint`: a deltac checkpoint file (safetensors with
  /// fla names; `optimizer.*` tensors ignored) or an fla model folder describing the same model.
  public static func load(spec: Spec, checkpoint: String) throws(CheckpointError) -> LoadedModel {
    if FLAModelFolder.isFolder(checkpoint) {
      let folder = try FLAModelFolder.read(checkpoint)
      try ModelMatch.check(folder, against: spec.model, vocabSize: spec.vocabSize, file: checkpoint)
      return folder
    }
    let graph = try graph(model: spec.model, vocabSize: spec.vocabSize, file: checkpoint)
    let parameters = try DeltaCheckpoint.read(checkpoint, graph: graph, model: spec.model)
    return LoadedModel(
      model: spec.model, vocabSize: spec.vocabSize, graph: graph, parameters: parameters)
  }

  /// Logits `[B, T, vocab]` for token ids `[B, T]` (row-major), by the reference interpreter.
  public func logits(ids: [Int32], batch: Int, length: Int) throws -> Tensor<Float> {
    let tokens = Tensor<Int32>(shape: [batch, length], data: ids)
    let outputs = try Interpreter<Float>.run(
      graph, parameters: parameters,
      inputs: ["input_ids": .index(tokens), "labels": .index(tokens)])
    guard let logits = outputs["logits"] else {
      throw CheckpointError(internalFile: graph.name, "the graph has no logits output")
    }
    return logits
  }
}

/// Whether a model folder's config describes the model a spec describes.
enum ModelMatch {
  static func check(_ folder: LoadedModel, against m: ModelConfig, vocabSize: Int, file: String)
    throws(CheckpointError)
  {
    let f = folder.model
    var pairs: [(String, String, String)] = []
    for key in ModelConfig.keys {
      let (name, found) = SpecPrinter.modelRow(key, f)
      let expected = SpecPrinter.modelRow(key, m).1
      switch key.field {
      case .mlp:
        pairs.append(
          ("intermediate_size", "\(f.intermediateSize ?? 0)", "\(m.intermediateSize ?? 0)"))
      case .vocabulary: pairs.append((name, "\(folder.vocabSize)", "\(vocabSize)"))
      case .number(\ModelConfig.initializerRange): continue  // initialization only, not the model
      case .number(\ModelConfig.expandV):
        pairs.append(("value head dim", "\(f.valueHeadDim)", "\(m.valueHeadDim)"))
      default:
        // A key that only matters with a flag on is compared when either model has it on.
        let used = key.needs.map { f[keyPath: $0] || m[keyPath: $0] } ?? true
        pairs.append((name, used ? found : "-", used ? expected : "-"))
      }
    }
    for (key, found, expected) in pairs where found != expected {
      throw CheckpointError(
        file: file, "config.json has \(key) \(found), the spec has \(expected)")
    }
  }
}
