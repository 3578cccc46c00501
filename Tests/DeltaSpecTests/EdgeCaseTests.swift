import DeltaSpec
import DeltaTasks
import Foundation
import Testing

/// Hostile input: a diagnostic, never a crash or a hang.
@Suite struct HostileInput {
  /// Resolves `text` (not on disk) and returns the rendered diagnostics.
  func diagnose(_ text: String, file: String = "edge.yaml") -> String {
    do {
      _ = try SpecLoader.parse(yaml: text, file: file)
      return ""
    } catch let error as SpecDiagnostics {
      return error.description
    } catch {
      return "unexpected: \(error)"
    }
  }

  @Test func missingFile() {
    #expect(
      throws: SpecDiagnostics([Diagnostic(.wholeFile("/nonexistent/x.yaml"), "no such file")])
    ) {
      try SpecLoader.load(file: "/nonexistent/x.yaml")
    }
  }

  @Test func directoryInsteadOfFile() throws {
    let error = try #require(throws: SpecDiagnostics.self) {
      try SpecLoader.load(file: Corpus.root)
    }
    #expect(
      error.description.hasPrefix("\(Corpus.root): error: this is a directory, not a spec file\n"))
  }

  @Test func deviceFileIsRefusedWithoutReading() throws {
    let error = try #require(throws: SpecDiagnostics.self) {
      try SpecLoader.load(file: "/dev/zero")
    }
    #expect(error.description == "/dev/zero: error: not a regular file\n")
  }

  @Test func billionLaughsIsRefused() {
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for (previous, name) in zip("abcdefghi", "bcdefghij") {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
          + "]")
    }
    let text = diagnose(lines.joined(separator: "\n"))
    #expect(text.hasPrefix("edge.yaml:5:28: error: too many YAML aliases\n"))
  }

  /// Under the alias limit an expansion can still be large; the node budget stops it, even when an
  /// alias is used as a mapping key (which Yams hashes in full).
  @Test func aliasExpansionUnderTheLimitIsBounded() {
    var lines = ["a0: &a0 [x, x, x]"]
    for level in 1...10 {
      let alias = "*a\(level - 1)"
      lines.append("a\(level): &a\(level) [\(alias), \(alias), \(alias)]")
    }
    lines.append("? *a10\n: 1")
    let text = diagnose(lines.joined(separator: "\n"))
    #expect(text.hasPrefix("edge.yaml:1:1: error: the spec is too large\n"), "\(text)")
  }

  @Test func tenThousandDeepFlowNesting() {
    let text = diagnose(
      "task: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    #expect(text.hasPrefix("edge.yaml:1:107: error: the spec nests too deeply\n"))
  }

  /// 10k levels of block indentation take 50 MB of spaces: refused by size, before anything else.
  @Test func tenThousandDeepBlockNesting() {
    var text = ""
    text.reserveCapacity(50_100_000)
    for level in 0..<10_000 {
      text += String(repeating: " ", count: level)
      text += "k\(level):\n"
    }
    let rendered = diagnose(text)
    #expect(rendered == "edge.yaml: error: the file is too large for a spec (more than 1024 KiB)\n")
  }

  @Test func thousandDeepBlockNesting() {
    let text = (0..<1_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(
      separator: "\n")
    let rendered = diagnose(text)
    #expect(rendered.hasPrefix("edge.yaml:102:102: error: the spec nests too deeply\n"))
  }

  /// The long line is shown as a window around the place.
  @Test func compactSequencesNestDeeplyOnOneLine() {
    let text = diagnose(String(repeating: "- ", count: 5_000) + "x")
    let window = String(repeating: " -", count: 59) + " x"
    #expect(
      text == """
        edge.yaml:1:10001: error: the spec nests too deeply
         1 | ...\(window)
           | \(String(repeating: " ", count: 122))^
        expected at most 100 levels of nesting, found more
        hint: a spec is a mapping of sections; nothing in it nests more than a few levels

        """)
  }

  /// A quote inside a block scalar does not open a string for the guard, so nesting after it counts.
  @Test func blockScalarsDoNotHideNesting() {
    let yaml = "a: |\n  'unclosed\n  text\nb: " + String(repeating: "[", count: 10_000)
    let text = diagnose(yaml)
    #expect(text.hasPrefix("edge.yaml:4:104: error: the spec nests too deeply\n"))
  }

  @Test func nestingInsideAQuotedStringIsNotCounted() throws {
    let yaml = "task: {kind: language_model, path: '" + String(repeating: "[", count: 500) + "'}"
    let text = diagnose(yaml)
    #expect(text.contains("no such text file '[[[["))
  }

  @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7])
  func randomBytesNeverCrash(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let bytes = (0..<2_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
    let alphabet = Array("{}[]:-,&*!|>'\"#\n ab1".utf8)
    let yamlish = String(decoding: bytes.map { alphabet[Int($0) % alphabet.count] }, as: UTF8.self)
    let text = diagnose(yamlish)
    #expect(text.contains(": error: "))
  }

  @Test func numbersOutOfRange() {
    let text = diagnose(
      "model:\n  hidden_size: 99999999999999999999\n  norm_eps: 1e400\ntask: {kind: parity}\n")
    #expect(text.contains("error: model.hidden_size is out of range"))
    #expect(text.contains("error: model.norm_eps is out of range"))
  }
}
