import DeltaSpec

/// Model FLOPs of GatedDeltaProductForCausalLM (reference sections 1-2): the one count behind every MFU
/// figure (`deltac bench train`, `deltac profile`, the README).
///
/// Counted, per token, a multiply-add as 2 FLOPs:
/// - every projection (q, k, v, b, and a_proj / g_proj when present), o_proj, the SwiGLU MLP
///   (gate, up, down) and the LM head: 2 x (weight elements);
/// - the recurrence, reference 3.3: per head n (4 Dk Dv) + 2 Dk Dv (two rank-1 ops per Householder
///   step, one readout per token), whatever form (recurrent or chunked) computes it.
/// Not counted: embeddings, norms, short convs, activations, gates, the loss and AdamW (all
/// O(D) per token, a few percent here), and the extra arithmetic of the chunked form.
/// A training step is 3 x the forward: the backward of a GEMM is two GEMMs of the same size, and the
/// recurrence's backward (reference 4.2) is twice its forward.
public enum ModelFlops {
  /// Forward FLOPs per token: (GEMMs, recurrence).
  public static func forwardPerToken(_ m: ModelConfig, vocabSize: Int) -> (
    gemm: Int, recurrence: Int
  ) {
    let (d, h, dk, dv, n) = (
      m.hiddenSize, m.numHeads, m.keyHeadDim, m.valueHeadDim, m.numHouseholder
    )
    var weights = d * h * dk + d * n * h * (dk + dv + 1) + h * dv * d
    if m.useForgetGate { weights += d * h }
    if m.useOutputGate { weights += d * h * dv }
    if let size = m.intermediateSize { weights += 3 * d * size }
    let perLayerRecurrence = h * (n * 4 * dk * dv + 2 * dk * dv)
    let gemm = 2 * (m.numHiddenLayers * weights + d * vocabSize)
    return (gemm, m.numHiddenLayers * perLayerRecurrence)
  }

  /// Forward FLOPs of `tokens` tokens (batch x length).
  public static func forward(_ m: ModelConfig, vocabSize: Int, tokens: Int) -> Double {
    let f = forwardPerToken(m, vocabSize: vocabSize)
    return Double(f.gemm + f.recurrence) * Double(tokens)
  }

  /// FLOPs of one training step (forward + backward) on `tokens` tokens: 3 x the forward.
  public static func trainingStep(_ m: ModelConfig, vocabSize: Int, tokens: Int) -> Double {
    3 * forward(m, vocabSize: vocabSize, tokens: tokens)
  }
}
