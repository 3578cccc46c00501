import DeltaDriver
import DeltaIR
import DeltaSpec
import Foundation
import Testing

// Generated/<spec>/{forward,forward_backward,optimized}.ir and kernels.ll must equal what `deltac
// compile --after lower`, `--after autodiff`, `--backward` and `--emit llvm` print today
// (scripts/generate.sh writes them; the CLI and this test both call `Driver.generatedFiles`' parts).

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// Every specs/*.yaml, sorted, as (folder name, absolute path).
private func specFiles() throws -> [(name: String, path: String)] {
  let dir = repoRoot.appendingPathComponent("specs")
  let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
    $0.hasSuffix(".yaml")
  }.sorted()
  return files.map { (String($0.dropLast(5)), dir.appendingPathComponent($0).path) }
}

/// The two graphs of a spec before any pass.
private func graphs(_ spec: Spec) throws -> (forward: Graph, backward: Graph) {
  (
    try Driver.graph(spec, for: .evaluation, through: .lower),
    try Driver.graph(spec, for: .training, through: .autodiff)
  )
}

@Suite struct GeneratedTests {
  @Test func specsExist() throws {
    #expect(try specFiles().count > 0, "no specs/*.yaml found under \(repoRoot.path)")
  }

  @Test func generatedFilesAreUpToDate() throws {
    var stale: [String] = []
    for (name, path) in try specFiles() {
      let spec = try SpecLoader.load(file: path)
      let expected = try Driver.generatedFiles(spec)
      for (file, text) in expected {
        let relative = "Generated/\(name)/\(file)"
        let onDisk = try? String(
          contentsOf: repoRoot.appendingPathComponent(relative), encoding: .utf8)
        if onDisk != text {
          stale.append(relative + (onDisk == nil ? " (missing)" : ""))
        }
      }
    }
    let folders =
      (try? FileManager.default.contentsOfDirectory(
        atPath: repoRoot.appendingPathComponent("Generated").path)) ?? []
    let expected = Set(try specFiles().map(\.name))
    for folder in folders.sorted() where !expected.contains(folder) && !folder.hasPrefix(".") {
      stale.append("Generated/\(folder) (no specs/\(folder).yaml)")
    }
    #expect(
      stale.isEmpty,
      """
      stale generated IR, run `make generated` (or, with a debug build, \
      `DELTAC=.build/debug/deltac scripts/generate.sh`):
        \(stale.joined(separator: "\n  "))
      """)
  }

  @Test func everySpecRoundTrips() throws {
    for (name, path) in try specFiles() {
      for spec in try SpecLoader.loadVariants(file: path) {
        let (forward, backward) = try graphs(spec)
        #expect(Verifier.diagnose(forward) == [], "\(name)")
        #expect(Verifier.diagnose(backward) == [], "\(name)")
        #expect(try GraphParser.parse(GraphPrinter.print(forward)) == forward, "\(name) forward")
        #expect(try GraphParser.parse(GraphPrinter.print(backward)) == backward, "\(name) backward")
      }
    }
  }
}
