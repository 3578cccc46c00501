import DeltaRuntime
import Foundation

/// `deltac inspect`: what a safetensors file or an fla model folder holds.
public enum SafeTensorsListing {
  /// The table of `file` (a folder: its model.safetensors): name, dtype, shape, bytes; metadata
  /// lines; a total line.
  public static func listing(file: String) throws -> String {
    try listing(SafeTensorsFile(path: weightsPath(file)))
  }

  /// Reads every tensor (a folder: loads the model); returns a line with what was read and how long
  /// it took.
  public static func load(file: String) throws -> String {
    let path = weightsPath(file)
    let listed = try SafeTensorsFile(path: path)
    let start = ContinuousClock.now
    var elements = 0
    if FLAModelFolder.isFolder(file) {
      elements = try FLAModelFolder.read(file).parameters.values.reduce(0) { $0 + $1.count }
    } else {
      let opened = try SafeTensorsFile(path: path)
      for e in opened.entries where e.dtype.isFloat {
        elements += try opened.floats(e.name).count
      }
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let bytes = listed.entries.reduce(0) { $0 + $1.byteCount }
    return
      "loaded \(elements) elements (\(bytes) bytes of tensors) in \(String(format: "%.3f", seconds)) s"
  }

  static func weightsPath(_ file: String) -> String {
    FLAModelFolder.isFolder(file) ? file + "/" + FLAModelFolder.weightsName : file
  }

  /// The table: name, dtype, shape, bytes; metadata lines; a total line.
  static func listing(_ f: SafeTensorsFile) -> String {
    let rows = f.entries.map { e in
      [
        e.name, e.dtype.rawValue, "[" + e.shape.map(String.init).joined(separator: ", ") + "]",
        "\(e.byteCount)",
      ]
    }
    let all = [["name", "dtype", "shape", "bytes"]] + rows
    let widths = (0..<3).map { c in all.map { $0[c].count }.max() ?? 0 }
    var out = ""
    for row in all {
      let cells = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
      out += (cells + [row[3]]).joined(separator: "  ") + "\n"
    }
    for key in f.metadata.keys.sorted() {
      out += "metadata \(key) = \(f.metadata[key] ?? "")\n"
    }
    let elements = f.entries.reduce(0) { $0 + $1.elementCount }
    let bytes = f.entries.reduce(0) { $0 + $1.byteCount }
    out += "\(f.entries.count) tensors, \(elements) elements, \(bytes) bytes\n"
    return out
  }
}
