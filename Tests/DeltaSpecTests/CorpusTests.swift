import DeltaSpec
import Foundation
import Testing

/// Paths of the test corpus, found from this file (no resource bundle needed).
enum Corpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Corpus").path
  static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The bad specs: every `bad/*.yaml` (a directory named `directory.yaml` included).
  static var badNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/bad")) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// All diagnostics of `relative` (under the corpus), with the corpus directory removed from paths.
  static func diagnostics(_ relative: String) -> String? {
    do {
      _ = try SpecLoader.resolve(file: root + "/" + relative)
      return nil
    } catch let error as SpecDiagnostics {
      return error.description.replacingOccurrences(of: root + "/", with: "")
    } catch {
      return "unexpected error type: \(error)"
    }
  }
}

@Suite struct BadSpecCorpus {
  @Test func corpusHasAtLeastFortyBadSpecs() {
    #expect(Corpus.badNames.count >= 40)
  }

  /// Each `bad/NAME.yaml` fails with exactly the text in `bad/NAME.expected`.
  /// `RECORD_CORPUS=1 swift test ...` writes the expected files (and fails, so nothing passes unseen).
  @Test(arguments: Corpus.badNames)
  func diagnosticsMatchExpected(name: String) throws {
    let actual = try #require(
      Corpus.diagnostics("bad/\(name).yaml"), "bad/\(name).yaml was accepted")
    let expectedPath = Corpus.root + "/bad/\(name).expected"
    if ProcessInfo.processInfo.environment["RECORD_CORPUS"] != nil {
      try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
      Issue.record("recorded \(expectedPath)")
      return
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(actual == expected)
  }

  /// Every diagnostic has the `file:line:col: error:` shape (or `file: error:` for unreadable files).
  @Test(arguments: Corpus.badNames)
  func everyDiagnosticIsLocated(name: String) throws {
    let actual = try #require(Corpus.diagnostics("bad/\(name).yaml"))
    let headers = actual.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(!headers.isEmpty)
    for header in headers {
      let place = header.components(separatedBy: ": error: ")[0].split(separator: ":")
      #expect(place[0].hasPrefix("bad/") || place[0].hasPrefix("lib/"), "\(header)")
      if name != "directory" {
        #expect(place.count == 3 && place.dropFirst().allSatisfy { Int($0) ?? 0 >= 1 }, "\(header)")
      }
    }
  }
}
