import DeltaSpec

/// Model configurations shared by the lowering, FLOP-count and autodiff tests.

/// The README state-tracking model (reference section 5.1): 1 layer, D=128, 8 heads x 32, n_h=2,
/// beta in (0,2), no conv, no forget gate, no output gate, SwiGLU 512, untied, vocab 13 (S3).
public func s3Config(numHouseholder: Int = 2) -> ModelConfig {
  ModelConfig(
    hiddenSize: 128, numHiddenLayers: 1, numHeads: 8, headDim: 32, expandV: 1,
    numHouseholder: numHouseholder,
    allowNegEigval: true, useForgetGate: false, useOutputGate: false, useShortConv: false,
    convSize: 4,
    convBias: false, mlp: .hiddenRatio(4), normEps: 1e-6, tieWordEmbeddings: false,
    initializerRange: 0.02,
    vocabSize: .fixed(13))
}

/// A small model with every option set as given.
public func smallConfig(
  n: Int = 2, neg: Bool = true, gate: Bool = true, outputGate: Bool = true, conv: Bool = true,
  convBias: Bool = false, mlp: Bool = true, tied: Bool = false, layers: Int = 1
) -> ModelConfig {
  ModelConfig(
    hiddenSize: 16, numHiddenLayers: layers, numHeads: 2, headDim: 4, expandV: 2, numHouseholder: n,
    allowNegEigval: neg, useForgetGate: gate, useOutputGate: outputGate, useShortConv: conv,
    convSize: 3,
    convBias: convBias, mlp: mlp ? .intermediateSize(24) : .none, normEps: 1e-5,
    tieWordEmbeddings: tied,
    initializerRange: 0.02, vocabSize: .fixed(11))
}

/// Every option combination at n_h 1...3 (192 two-layer models), labelled for messages: bits of
/// `mask` are neg, gate, output gate, conv, tied (+ conv bias when conv), mlp.
public func everyOptionCombination() -> [(label: String, config: ModelConfig)] {
  (1...3).flatMap { n in
    (0..<64).map { mask in
      let bit = { (i: Int) in mask & (1 << i) != 0 }
      let config = smallConfig(
        n: n, neg: bit(0), gate: bit(1), outputGate: bit(2), conv: bit(3),
        convBias: bit(3) && bit(4), mlp: bit(5), tied: bit(4), layers: 2)
      return ("n=\(n) mask=\(mask)", config)
    }
  }
}
