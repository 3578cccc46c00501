import Foundation
import Testing

// The layering docs/architecture.md describes, checked on the sources: which target may import
// what, and the CLI's size budget (arguments and printing only).

private let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

/// target -> (its Swift files' text, the modules they import).
private func targets() throws -> [String: (lines: Int, imports: Set<String>)] {
  var out: [String: (lines: Int, imports: Set<String>)] = [:]
  let fm = FileManager.default
  for target in try fm.contentsOfDirectory(atPath: sources.path) {
    let dir = sources.appendingPathComponent(target)
    guard let files = fm.enumerator(atPath: dir.path) else { continue }
    var entry = (lines: 0, imports: Set<String>())
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
      entry.lines += text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      for line in text.split(separator: "\n") {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
        if words.first == "import", words.count == 2 { entry.imports.insert(String(words[1])) }
      }
    }
    out[target] = entry
  }
  return out
}

@Suite struct ArchitectureTests {
  @Test func theCLIParsesArgumentsAndPrints() throws {
    let cli = try #require(try targets()["deltac"])
    #expect(cli.lines < 1_200, "Sources/deltac has \(cli.lines) lines; logic belongs in a library")
    #expect(cli.imports.isDisjoint(with: ["DeltaCodegen", "DeltaRuntime", "CLLVM", "CBLAS"]))
  }

  /// Only DeltaSpec sees YAML, only DeltaCodegen LLVM, only DeltaRuntime BLAS.
  @Test func eachSystemLibraryHasOneDoor() throws {
    let all = try targets()
    for (module, owner) in [
      ("Yams", "DeltaSpec"), ("CLLVM", "DeltaCodegen"), ("CBLAS", "DeltaRuntime"),
    ] {
      let importers = all.filter { $0.value.imports.contains(module) }.map(\.key).sorted()
      #expect(importers == [owner], "\(module) is imported by \(importers)")
    }
  }
}
