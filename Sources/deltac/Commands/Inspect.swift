import ArgumentParser
import DeltaInterop
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
    try Failure.guarded {
      print(try SafeTensorsListing.listing(file: file), terminator: "")
      if load { Output.progress(try SafeTensorsListing.load(file: file)) }
    }
  }
}
