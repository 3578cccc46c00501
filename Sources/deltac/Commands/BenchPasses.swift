import ArgumentParser
import DeltaExperiment
import DeltaSpec
import Foundation

/// `deltac bench passes [SPEC[@B]...]`: training-step time and activation memory with every pass, with
/// none, and with each one disabled, interleaved in one run.
struct BenchPasses: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "passes",
    abstract:
      "Training step time and peak activation memory with all passes, none, and each disabled.",
    discussion: PassesBench.discussion)

  @Argument(help: ArgumentHelp("Specs, SPEC or SPEC@BATCH.", valueName: "spec"))
  var specs: [String] = []
  @Option(help: "Timed rounds (each runs every configuration once).") var rounds = 5
  @Option(help: "Untimed steps per configuration first.") var warmup = 1

  func validate() throws {
    try expect(rounds >= 1 && warmup >= 0, "--rounds must be at least 1 and --warmup at least 0")
  }

  func run() throws {
    let list = specs.isEmpty ? ["specs/s3_nh2_neg.yaml@64", "specs/lm_bytes.yaml@16"] : specs
    let bench = PassesBench(rounds: rounds, warmup: warmup)
    Output.line(bench.header())
    for entry in list {
      let spec = try Self.loadSpec(entry)
      try Failure.guarded { try bench.run(spec, emit: Output.line, progress: Output.progress) }
    }
  }

  /// SPEC or SPEC@BATCH (`SpecLoader.benchEntry`), or its diagnostics and exit status 1.
  static func loadSpec(_ entry: String) throws -> Spec {
    let (path, batch) = SpecLoader.benchEntry(entry)
    var spec = try CLISpec.load(path)
    if let batch { spec.train.batchSize = batch }
    return spec
  }
}

/// `deltac bench chunks SPEC`: the chunk the cost model picks against every candidate measured.
struct BenchChunks: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chunks",
    abstract: "The recurrence chunk choose-chunk-size picks, against every candidate measured.",
    discussion: ChunksBench.discussion)

  @Argument(help: ArgumentHelp("The spec, SPEC or SPEC@BATCH.", valueName: "spec")) var spec: String
  @Option(help: "Timed runs per candidate per round (the minimum is kept).") var repeats = 3
  @Option(help: "Interleaved rounds over the candidates (the median of their minima is reported).")
  var rounds = 3

  func run() throws {
    let loaded = try BenchPasses.loadSpec(spec)
    try Failure.guarded {
      try ChunksBench(repeats: repeats, rounds: rounds).run(loaded, label: spec, emit: Output.line)
    }
  }
}
