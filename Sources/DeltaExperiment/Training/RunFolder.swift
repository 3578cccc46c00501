import DeltaRuntime
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The advisory lock of a results folder: `<results>/.lock`, held (flock) by the run that writes the
/// folder and holding its pid. The kernel drops the flock when its process dies, so a lock file left by
/// a killed run is taken over (and said so); a running owner makes a second run refuse, naming it.
public final class ResultsLock: @unchecked Sendable {
  public static let fileName = ".lock"
  public let path: String
  /// The pid a stale lock file named (its run was killed), when this lock took it over.
  public let tookOverFrom: Int32?
  private var fd: Int32

  /// Locks `directory` (which exists) for this process.
  public init(directory: String) throws {
    path = directory + "/" + Self.fileName
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw ExperimentError(
        .badInput, "\(path): error: cannot create the lock file: \(FileIO.words(errno: errno))")
    }
    let previous = Self.pid(fd)
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      close(fd)
      fd = -1
      guard code == EWOULDBLOCK else {
        throw ExperimentError(
          .badInput, "\(path): error: cannot lock the results folder: \(FileIO.words(errno: code))")
      }
      let owner = previous.map { "process \($0)" } ?? "another process"
      throw ExperimentError(
        .badInput,
        "\(directory): error: the results folder is in use by another run (\(owner) holds \(path)); "
          + "wait for it to end, or give this run another folder with --out")
    }
    // The previous content, when the flock was free: the pid of a run that did not end normally.
    let pid = getpid()
    tookOverFrom = previous.flatMap { $0 == pid ? nil : $0 }
    _ = ftruncate(fd, 0)
    _ = FileIO.writeAll(fd, Array("\(pid)\n".utf8))
  }

  /// The pid a lock file holds, if any.
  static func pid(_ fd: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let n = pread(fd, &buffer, buffer.count, 0)
    guard n > 0 else { return nil }
    let text = String(decoding: buffer[0..<n], as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Empties the lock file and lets go of the folder (a later run finds no stale pid).
  public func release() {
    guard fd >= 0 else { return }
    _ = ftruncate(fd, 0)
    close(fd)
    fd = -1
  }

  deinit { release() }
}

/// A fresh run into a folder that holds an earlier run (`--overwrite`): the earlier run's files are
/// moved to `<results>/.overwritten/` and removed only once the new run has written its first
/// checkpoint, so a new run stopped before that leaves the earlier one resumable (it is moved back
/// when the folder is next opened).
public struct EarlierRun: Sendable {
  public static let folderName = ".overwritten"
  /// What a run writes at the top of its folder (besides `checkpoints/`), with its event files.
  static let files = [
    "spec.yaml", "metrics.jsonl", "eval.json", "eval.csv", "accuracy.svg", "loss.svg",
    "checkpoints",
  ]
  public let results: ResultsWriter
  public var folder: String { results.directory + "/" + Self.folderName }

  public init(results: ResultsWriter) { self.results = results }

  var exists: Bool { FileManager.default.fileExists(atPath: folder) }

  /// Moves the earlier run's files aside (renames within the folder: nothing is copied).
  func setAside() throws {
    try? FileManager.default.removeItem(atPath: folder)
    do {
      try FileIO.createFolder(folder)
    } catch {
      throw results.writeFailure(error.file, error.message)
    }
    for name in Self.files + EventLog.files(in: results.directory) {
      let from = results.directory + "/" + name
      guard FileManager.default.fileExists(atPath: from) else { continue }
      guard rename(from, folder + "/" + name) == 0 else {
        throw results.writeFailure(from, "cannot move it aside: \(FileIO.words(errno: errno))")
      }
    }
    AtomicFile.syncDirectory(results.directory)
  }

  /// After the new run's first checkpoint: the earlier run's files go.
  func discard() {
    guard exists else { return }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// When the folder is opened: an earlier run set aside by a new run that wrote no checkpoint comes
  /// back (returns a note saying so); one whose replacement did write a checkpoint goes.
  func recover() throws -> String? {
    guard exists else { return nil }
    guard results.checkpoints.list().isEmpty else {
      discard()
      return nil
    }
    // The new run's event file goes: the earlier run's (another name) comes back.
    for name in EventLog.files(in: results.directory) {
      try? FileManager.default.removeItem(atPath: results.directory + "/" + name)
    }
    for name in Self.files + EventLog.files(in: folder) {
      let from = folder + "/" + name
      guard FileManager.default.fileExists(atPath: from) else { continue }
      let to = results.directory + "/" + name
      try? FileManager.default.removeItem(atPath: to)
      guard rename(from, to) == 0 else {
        throw results.writeFailure(
          to, "cannot restore it from \(folder): \(FileIO.words(errno: errno))")
      }
    }
    discard()
    return "note: restored the earlier run in \(results.directory) from \(folder) "
      + "(the --overwrite run that set it aside wrote no checkpoint)"
  }
}
