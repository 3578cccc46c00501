import DeltaDriver
import DeltaSpec
import Foundation
import Testing

/// `deltac compile --emit plan --backward`'s layout lines: the executor's decisions (views, writes
/// in place, copies and why), in exact text.
private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite struct LayoutTextTests {
  func planLines(_ name: String) throws -> [String] {
    let spec = try SpecLoader.load(
      file: repoRoot.appendingPathComponent("bench/specs/\(name).yaml").path)
    let graph = try Driver.graph(spec, for: .training)
    let text = Driver.planText(graph, dims: spec.graphDims())
    return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("layout ") }
  }

  /// tiny: every split, the fused weights' concats and both gradient concats cost no copy.
  @Test func tinyCopiesNothing() throws {
    let lines = try planLines("tiny")
    for line in [
      "layout %l0.qkvb_proj.weight: concat as a view (the parameters lie side by side in the arena)",
      "layout %l0.q_proj ...: split of %l0.qkvb_proj as views (rows 648 floats apart)",
      "layout %l0.mlp_gate ...: split of %l0.mlp_gate_up as views (rows 1024 floats apart)",
      "layout %d.l0.mlp_gate_up: concat written in place (each part's producer writes its slice)",
      "layout %d.l0.qkvb_proj: concat written in place (each part's producer writes its slice)",
    ] {
      #expect(lines.contains(line), "missing: \(line)\n\(lines.joined(separator: "\n"))")
    }
    #expect(lines.last?.hasSuffix("; 0.00 MB copied per run") == true, "\(lines.last ?? "")")
    #expect(!lines.contains { $0.contains("copy") }, "\(lines.joined(separator: "\n"))")
  }

  /// lm (short conv): the recurrence reads v through a copy (its kernels read contiguous rows), and
  /// the gradient concat copies the recurrence's and the conv's contiguous outputs.
  @Test func lmSaysWhatItCopies() throws {
    let lines = try planLines("lm")
    #expect(
      lines.contains(
        "layout %l0.o = deltaproduct reads a contiguous copy of %l0.v_heads (rows in groups of 16, 64 and 2560 floats apart)"
      ), "\(lines.joined(separator: "\n"))")
    #expect(
      lines.contains {
        $0.hasPrefix("layout %d.l0.qkv: concat copies %d.l0.v; 2 other parts written in place")
      }, "\(lines.joined(separator: "\n"))")
  }
}
