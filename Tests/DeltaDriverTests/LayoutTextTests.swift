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

  /// lm (short conv): the recurrence reads q, k, v as token rows of the conv's output (its kernels
  /// normalise q and k themselves, `inputs=l2norm`) and writes their gradients into the conv
  /// gradient's concat; what is still copied is the conv gradient's own contiguous output, into
  /// the projections' gradient concat. With the norms as ops of their own, the recurrence read v
  /// through a copy and the concat copied v's gradient too (`recurrence_inputs: separate`).
  @Test func lmSaysWhatItCopies() throws {
    let lines = try planLines("lm")
    #expect(!lines.contains { $0.contains("deltaproduct") }, "\(lines.joined(separator: "\n"))")
    #expect(
      lines.contains(
        "layout %d.l0.qkv: concat written in place (each part's producer writes its slice)"),
      "\(lines.joined(separator: "\n"))")
    #expect(
      lines.contains {
        $0.hasPrefix(
          "layout %d.l0.qkvb_proj: concat copies %d.l0.qkv_proj; 1 other part written in place")
      }, "\(lines.joined(separator: "\n"))")
    #expect(lines.last?.hasSuffix("; 167.77 MB copied per run") == true, "\(lines.last ?? "")")
  }

  /// small (D = 256): each layer's SwiGLU backward runs in the hidden gradient's GEMM; tiny (D =
  /// 128, below `GemmEpilogue.minimumK`) has none.
  @Test func smallSaysWhichNodesAreEpilogues() throws {
    let lines = try planLines("small")
    for l in 0..<2 {
      let line =
        "layout %d.l\(l).mlp_hidden.db ...: computed in the register tiles of %d.l\(l).mlp_hidden's"
        + " GEMM (epilogue)"
      #expect(lines.contains(line), "missing: \(line)\n\(lines.joined(separator: "\n"))")
    }
    #expect(lines.filter { $0.contains("epilogue") }.count == 2)
    #expect(!(try planLines("tiny")).contains { $0.contains("epilogue") })
  }
}
