import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaSpec
import Foundation
import Testing

// Fusion counted on fixed specs: the GEMMs (BLAS calls) and nodes of one training step's graph.

private let specsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("specs")

private func trainingGraph(_ name: String) throws -> Graph {
  let spec = try SpecLoader.load(file: specsDir.appendingPathComponent(name + ".yaml").path)
  return try Autodiff.gradient(of: ModelLowering.forward(spec: spec))
}

private let throughConvolutions = PassOptions(stopAfter: "fuse-convolutions", threads: 1)

@Suite struct FusionCountTests {
  /// s3_nh2_neg, one layer: 9 linears (q, k, v, b, o, gate, up, down, lm_head), each one forward
  /// GEMM and two backward GEMMs (input and weight gradient) = 27. fuse-projections packs q|k|v|b
  /// and gate|up: 5 linears, 15 GEMMs; the 4 concats and 4 splits it adds (forward weights and
  /// activations, backward cotangents and weight gradients) replace 8 linears/matmuls' worth of
  /// nodes plus 3 + 1 adds that summed input gradients. (q/k/v's SiLU and the L2 norms run inside
  /// the recurrence, so the graph has 10 fewer nodes than with them as ops of their own.)
  @Test func s3OneLayerTrainingStep() throws {
    let g = try trainingGraph("s3_nh2_neg")
    #expect(g.gemmCount == 27)
    #expect(g.nodes.count == 86)
    let fused = try Pipeline.optimize(g, options: throughConvolutions)
    #expect(fused.gemmCount == 15)
    #expect(fused.nodes.count == 74)
    #expect(fused.opCounts["concat"] == 4)
    #expect(fused.opCounts["split"] == 4)
    let all = try Pipeline.optimize(g, options: PassOptions(threads: 1))
    #expect(all.gemmCount == 15)
    #expect(all.nodes.count <= 84)
  }

  /// lm_bytes, four layers with short convs and MLPs: 33 linears -> 99 GEMMs; per layer q|k|v|b and
  /// gate|up fuse (4 + 2 -> 2 linears), leaving 17 linears and 51 GEMMs, and the three q/k/v convs
  /// with their SiLUs become one conv1d_silu (one conv1d_silu_grad in the backward); q/k's L2 norms
  /// run inside the recurrence (`inputs=l2norm`).
  @Test func lmTrainingStep() throws {
    let g = try trainingGraph("lm_bytes")
    #expect(g.gemmCount == 99)
    #expect(g.opCounts["conv1d"] == 12)
    #expect(g.opCounts["l2norm"] == nil)
    let fused = try Pipeline.optimize(g, options: throughConvolutions)
    #expect(fused.gemmCount == 51)
    #expect(fused.nodes.count == 285)
    #expect(fused.opCounts["conv1d"] == nil)
    #expect(fused.opCounts["conv1d_silu"] == 4)
    #expect(fused.opCounts["conv1d_silu_grad"] == 4)
    #expect(fused.opCounts["conv1d_grad"] == nil)
  }
}
