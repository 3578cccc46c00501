import ArgumentParser
import DeltaExperiment
import DeltaSpec
import Foundation

/// `deltac check SPEC...`: validate specs; one `ok` line each on stdout, or every error on stderr.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate spec files and report every error in them.",
    discussion: """
      A spec is a YAML file with the sections model, task, train, eval and compile. It names \
      only what differs from the defaults, and may extend another spec and sweep over keys:

        extends: s3_nh2_neg.yaml      # relative to this file
        model:
          num_householder: 3          # n_h; 1 is DeltaNet
        sweep:
          model.eigenvalues: [[0, 1], [-1, 1]]

      check reads each spec with the files it extends, expands its sweep and checks every \
      value: types, ranges, unknown keys (with "did you mean"), the task's group, and \
      consistency between keys. All errors of all files are reported at once, each as \
      file:line:col with the source line, what was expected and what was found, and a hint.

      When every spec is valid, check prints one line per spec on stdout and exits with 0. \
      Otherwise it prints nothing on stdout, the errors on stderr, and exits with 1.

      Examples:
        deltac check specs/*.yaml
        deltac explain specs/s3_nh2_neg.yaml    # every key, with defaults
      """)

  @Argument(help: ArgumentHelp("The spec files (YAML) to validate.", valueName: "spec"))
  var specs: [String]
  @OptionGroup var memory: MaxMemory

  func validate() throws {
    if specs.isEmpty {
      throw ValidationError("name at least one spec file, e.g. specs/quickstart.yaml")
    }
  }

  func run() throws {
    memory.apply()
    let (lines, errors) = SpecLoader.check(files: specs)
    guard errors.isEmpty else {
      Output.stderr(errors)
      throw ExitCode.failure
    }
    Output.stderr(MemoryEstimate.warnings(files: specs))
    print(lines.joined(separator: "\n"))
  }
}
