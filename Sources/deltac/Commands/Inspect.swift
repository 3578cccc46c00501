import ArgumentParser
import DeltaInterop
import DeltaRuntime
import Foundation

/// `deltac inspect FILE`: the tensors of a safetensors file.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the tensors of a safetensors file (name, dtype, shape, bytes).",
    discussion: """
      FILE is a safetensors file or a model folder (its model.safetensors).
      The header is checked as every deltac reader checks it: offsets inside
      the file, sizes that match dtype and shape, no overlapping tensors.
      One line per tensor on stdout, sorted by name, then the metadata and a
      total. With --load it also reads every tensor as deltac loads it (a
      folder: config.json, names and shapes checked against the model, every
      tensor converted to F32) and prints the time taken on stderr.

      Examples:
        deltac inspect s3.safetensors
        deltac inspect s3-fla --load
      """)

  @Argument(help: ArgumentHelp("A safetensors file or a model folder.", valueName: "file"))
  var file: String

  @Flag(help: "Also read every tensor (a folder: load the model) and print the time on stderr.")
  var load = false

  func run() throws {
    try InteropCLI.guarded {
      let folder = FLAModelFolder.isFolder(file)
      let path = folder ? file + "/" + FLAModelFolder.weightsName : file
      let listed = try SafeTensorsFile(path: path)
      print(Self.listing(listed), terminator: "")
      guard load else { return }
      let start = ContinuousClock.now
      var elements = 0
      if folder {
        elements = try FLAModelFolder.read(file).parameters.values.reduce(0) { $0 + $1.count }
      } else {
        let opened = try SafeTensorsFile(path: path)
        for e in opened.entries where e.dtype.isFloat {
          elements += try opened.floats(e.name).count
        }
      }
      let seconds = (ContinuousClock.now - start) / .seconds(1)
      let bytes = listed.entries.reduce(0) { $0 + $1.byteCount }
      StandardError.write(
        "loaded \(elements) elements (\(bytes) bytes of tensors) in \(String(format: "%.3f", seconds)) s\n"
      )
    }
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
