import DeltaRuntime
import Foundation

/// The tensors of one safetensors file, or of the shards of a Hugging Face sharded checkpoint
/// (`model.safetensors.index.json` + `model-0000i-of-0000n.safetensors`), looked up by name.
public struct TensorStore: Sendable {
  /// What messages about a missing tensor name: the file, or the index of the shards.
  public let path: String
  public let files: [SafeTensorsFile]
  private let owner: [String: Int]

  public init(_ file: SafeTensorsFile) {
    path = file.path
    files = [file]
    owner = Dictionary(uniqueKeysWithValues: file.names.map { ($0, 0) })
  }

  /// Opens the shards named by a sharded checkpoint's index; every tensor must be in the shard
  /// the index names, and in no other.
  public init(index: String) throws(CheckpointError) {
    guard let json = JSONValue.parse(try FileBytes.read(index, limit: 64 << 20)),
      case .object(let top) = json, case .object(let map)? = top["weight_map"]
    else {
      throw CheckpointError(
        file: index, "not a safetensors index (expected {\"weight_map\": {...}})")
    }
    let directory = URL(fileURLWithPath: index).deletingLastPathComponent().path
    var shards: [String: Int] = [:]
    var files: [SafeTensorsFile] = []
    var owner: [String: Int] = [:]
    for name in map.keys.sorted() {
      guard case .string(let shard)? = map[name], !shard.contains("/"), !shard.hasPrefix(".") else {
        throw CheckpointError(file: index, tensor: name, "shard must be a file name in the folder")
      }
      if shards[shard] == nil {
        shards[shard] = files.count
        files.append(try SafeTensorsFile(path: directory + "/" + shard))
      }
      owner[name] = shards[shard]
    }
    for (i, file) in files.enumerated() {
      for name in file.names where owner[name] != i {
        throw CheckpointError(
          file: file.path, tensor: name, "not in the index, or listed under another shard")
      }
    }
    for (name, i) in owner where files[i].entry(name) == nil {
      throw CheckpointError(
        file: files[i].path, tensor: name, "listed in the index but not in the shard")
    }
    self.path = index
    self.files = files
    self.owner = owner
  }

  /// The file holding `name`.
  public func file(for name: String) -> SafeTensorsFile? { owner[name].map { files[$0] } }

  public var names: [String] { owner.keys.sorted() }
}
