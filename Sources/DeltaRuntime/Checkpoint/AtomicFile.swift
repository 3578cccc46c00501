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
        file: path, "cannot create a file in \(directory): \(FileIO.words(errno: errno))")
    }
    var failure = FileIO.writeAll(fd, bytes)
    if failure == nil, fsync(fd) != 0 { failure = errno }
    if close(fd) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temp, path) != 0 { failure = errno }
    if let failure {
      unlink(temp)
      throw CheckpointError(file: path, FileIO.words(errno: failure))
    }
    syncDirectory(directory)
  }

  /// Whether `name` is a temporary file of `write` (`.<name>.tmp-<pid>-<random>`), and its writer's pid.
  public static func temporaryWriter(_ name: String) -> Int32? {
    guard name.hasPrefix("."), let r = name.range(of: ".tmp-", options: .backwards) else {
      return nil
    }
    let rest = name[r.upperBound...].split(separator: "-")
    guard rest.count == 2, UInt32(rest[1]) != nil else { return nil }
    return Int32(rest[0])
  }

  /// Removes the temporary files that writers which are no longer running left in `directory` (a
  /// process killed during a write); returns their names.
  @discardableResult
  public static func removeStaleTemporaries(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var removed: [String] = []
    for name in names.sorted() {
      guard let pid = temporaryWriter(name), !FileIO.isRunning(pid) else { continue }
      if unlink(directory + "/" + name) == 0 { removed.append(name) }
    }
    return removed
  }

  /// fsync of a directory, so a rename into it is durable.
  public static func syncDirectory(_ directory: String) {
    let fd = open(directory, O_RDONLY)
    if fd >= 0 {
      _ = fsync(fd)
      close(fd)
    }
  }
}
