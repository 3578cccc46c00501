/// Why a checkpoint, safetensors file or model folder could not be read or written. The message names
/// the file, and the tensor when one is at fault:
/// `ckpt.safetensors: error: tensor 'lm_head.weight': shape [13, 64], expected [13, 128]`.
public struct CheckpointError: Error, Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let tensor: String?
  public let message: String

  public init(file: String, tensor: String? = nil, _ message: String) {
    self.file = file
    self.tensor = tensor
    self.message = message
  }

  public var description: String {
    let subject = tensor.map { "tensor '\($0)': " } ?? ""
    return "\(file): error: \(subject)\(message)"
  }
}
