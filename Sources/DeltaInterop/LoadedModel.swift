import DeltaIR
import DeltaModel
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
    let conv = m.useShortConv || f.useShortConv
    let pairs: [(String, String, String)] = [
      ("hidden_size", "\(f.hiddenSize)", "\(m.hiddenSize)"),
      ("num_hidden_layers", "\(f.numHiddenLayers)", "\(m.numHiddenLayers)"),
      ("num_heads", "\(f.numHeads)", "\(m.numHeads)"), ("head_dim", "\(f.headDim)", "\(m.headDim)"),
      ("value head dim", "\(f.valueHeadDim)", "\(m.valueHeadDim)"),
      ("num_householder", "\(f.numHouseholder)", "\(m.numHouseholder)"),
      ("allow_neg_eigval", "\(f.allowNegEigval)", "\(m.allowNegEigval)"),
      ("use_forget_gate", "\(f.useForgetGate)", "\(m.useForgetGate)"),
      ("use_output_gate", "\(f.useOutputGate)", "\(m.useOutputGate)"),
      ("use_short_conv", "\(f.useShortConv)", "\(m.useShortConv)"),
      ("conv_size", conv ? "\(f.convSize)" : "-", conv ? "\(m.convSize)" : "-"),
      ("conv_bias", conv ? "\(f.convBias)" : "-", conv ? "\(m.convBias)" : "-"),
      ("intermediate_size", "\(f.intermediateSize ?? 0)", "\(m.intermediateSize ?? 0)"),
      ("norm_eps", "\(f.normEps)", "\(m.normEps)"),
      ("tie_word_embeddings", "\(f.tieWordEmbeddings)", "\(m.tieWordEmbeddings)"),
      ("vocab_size", "\(folder.vocabSize)", "\(vocabSize)"),
    ]
    for (key, found, expected) in pairs where found != expected {
      throw CheckpointError(
        file: file, "config.json has \(key) \(found), the spec has \(expected)")
    }
  }
}
