import ArgumentParser
import DeltaSpec

/// `deltac explain SPEC`: the resolved spec, every key, with its value and where it came from.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the resolved spec: every key, its value, and where the value came from.",
    discussion: """
      A spec names only what differs from the defaults and from the file it extends. explain \
      shows the whole experiment, one row per key, with the source of each value:
        spec            written in the spec file itself
        extends FILE    inherited from a file named by `extends`
        default         not written anywhere: deltac's default
        sweep           (with --variant) set by the spec's sweep
      Derived values are shown next to the key that sets them: `vocab_size auto (13, from \
      the task)`, the value head dimension next to expand_v, the MLP size next to hidden_ratio.

      Examples:
        deltac explain specs/s3_nh2_neg.yaml
        deltac explain specs/s3_sweep.yaml --variant nh2-eig-1_1
        deltac explain specs/quickstart.yaml --yaml > full.yaml
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Option(help: "For a spec with a sweep: the variant to show (e.g. nh2-eig-1_1).")
  var variant: String?
  @Flag(help: "Print the resolved spec as YAML (every key, defaults included) instead of a table.")
  var yaml = false

  func run() throws {
    let resolved = try CLISpec.resolve(spec)
    var chosen: Spec?
    if let variant {
      switch resolved.variant(named: variant) {
      case .success(let match): chosen = match
      case .failure(let error):
        Output.stderr("\(spec): \(error.description)\n")
        throw ExitCode.failure
      }
    }
    print(
      yaml
        ? SpecPrinter.yaml(chosen ?? resolved.spec) : SpecPrinter.table(resolved, variant: chosen),
      terminator: "")
  }
}
