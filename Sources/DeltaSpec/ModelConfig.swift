/// The model section of a spec, with GatedDeltaProductConfig's field names (flash-linear-attention).
///
/// Every default lives in `ModelConfig.defaults` below and nowhere else: they are the *config* defaults
/// of fla's `GatedDeltaProductConfig` (reference section 1.1), not the layer-constructor defaults, because the
/// model always passes config values to the layer.
public struct ModelConfig: Equatable, Hashable, Sendable {
  /// D: model width.
  public var hiddenSize: Int
  /// L: number of blocks (token mixer + MLP).
  public var numHiddenLayers: Int
  /// H: number of q/k heads.
  public var numHeads: Int
  /// Dk: key/query head dimension.
  public var headDim: Int
  /// Dv = Int(Dk * expandV).
  public var expandV: Double
  /// n_h: Householder steps per token (>= 1; 1 is DeltaNet).
  public var numHouseholder: Int
  /// Eigenvalues in [-1, 1] (beta = 2 sigmoid) when true, in [0, 1] (beta = sigmoid) when false.
  public var allowNegEigval: Bool
  /// Gated DeltaProduct: a_proj, A_log, dt_bias; the state decays once per token.
  public var useForgetGate: Bool
  /// g_proj + gated RMSNorm on the mixer output; otherwise a plain RMSNorm.
  public var useOutputGate: Bool
  /// Depthwise causal short convolutions (+ SiLU) on q, k, v; otherwise SiLU alone.
  public var useShortConv: Bool
  /// W: short-convolution width.
  public var convSize: Int
  /// Bias on the short convolutions.
  public var convBias: Bool
  /// The MLP's size (SwiGLU), or no MLP.
  public var mlp: MLPSize
  /// Epsilon of every RMSNorm.
  public var normEps: Double
  /// lm_head shares the embedding matrix.
  public var tieWordEmbeddings: Bool
  /// Standard deviation of the N(0, sigma) initialization of linear, conv and embedding weights.
  public var initializerRange: Double
  /// Vocabulary size, or `auto` (taken from the task).
  public var vocabSize: VocabSize

  public enum MLPSize: Equatable, Hashable, Sendable {
    /// I = 256 * ceil(Int(D * ratio * 2/3) / 256), as fla's GatedMLP.
    case hiddenRatio(Double)
    case intermediateSize(Int)
    case none
  }

  public enum VocabSize: Equatable, Hashable, Sendable {
    case auto
    case fixed(Int)
  }

  /// fla GatedDeltaProductConfig defaults (reference section 1.1). The one place defaults are stated.
  public static let defaults = ModelConfig(
    hiddenSize: 2048, numHiddenLayers: 21, numHeads: 6, headDim: 256, expandV: 2.0,
    numHouseholder: 1, allowNegEigval: false, useForgetGate: false, useOutputGate: true,
    useShortConv: true, convSize: 4, convBias: false, mlp: .hiddenRatio(4), normEps: 1e-6,
    tieWordEmbeddings: false, initializerRange: 0.02, vocabSize: .fixed(32000))

  public init(
    hiddenSize: Int, numHiddenLayers: Int, numHeads: Int, headDim: Int, expandV: Double,
    numHouseholder: Int, allowNegEigval: Bool, useForgetGate: Bool, useOutputGate: Bool,
    useShortConv: Bool, convSize: Int, convBias: Bool, mlp: MLPSize, normEps: Double,
    tieWordEmbeddings: Bool, initializerRange: Double, vocabSize: VocabSize
  ) {
    self.hiddenSize = hiddenSize
    self.numHiddenLayers = numHiddenLayers
    self.numHeads = numHeads
    self.headDim = headDim
    self.expandV = expandV
    self.numHouseholder = numHouseholder
    self.allowNegEigval = allowNegEigval
    self.useForgetGate = useForgetGate
    self.useOutputGate = useOutputGate
    self.useShortConv = useShortConv
    self.convSize = convSize
    self.convBias = convBias
    self.mlp = mlp
    self.normEps = normEps
    self.tieWordEmbeddings = tieWordEmbeddings
    self.initializerRange = initializerRange
    self.vocabSize = vocabSize
  }

  /// Dk.
  public var keyHeadDim: Int { headDim }
  /// Dv = Int(Dk * expandV), as fla's `int(head_dim * expand_v)`.
  public var valueHeadDim: Int { Int(Double(headDim) * expandV) }
  /// beta = betaScale * sigmoid(b): 2 when eigenvalues may be negative.
  public var betaScale: Double { allowNegEigval ? 2 : 1 }
  /// The MLP's intermediate size I, or nil without an MLP.
  public var intermediateSize: Int? {
    switch mlp {
    case .none: return nil
    case .intermediateSize(let size): return size
    case .hiddenRatio(let ratio):
      let raw = Int(Double(hiddenSize) * ratio * 2.0 / 3.0)
      return 256 * ((raw + 255) / 256)
    }
  }
}
