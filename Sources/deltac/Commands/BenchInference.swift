import ArgumentParser
import DeltaExperiment
import Foundation

/// `deltac bench inference SPEC --length T [--segment S]`: tokens/s and peak memory of the forward
/// pass, alone in this process (`deltac bench train` runs one per inference row).
struct BenchInference: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inference",
    abstract: "Forward-pass tokens/s and peak memory of a spec's model (batch 1).",
    discussion: """
      Compiles the spec's forward graph (the seeded initial parameters),
      runs one untimed pass (or one segment), then --repeats timed passes
      over --length tokens: in one pass, or with --segment S in segments of
      S tokens with the recurrent state and the conv inputs carried from
      one segment to the next (constant memory: that of one segment).

      Memory: the resident size after compiling (setup) and the peak
      resident size of the warm-up and timed passes (VmHWM, reset after
      setup so the JIT's own memory is not in it). Run it alone: it is the
      process's memory. `deltac bench train` runs it once per inference row.

      Example:
        deltac bench inference bench/specs/tiny.yaml --length 32768 --segment 64
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Option(help: "Tokens.") var length: Int
  @Option(help: "Segment length (state carried between segments); default: one pass.")
  var segment: Int?
  @Option(help: "Timed repeats (the median is reported).") var repeats = 1
  @Flag(help: "Print one JSON object instead of a line of text.") var json = false

  func validate() throws {
    try expect(length >= 1, "--length must be at least 1, got \(length)")
    try expect((segment ?? 1) >= 1, "--segment must be at least 1, got \(segment ?? 0)")
    try expect(repeats >= 1, "--repeats must be at least 1, got \(repeats)")
  }

  func run() throws {
    let loaded = try CLISpec.load(spec)
    try Failure.guarded {
      let bench = try InferenceBench(spec: loaded)
      let m = try bench.measure(length: length, segment: segment, repeats: repeats)
      print(json ? try m.json() : m.line)
    }
  }
}
