import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaSpec
import Foundation
import Testing

// Golden IR after each pass: for each spec below, the forward + backward graph after passes 1..k
// of Pipeline.passes is Golden/<spec>/<k>-<pass>.ir (every registered pass gets its file). A
// mismatch fails with the first differing lines; `RECORD_GOLDEN=1 swift test --filter GoldenTests`
// re-writes the files (and fails, so nothing is recorded unseen).

private let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let goldenDir = testsDir.appendingPathComponent("Golden")
private let specsDir = testsDir.deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("specs")

/// S3 state tracking, Gated DeltaProduct with the output gate, short convs (Chomsky), the LM.
let goldenSpecs = ["s3_nh2_neg", "s3_gated_nh2_neg", "chomsky_base", "lm_bytes"]

/// `unified`-style report of the first difference between two texts: a few lines of context,
/// `-` expected, `+` actual, with line numbers.
func firstDifference(expected: String, actual: String, context: Int = 3) -> String? {
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var first = 0
  while first < min(e.count, a.count), e[first] == a[first] { first += 1 }
  if first == e.count && first == a.count { return nil }
  // Resynchronize: the next line (from `first`) present in both at the same distance from the end.
  var endE = e.count
  var endA = a.count
  while endE > first, endA > first, e[endE - 1] == a[endA - 1] {
    endE -= 1
    endA -= 1
  }
  var out = ["@@ -\(first + 1),\(endE - first) +\(first + 1),\(endA - first) @@"]
  for i in max(0, first - context)..<first { out.append("  " + e[i]) }
  let shown = 12
  for i in first..<min(endE, first + shown) { out.append("- " + e[i]) }
  if endE - first > shown { out.append("- ... (\(endE - first - shown) more)") }
  for i in first..<min(endA, first + shown) { out.append("+ " + a[i]) }
  if endA - first > shown { out.append("+ ... (\(endA - first - shown) more)") }
  for i in endE..<min(e.count, endE + context) { out.append("  " + e[i]) }
  return out.joined(separator: "\n")
}

@Suite struct GoldenTests {
  @Test(arguments: goldenSpecs)
  func irAfterEachPass(_ name: String) throws {
    let spec = try SpecLoader.load(file: specsDir.appendingPathComponent(name + ".yaml").path)
    let graph = try Autodiff.gradient(of: ModelLowering.forward(spec: spec))
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    let dir = goldenDir.appendingPathComponent(name)
    if record {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }
    for (k, pass) in Pipeline.passes.enumerated() {
      let after = try Pipeline.optimize(
        graph,
        options: PassOptions(
          stopAfter: pass.name, verifyEachPass: true, threads: 1,
          dims: ["B": spec.train.batchSize, "T": spec.task.trainLength.max]))
      let text = after.summaryComment + "\n" + GraphPrinter.print(after)
      let file = dir.appendingPathComponent(String(format: "%02d-%@.ir", k + 1, pass.name))
      if record {
        try text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded \(file.path)")
        continue
      }
      let expected = try? String(contentsOf: file, encoding: .utf8)
      guard let expected else {
        Issue.record("missing \(file.path); record with RECORD_GOLDEN=1")
        continue
      }
      if let diff = firstDifference(expected: expected, actual: text) {
        Issue.record(
          "\(name) after \(pass.name) differs from Golden/\(name)/\(file.lastPathComponent):\n\(diff)"
        )
      }
    }
  }

  @Test func diffShowsTheFirstDifferingLines() {
    let d = firstDifference(expected: "a\nb\nc\nd\n", actual: "a\nb\nX\nd\n", context: 1)
    #expect(d == "@@ -3,1 +3,1 @@\n  b\n- c\n+ X\n  d")
    #expect(firstDifference(expected: "a\n", actual: "a\n") == nil)
  }
}
