import DeltaIR
import DeltaModel
import DeltaSpec
import DeltaTestSupport
import Testing

/// The bench's `tiny` model: D 128, 1 layer, 4 heads of 32, n_h 2, SwiGLU 512, vocab 64.
private func tinyConfig() -> ModelConfig {
  var m = s3Config()
  m.numHeads = 4
  return m
}

@Suite struct ModelFlopsTests {
  /// By hand: weights per token q 128x128 + k, v 128x256 each + b 128x8 + o 128x128 + MLP 3x128x512
  /// = 295,936, LM head 128x64 = 8,192: GEMMs 2 x 304,128 = 608,256. Recurrence per head
  /// 2 (4 x 32 x 32) + 2 x 32 x 32 = 10,240, x 4 heads = 40,960.
  @Test func tinyCountByHand() {
    let f = ModelFlops.forwardPerToken(tinyConfig(), vocabSize: 64)
    #expect(f.gemm == 608_256)
    #expect(f.recurrence == 40_960)
    // Batch 32 x 128 tokens, x 3 for forward + backward.
    #expect(ModelFlops.trainingStep(tinyConfig(), vocabSize: 64, tokens: 32 * 128) == 7_977_566_208)
  }

  /// By hand, the bench's `small` (D 256, 2 layers, 4 heads of 64, n_h 3, forget gate, MLP 768):
  /// per layer q 65,536 + k, v 196,608 each + b 3,072 + a 1,024 + o 65,536 + MLP 589,824
  /// = 1,118,208; x 2 + head 16,384 = 2,252,800 -> 4,505,600. Recurrence 4 x 57,344 x 2 = 458,752.
  @Test func gatedTwoLayerCountByHand() {
    var m = tinyConfig()
    (m.hiddenSize, m.numHiddenLayers, m.headDim, m.numHouseholder) = (256, 2, 64, 3)
    m.useForgetGate = true
    let f = ModelFlops.forwardPerToken(m, vocabSize: 64)
    #expect(f.gemm == 4_505_600)
    #expect(f.recurrence == 458_752)
  }

  /// The GEMM count is 2 x the weights of every `linear` node of the lowered graph, for every option
  /// combination (so a new projection in the lowering cannot be missed by the count).
  @Test func gemmCountMatchesTheGraphsLinearNodes() throws {
    for (label, config) in everyOptionCombination() {
      let g = try ModelLowering.forward(model: config, vocabSize: 11)
      let types = g.types
      let fromGraph = g.nodes.filter { $0.op == .linear }.reduce(0) {
        $0 + 2 * (types[$1.inputs[1]]!.shape.elementCount.concrete ?? 0)
      }
      #expect(ModelFlops.forwardPerToken(config, vocabSize: 11).gemm == fromGraph, "\(label)")
    }
  }
}
