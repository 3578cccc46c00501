import ArgumentParser
import DeltaExperiment

/// deltac: compile DeltaProduct experiment specs (YAML) into fast CPU training and evaluation plans.
@main
struct Deltac: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deltac",
    abstract: "A declarative experiment compiler for DeltaProduct linear RNNs.",
    discussion: """
      A spec (YAML) names a model variant (num_householder, eigenvalue range, forget gate, depth, heads, ...)
      and a task. deltac validates it, lowers it to a graph IR, optimizes and JIT-compiles it, then trains
      and evaluates it.

      Start with:  deltac check specs/quickstart.yaml
                   deltac explain specs/quickstart.yaml
                   deltac run specs/quickstart.yaml
      """,
    version: MachineInfo.version,
    subcommands: [
      Check.self, Explain.self, Compile.self, Run.self, Sweep.self, Eval.self, Bench.self,
      Init.self,
      Export.self, Import.self, Inspect.self, Forward.self, Profile.self, Analyze.self,
    ])

  static func main() {
    PeakRSSReport.install()
    main(nil)
  }
}
