/// The model section of a spec, with GatedDeltaProductConfig's field names (flash-linear-attention).
///
/// Every key lives in `ModelConfig.keys` (name, meaning, how it is stored), which the spec decoder,
/// the printer (`deltac explain`), fla's config.json reader and writer and the model-folder check
/// all iterate; every default lives in `ModelConfig.defaults` below and nowhere else: they are the *config* defaults
/// of fla's `GatedDeltaProductConfig` (reference section 1.1), not the layer-constructor defaults, because the
/// model always passes config values to the layer.
public struct ModelConfig: Equatable, Hashable, Sendable {
  // What each field means, its spec key (= fla's config.json name) and its default: `keys` and
  // `defaults` below. D, L, H, Dk, n_h, W are the reference's letters.
  public var hiddenSize: Int  // D
  public var numHiddenLayers: Int  // L
  public var numHeads: Int  // H
  public var headDim: Int  // Dk
  public var expandV: Double
  public var numHouseholder: Int  // n_h
  public var allowNegEigval: Bool
  public var useForgetGate: Bool
  public var useOutputGate: Bool
  public var useShortConv: Bool
  public var convSize: Int  // W
  public var convBias: Bool
  public var mlp: MLPSize
  public var normEps: Double
  public var tieWordEmbeddings: Bool
  public var initializerRange: Double
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
    tieWordEmbeddings: false, initializerRange: 0.02, vocabSize: .fixed(flaVocabSize))

  /// fla's default vocabulary (a config.json without vocab_size has this many tokens).
  public static let flaVocabSize = 32000

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

extension ModelConfig {
  /// How a key's value is stored on `ModelConfig`.
  public enum Field: Sendable {
    case int(WritableKeyPath<ModelConfig, Int> & Sendable, min: Int)
    case number(WritableKeyPath<ModelConfig, Double> & Sendable)
    case flag(WritableKeyPath<ModelConfig, Bool> & Sendable)
    /// `allowNegEigval`, which a spec may also write as `eigenvalues: [-1, 1]` or `[0, 1]`.
    case eigenvalues
    /// `mlp`: `hidden_ratio: R`, `intermediate_size: I` or (specs only) `mlp: none`.
    case mlp
    /// `vocabSize`: a size, or (specs only) `auto`, the task's.
    case vocabulary
  }

  /// One key of the model section.
  public struct Key: Sendable {
    /// The spec key, which is also fla's config.json name.
    public let name: String
    public let field: Field
    /// What it means (one line).
    public let doc: String
    /// Every name a spec may use for it, in the order `deltac check` lists them.
    public let specNames: [String]
    /// An older config.json name fla still reads (`use_gate`).
    public let flaOlderName: String?
    /// A hint for a spec error on this key.
    public let hint: String?
    /// The key only matters when this flag is on (the short convolution's width and bias).
    public let needs: (KeyPath<ModelConfig, Bool> & Sendable)?
    /// Its short label in sweep variant names (`nh2`); nil: the key's name.
    public let label: String?

    init(
      _ name: String, _ field: Field, _ doc: String, specNames: [String]? = nil,
      flaOlderName: String? = nil, hint: String? = nil,
      needs: (KeyPath<ModelConfig, Bool> & Sendable)? = nil, label: String? = nil
    ) {
      self.name = name
      self.field = field
      self.doc = doc
      self.specNames = specNames ?? [name]
      self.flaOlderName = flaOlderName
      self.hint = hint
      self.needs = needs
      self.label = label
    }
  }

  /// Every key of the model section, in the order specs, `deltac explain` and config.json list them.
  /// A new key is a field above, its default in `defaults`, a row here, and the code that uses it.
  public static let keys: [Key] = [
    Key("hidden_size", .int(\.hiddenSize, min: 1), "D: model width", label: "d"),
    Key(
      "num_hidden_layers", .int(\.numHiddenLayers, min: 1), "L: blocks (token mixer + MLP)",
      label: "L"),
    Key("num_heads", .int(\.numHeads, min: 1), "H: q/k heads", label: "h"),
    Key("head_dim", .int(\.headDim, min: 1), "Dk: key/query head dimension", label: "dk"),
    Key("expand_v", .number(\.expandV), "Dv = Int(Dk * expand_v): value head dimension"),
    Key(
      "num_householder", .int(\.numHouseholder, min: 1),
      "n_h: Householder steps per token (1 is DeltaNet)",
      hint: "1 gives DeltaNet; 2-3 is the DeltaProduct range studied", label: "nh"),
    Key(
      "allow_neg_eigval", .eigenvalues,
      "eigenvalues in [-1, 1] (beta = 2 sigmoid) when true, in [0, 1] (beta = sigmoid) when false",
      specNames: ["allow_neg_eigval", "eigenvalues"], label: "neg"),
    Key(
      "use_forget_gate", .flag(\.useForgetGate),
      "Gated DeltaProduct: a_proj, A_log, dt_bias; the state decays once per token", label: "gate"),
    Key(
      "use_output_gate", .flag(\.useOutputGate),
      "g_proj + gated RMSNorm on the mixer output; otherwise a plain RMSNorm",
      flaOlderName: "use_gate"),
    Key(
      "use_short_conv", .flag(\.useShortConv),
      "depthwise causal short convolutions (+ SiLU) on q, k, v; otherwise SiLU alone"),
    Key(
      "conv_size", .int(\.convSize, min: 1), "W: short-convolution width",
      hint: "the short convolution's width; fla uses 4", needs: \ModelConfig.useShortConv),
    Key(
      "conv_bias", .flag(\.convBias), "bias on the short convolutions",
      needs: \ModelConfig.useShortConv),
    Key(
      "mlp", .mlp, "the SwiGLU MLP's size (hidden_ratio or intermediate_size), or mlp: none",
      specNames: ["hidden_ratio", "intermediate_size", "mlp"]),
    Key("norm_eps", .number(\.normEps), "epsilon of every RMSNorm"),
    Key("tie_word_embeddings", .flag(\.tieWordEmbeddings), "lm_head shares the embedding matrix"),
    Key(
      "initializer_range", .number(\.initializerRange),
      "standard deviation of the N(0, sigma) initialization of linear, conv and embedding weights"),
    Key("vocab_size", .vocabulary, "vocabulary size, or auto (the task's)"),
  ]
}
