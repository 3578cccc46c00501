import DeltaRuntime
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a set of files into a folder without leaving a half-written folder behind.
public enum FolderWriter {
  /// New folder: files go into `.<name>.tmp-<pid>-<random>` next to it, which is renamed to `dir` at
  /// the end (removed on failure). Existing folder: each file is replaced atomically.
  public static func write(_ files: [(String, [UInt8])], to dir: String) throws(CheckpointError) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: dir, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CheckpointError(file: dir, "exists and is not a folder")
      }
      for (name, bytes) in files { try AtomicFile.write(bytes, to: dir + "/" + name) }
      return
    }
    let url = URL(fileURLWithPath: dir).standardizedFileURL
    let parent = url.deletingLastPathComponent().path
    guard FLAModelFolder.isFolder(parent) else {
      throw CheckpointError(file: dir, "the parent folder \(parent) does not exist")
    }
    let temp =
      parent + "/." + url.lastPathComponent
      + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(temp, 0o755) == 0 else {
      throw CheckpointError(
        file: dir, "cannot create a folder in \(parent): \(FileIO.words(errno: errno))")
    }
    do throws(CheckpointError) {
      for (name, bytes) in files { try AtomicFile.write(bytes, to: temp + "/" + name) }
      guard rename(temp, url.path) == 0 else {
        throw CheckpointError(
          file: dir, "cannot move the new folder into place: \(FileIO.words(errno: errno))")
      }
      AtomicFile.syncDirectory(parent)
    } catch {
      try? manager.removeItem(atPath: temp)
      throw error
    }
  }
}
