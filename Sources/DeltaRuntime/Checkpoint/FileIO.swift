import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls behind every write of a results folder or checkpoint, each returning why it
/// failed (an errno, said in words) instead of trapping; and the causes of Foundation's file errors in
/// the same words.
public enum FileIO {
  /// Fault injection for tests: when set, every `writeAll` writes at most this many bytes of its
  /// buffer, then fails as a full disk does (ENOSPC).
  @TaskLocal public static var failAfterBytes: Int?

  /// `errno` in words: `no space left on device`, `permission denied`, `read-only file system`.
  public static func words(errno code: Int32) -> String {
    var text = String(cString: strerror(code))
    if let first = text.first, text.dropFirst().first?.isUppercase != true {
      text = first.lowercased() + text.dropFirst()
    }
    return text
  }

  /// The cause of a Foundation file error in words (its POSIX error where it carries one), never
  /// `Error Domain=NSCocoaErrorDomain Code=...`.
  public static func words(_ error: any Error) -> String {
    if let e = error as? CheckpointError { return e.message }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return words(errno: Int32(ns.code)) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return words(errno: Int32(underlying.code))
    }
    if ns.domain == NSCocoaErrorDomain {
      switch ns.code {
      case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return words(errno: ENOENT)
      case NSFileWriteOutOfSpaceError: return words(errno: ENOSPC)
      case NSFileWriteVolumeReadOnlyError: return words(errno: EROFS)
      case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return words(errno: EACCES)
      case NSFileWriteFileExistsError: return "a file of that name exists"
      default: break
      }
    }
    return "\(error)"
  }

  /// Writes all of `bytes` to `fd` (retrying short writes and EINTR); nil, or the errno of the failure.
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    let limit = failAfterBytes
    return bytes.withUnsafeBytes { buffer -> Int32? in
      var done = 0
      while done < buffer.count {
        guard let base = buffer.baseAddress else { return EINVAL }
        var count = buffer.count - done
        if let limit {
          guard done < limit else { return ENOSPC }
          count = min(count, limit - done)
        }
        let n = write(fd, base + done, count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return errno }
        guard n > 0 else { return EIO }
        done += n
      }
      return nil
    }
  }

  /// Appends `bytes` to `path` (created when missing) as one unit: after a failed write the file is
  /// cut back to its earlier length, so it never ends in part of a line.
  public static func append(_ bytes: [UInt8], to path: String) throws(CheckpointError) {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard fd >= 0 else { throw CheckpointError(file: path, words(errno: errno)) }
    var info = stat()
    let before = fstat(fd, &info) == 0 ? info.st_size : -1
    if let code = writeAll(fd, bytes) {
      if before >= 0 { _ = ftruncate(fd, before) }
      close(fd)
      throw CheckpointError(file: path, words(errno: code))
    }
    guard close(fd) == 0 else { throw CheckpointError(file: path, words(errno: errno)) }
  }

  /// Creates `path` and its missing parents; the reason in words when it cannot (a file in the way,
  /// permission denied, a read-only file system).
  public static func createFolder(_ path: String) throws(CheckpointError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CheckpointError(
          file: path, "is a file; expected a folder (or a path that does not exist)")
      }
      return
    }
    if let parent = parent(of: path) { try createFolder(parent) }
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw CheckpointError(file: path, "cannot create the folder: \(words(errno: errno))")
    }
  }

  /// `a/b` of `a/b/c` (trailing slashes ignored); nil for a single component or the root.
  static func parent(of path: String) -> String? {
    var p = Substring(path)
    while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return nil }
    let head = p[..<slash]
    return head.isEmpty ? nil : String(head)
  }

  /// Whether process `pid` is running (a process of another user counts as running).
  public static func isRunning(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
