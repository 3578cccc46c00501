import DeltaRuntime
import Foundation

/// A fresh temporary folder per test, removed afterwards.
final class TempDir {
  let path: String
  init() {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "deltac-interop-\(UUID().uuidString)"
      ).path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  /// Writes raw bytes; returns the path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
    return file(name)
  }

  func entries() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}

/// A safetensors file from a header text and data bytes (for malformed files).
func safetensors(header: String, data: [UInt8] = [], length: UInt64? = nil) -> [UInt8] {
  let h = Array(header.utf8)
  var out: [UInt8] = []
  withUnsafeBytes(of: (length ?? UInt64(h.count)).littleEndian) { out += $0 }
  return out + h + data
}

func bytes<T>(_ values: [T]) -> [UInt8] {
  values.withUnsafeBytes { Array($0) }
}

/// What a read throws, as text (nil when it succeeds).
func readError(_ path: String) -> String? {
  do {
    _ = try SafeTensorsFile(path: path)
    return nil
  } catch {
    return error.description
  }
}
