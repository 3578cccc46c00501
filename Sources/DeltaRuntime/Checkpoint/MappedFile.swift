#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A whole file mapped read-only into memory (large checkpoints are read without copying them).
/// Immutable after init, so it is safe to share.
final class MappedFile: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  private let mapped: Bool

  /// Maps `path`; throws the reason (no such file, a directory, unreadable) as a CheckpointError.
  init(path: String) throws(CheckpointError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw CheckpointError(file: path, Self.openFailure(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw CheckpointError(file: path, "cannot stat the file: \(FileIO.words(errno: errno))")
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
      throw CheckpointError(file: path, isDirectory ? "is a directory" : "not a regular file")
    }
    let size = Int(info.st_size)
    if size == 0 {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      mapped = false
      return
    }
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
    guard let address, address != MAP_FAILED else {
      throw CheckpointError(
        file: path, "cannot map the file into memory: \(FileIO.words(errno: errno))")
    }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
    mapped = true
  }

  deinit {
    if mapped, let base = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
  }

  static func openFailure(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    case EISDIR: return "is a directory"
    default: return "cannot open the file: \(FileIO.words(errno: code))"
    }
  }
}

/// Whole small files (config.json) read through the same checked open, with a size limit.
public enum FileBytes {
  public static func read(_ path: String, limit: Int) throws(CheckpointError) -> [UInt8] {
    let file = try MappedFile(path: path)
    guard file.bytes.count <= limit else {
      throw CheckpointError(file: path, "\(file.bytes.count) bytes; expected at most \(limit)")
    }
    return Array(file.bytes)
  }
}
