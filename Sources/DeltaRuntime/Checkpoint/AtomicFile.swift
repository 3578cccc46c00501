import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Atomic file replacement: the bytes go to a temporary file in the destination's directory, are
/// fsync'ed, and the file is renamed over the destination (then the directory is fsync'ed), so a
/// reader sees the old file or the new one, never a part of it.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws(CheckpointError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let temp =
      directory + "/." + url.lastPathComponent
      + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else {
      throw CheckpointError(
        file: path, "cannot create a file in \(directory) (\(MappedFile.openFailure(errno)))")
    }
    var ok = writeAll(fd, bytes) && fsync(fd) == 0
    ok = close(fd) == 0 && ok
    guard ok, rename(temp, path) == 0 else {
      let code = errno
      unlink(temp)
      throw CheckpointError(file: path, "write failed (errno \(code))")
    }
    syncDirectory(directory)
  }

  /// fsync of a directory, so a rename into it is durable.
  public static func syncDirectory(_ directory: String) {
    let fd = open(directory, O_RDONLY)
    if fd >= 0 {
      _ = fsync(fd)
      close(fd)
    }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        guard let base = buffer.baseAddress else { return false }
        let n = Glibc.write(fd, base + done, buffer.count - done)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }
  }
}
