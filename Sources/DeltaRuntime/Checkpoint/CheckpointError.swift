/// Why a checkpoint, safetensors file or model folder could not be read or written. The message names
/// the file, and the tensor when one is at fault:
/// `ckpt.safetensors: error: tensor 'lm_head.weight': shape [13, 64], expected [13, 128]`.
public struct CheckpointError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Whose fault: the file's (bad input, exit status 1) or deltac's (a bug, exit status 2).
  public enum Kind: Sendable, Equatable {
    case badFile
    /// The message starts with `internal: `.
    case internalError
  }
  public let file: String
  public let tensor: String?
  public let message: String
  public let kind: Kind

  public init(file: String, tensor: String? = nil, _ message: String) {
    self.file = file
    self.tensor = tensor
    self.message = message
    kind = .badFile
  }

  /// A failure of deltac itself while handling `file`.
  public init(internalFile file: String, tensor: String? = nil, _ message: String) {
    self.file = file
    self.tensor = tensor
    self.message = "internal: " + message
    kind = .internalError
  }

  public var description: String {
    let subject = tensor.map { "tensor '\($0)': " } ?? ""
    return "\(file): error: \(subject)\(message)"
  }
}
