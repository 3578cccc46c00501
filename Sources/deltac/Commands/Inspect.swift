import ArgumentParser
import DeltaInterop
import DeltaRuntime

/// `deltac inspect FILE`: the tensors of a safetensors file.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the tensors of a safetensors file (name, dtype, shape, bytes).",
    discussion: """
      FILE is a safetensors file or a model folder (its model.safetensors).
      The header is checked as every deltac reader checks it: offsets inside
      the file, sizes that match dtype and shape, no overlapping tensors.
      One line per tensor on stdout, sorted by name, then the metadata and a
      total.

      Examples:
        deltac inspect s3.safetensors
        deltac inspect s3-fla
      """)

  @Argument(help: ArgumentHelp("A safetensors file or a model folder.", valueName: "file"))
  var file: String

  func run() throws {
    try InteropCLI.guarded {
      let path = FLAModelFolder.isFolder(file) ? file + "/" + FLAModelFolder.weightsName : file
      print(Self.listing(try SafeTensorsFile(path: path)), terminator: "")
    }
  }

  /// The table: name, dtype, shape, bytes; metadata lines; a total line.
  static func listing(_ f: SafeTensorsFile) -> String {
    let rows = f.entries.map { e in
      [e.name, e.dtype.rawValue, "[" + e.shape.map(String.init).joined(separator: ", ") + "]", "\(e.byteCount)"]
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
