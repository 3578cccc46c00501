import ArgumentParser
import DeltaSpec
import Foundation

/// `deltac check SPEC...`: validate specs; one `ok` line each on stdout, or every error on stderr.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate spec files and report every error in them.",
    discussion: """
      Each spec is read with the files it extends, its sweep is expanded, and every value is checked:
      types, ranges, unknown keys (with "did you mean"), the task's group, and consistency between
      keys. All errors of all files are reported at once, as file:line:col with the source line, what
      was expected and found, and a hint.

      When every spec is valid, deltac prints one line per spec on stdout and exits with 0:
        ok  specs/s3_nh2_neg.yaml  (word_problem S3; 1 layer, d 128, 8 heads x 32, n_h 2, ...)
      Otherwise it prints nothing on stdout, the diagnostics on stderr, and exits with 1.

      Examples:
        deltac check specs/*.yaml
        deltac check my_variant.yaml      # a file that says `extends: specs/s3_nh2_neg.yaml`
      """)

  @Argument(help: ArgumentHelp("The spec files (YAML) to validate.", valueName: "spec"))
  var specs: [String]

  func validate() throws {
    if specs.isEmpty {
      throw ValidationError("name at least one spec file, e.g. specs/quickstart.yaml")
    }
  }

  func run() throws {
    var lines: [String] = []
    var errors = ""
    for path in specs {
      do {
        lines.append(Self.okLine(path, try SpecLoader.resolve(file: path)))
      } catch let diagnostics as SpecDiagnostics {
        errors += diagnostics.description
      }
    }
    guard errors.isEmpty else {
      StandardError.write(errors)
      throw ExitCode.failure
    }
    print(lines.joined(separator: "\n"))
  }

  static func okLine(_ path: String, _ resolved: ResolvedSpec) -> String {
    guard resolved.hasSweep else { return "ok  \(path)  (\(resolved.spec.summary))" }
    let names = resolved.variants.map {
      $0.name.split(separator: "/").last.map(String.init) ?? $0.name
    }
    return "ok  \(path)  (sweep of \(names.count) variants: \(names.joined(separator: ", ")))"
  }
}

/// Diagnostics and progress go to stderr; stdout is for data.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
