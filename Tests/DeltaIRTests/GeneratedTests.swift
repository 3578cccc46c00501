import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import Foundation
import Testing

// Generated/<spec>/{forward,forward_backward,optimized}.ir and kernels.ll must equal what `deltac
// compile --after lower`, `--after autodiff`, `--backward` and `--emit llvm` print today
// (scripts/generate.sh writes them; the CLI makes the same calls: lowering, autodiff, the pass
// pipeline with the spec's compile options, `RecurrenceKernelPlan.dump`).

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

/// The two graphs of a spec, as Compile.irText builds them.
private func graphs(_ spec: Spec) throws -> (forward: Graph, backward: Graph) {
  let forward = try ModelLowering.forward(spec: spec)
  return (forward, try Autodiff.gradient(of: forward))
}

@Suite struct GeneratedTests {
  @Test func specsExist() throws {
    #expect(try specFiles().count > 0, "no specs/*.yaml found under \(repoRoot.path)")
  }

  @Test func generatedFilesAreUpToDate() throws {
    var stale: [String] = []
    for (name, path) in try specFiles() {
      let spec = try SpecLoader.load(file: path)
      let (forward, backward) = try graphs(spec)
      var autotune = false
      if case .autotune = spec.compile.chunkSize { autotune = true }
      var options = PassOptions(
        disabled: Set(spec.compile.disabledPasses), autotuneChunks: autotune,
        threads: spec.compile.threads ?? ParallelFor.cores, dims: spec.graphDims())
      let optimized = try Pipeline.optimize(backward, options: options)
      options.dims = spec.graphDims(evaluation: true)
      let evaluation = try Pipeline.optimize(forward, options: options)
      func text(_ g: Graph) -> String { g.summaryComment + "\n" + GraphPrinter.print(g) }
      let expected = [
        ("forward.ir", text(forward)),
        ("forward_backward.ir", text(backward)),
        ("optimized.ir", text(optimized)),
        ("kernels.ll", try RecurrenceKernelPlan.dump([optimized, evaluation], .llvm)),
      ]
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
