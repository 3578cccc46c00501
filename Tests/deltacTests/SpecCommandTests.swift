import Foundation
import Testing

/// Runs the built `deltac` (next to this test binary in the build folder) and captures its output.
enum DeltacBinary {
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let corpus = repoRoot + "/Tests/DeltaSpecTests/Corpus"

  static var path: String? {
    var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL)
    return candidates.map { $0.appendingPathComponent("deltac").path }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the built deltac (or `executable`) with `arguments` in `directory`.
  static func run(
    _ arguments: [String], in directory: String = repoRoot, executable: String? = nil
  ) throws -> Result {
    let binary = try executable ?? #require(path, "deltac is not built next to the tests")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out")
    let err = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: try String(contentsOf: out, encoding: .utf8),
      stderr: try String(contentsOf: err, encoding: .utf8))
  }
}

@Suite(.serialized) struct CheckCommand {
  @Test func validSpecsPrintOneOkLineEach() throws {
    let result = try DeltacBinary.run(["check", "specs/s3_nh2_neg.yaml", "specs/s3_sweep.yaml"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        ok  specs/s3_nh2_neg.yaml  (word_problem S3; 1 layer, d 128, 8 heads x 32, n_h 2, eigenvalues [-1, 1]; vocab 13)
        ok  specs/s3_sweep.yaml  (sweep of 4 variants: nh1-eig0_1, nh1-eig-1_1, nh2-eig0_1, nh2-eig-1_1)

        """)
  }

  @Test func everyShippedSpecIsClean() throws {
    let specs = try FileManager.default.contentsOfDirectory(
      atPath: DeltacBinary.repoRoot + "/specs"
    )
    .filter { $0.hasSuffix(".yaml") }.sorted().map { "specs/" + $0 }
    let result = try DeltacBinary.run(["check"] + specs)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.split(separator: "\n").count == specs.count)
  }

  /// The exact corpus text on stderr, nothing on stdout, exit status 1.
  @Test(arguments: [
    "nh_zero", "many_errors", "extends_cycle", "alias_bomb", "non_utf8", "directory",
  ])
  func badSpecPrintsDiagnosticsOnStderrOnly(name: String) throws {
    let result = try DeltacBinary.run(["check", "bad/\(name).yaml"], in: DeltacBinary.corpus)
    let expected = try String(
      contentsOfFile: DeltacBinary.corpus + "/bad/\(name).expected", encoding: .utf8)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == expected)
  }

  @Test func oneBadSpecAmongGoodOnesFailsTheRunAndPrintsNoOkLines() throws {
    let result = try DeltacBinary.run(
      ["check", "good/eigen_override.yaml", "bad/nh_zero.yaml", "bad/missing_task.yaml"],
      in: DeltacBinary.corpus)
    let expected = try ["nh_zero", "missing_task"].map {
      try String(contentsOfFile: DeltacBinary.corpus + "/bad/\($0).expected", encoding: .utf8)
    }.joined()
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == expected)
  }

  @Test func missingFile() throws {
    let result = try DeltacBinary.run(["check", "no/such/spec.yaml"])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == "no/such/spec.yaml: error: no such file\n")
  }

  @Test func helpTeachesWithExamples() throws {
    let result = try DeltacBinary.run(["check", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("OVERVIEW: Validate spec files and report every error in them."))
    #expect(result.stdout.contains("\n  deltac check specs/*.yaml\n"))
    #expect(result.stdout.contains("\n  extends: s3_nh2_neg.yaml      # relative to this file\n"))
    let wide = result.stdout.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "help lines wider than 80 columns: \(wide)")
  }
}

@Suite(.serialized) struct ExplainCommand {
  @Test func tableShowsValuesAndSources() throws {
    let result = try DeltacBinary.run(["explain", "specs/s3_nh2_neg.yaml"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("key ") && lines[0].hasSuffix("| source"))
    #expect(
      lines.contains(
        "model.num_householder     | 2                                          | spec"))
    #expect(
      lines.contains(
        "model.hidden_size         | 128                                        | extends specs/state_tracking_base.yaml"
      ))
    #expect(
      lines.contains(
        "model.conv_size           | 4                                          | default"))
    #expect(
      lines.contains(
        "model.vocab_size          | auto (13, from the task)                   | extends specs/state_tracking_base.yaml"
      ))
  }

  @Test func sweepVariantMarksSweptKeys() throws {
    let result = try DeltacBinary.run([
      "explain", "specs/s3_sweep.yaml", "--variant", "nh2-eig-1_1",
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map {
      $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    #expect(lines.contains(["model.num_householder", "2", "sweep"]))
    #expect(lines.contains(["model.allow_neg_eigval", "true", "sweep"]))
  }

  @Test func unknownVariant() throws {
    let result = try DeltacBinary.run(["explain", "specs/s3_sweep.yaml", "--variant", "nh3"])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        specs/s3_sweep.yaml: error: no sweep variant 'nh3'
        hint: the variants are s3_sweep/nh1-eig0_1, s3_sweep/nh1-eig-1_1, s3_sweep/nh2-eig0_1, s3_sweep/nh2-eig-1_1

        """)
  }

  @Test func yamlOutputIsTheCanonicalForm() throws {
    let result = try DeltacBinary.run(["explain", "specs/quickstart.yaml", "--yaml"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "# quickstart: resolved by deltac (every key, defaults included)\nmodel:\n  hidden_size: 128\n"
      ))
  }

  @Test func badSpec() throws {
    let result = try DeltacBinary.run(["explain", "bad/nh_zero.yaml"], in: DeltacBinary.corpus)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == (try String(
          contentsOfFile: DeltacBinary.corpus + "/bad/nh_zero.expected", encoding: .utf8)))
  }
}
