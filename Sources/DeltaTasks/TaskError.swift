/// Why a task cannot be built or cannot produce the data asked for. `description` is a one-line message
/// fit for a diagnostic.
public enum TaskError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A group name that does not parse or names a group out of range.
  case unknownGroup(name: String, detail: String)
  /// The corpus of a language-modelling task does not exist or cannot be read.
  case fileNotFound(path: String)
  /// The corpus (or its held-out part) is shorter than one window of `needed` bytes.
  case fileTooShort(path: String, bytes: Int, needed: Int)
  /// A length, count or other argument outside what the task supports.
  case invalidArgument(String)

  public var description: String {
    switch self {
    case .unknownGroup(let name, let detail):
      return "unknown group '\(name)': \(detail)"
    case .fileNotFound(let path):
      return "no such text file '\(path)'"
    case .fileTooShort(let path, let bytes, let needed):
      return
        "text file '\(path)' is too short: \(bytes) bytes, a window needs \(needed) (length + 1)"
    case .invalidArgument(let message):
      return message
    }
  }
}
