import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A model folder as fla (Hugging Face `save_pretrained`) writes it: `config.json` +
/// `model.safetensors` (or shards listed in `model.safetensors.index.json`).
public enum FLAModelFolder {
  public static let configName = "config.json"
  public static let weightsName = "model.safetensors"
  /// config.json is small; refuse anything larger before reading it.
  static let maxConfigBytes = 16 << 20

  /// Whether `path` is a directory (what `deltac forward`, `eval` and `--init-from` treat as a folder).
  public static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Reads the config and every parameter (fused or older per-step layout, F32/F64/F16/BF16).
  public static func read(_ dir: String) throws(CheckpointError) -> LoadedModel {
    let configPath = dir + "/" + configName
    let (model, vocab) = try readConfig(configPath)
    let weights = dir + "/" + weightsName
    let index = weights + ".index.json"
    let manager = FileManager.default
    guard manager.fileExists(atPath: weights) || manager.fileExists(atPath: index) else {
      throw CheckpointError(file: weights, "no such file")
    }
    let graph = try LoadedModel.graph(model: model, vocabSize: vocab, file: configPath)
    let store =
      manager.fileExists(atPath: weights)
      ? TensorStore(try SafeTensorsFile(path: weights)) : try TensorStore(index: index)
    let parameters = try FLAParameters.read(
      store, graph: graph, numHouseholder: model.numHouseholder, tied: model.tieWordEmbeddings)
    return LoadedModel(model: model, vocabSize: vocab, graph: graph, parameters: parameters)
  }

  /// The model and vocabulary of a config.json file.
  public static func readConfig(_ path: String) throws(CheckpointError) -> (ModelConfig, Int) {
    let mapped = try FileBytes.read(path, limit: maxConfigBytes)
    guard let json = JSONValue.parse(mapped) else {
      throw CheckpointError(file: path, "not valid JSON")
    }
    let (model, vocab) = try FLAConfig.model(from: json, file: path)
    return (model, vocab)
  }

  /// Writes `loaded` as config.json + model.safetensors into `dir`. Both files are encoded before
  /// anything touches the disk; a new folder is built under a temporary name and renamed into place,
  /// an existing one gets each file replaced atomically; on failure nothing is left half-written.
  public static func write(_ loaded: LoadedModel, to dir: String, layout: FLALayout = .fused)
    throws(CheckpointError)
  {
    let config = try FLAConfig.json(
      model: loaded.model, vocabSize: loaded.vocabSize, file: dir + "/" + configName)
    let tensors = FLAParameters.tensors(
      loaded.parameters, graph: loaded.graph, numHouseholder: loaded.model.numHouseholder,
      layout: layout)
    let weights = try SafeTensorsWriter.encode(
      tensors, metadata: ["format": "pt"], file: dir + "/" + weightsName)
    let files = [(configName, Array(config.utf8)), (weightsName, weights)]
    try FolderWriter.write(files, to: dir)
  }
}
