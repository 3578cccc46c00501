import DeltaInterop
import DeltaRuntime
import DeltaSpec
import Testing

func smallModel(
  n: Int = 2, forget: Bool = true, outputGate: Bool = true, conv: Bool = true, tied: Bool = false,
  mlp: ModelConfig.MLPSize = .intermediateSize(48), convBias: Bool = false
) -> ModelConfig {
  var m = ModelConfig.defaults
  m.hiddenSize = 16
  m.numHiddenLayers = 2
  m.numHeads = 2
  m.headDim = 4
  m.expandV = 2
  m.numHouseholder = n
  m.allowNegEigval = true
  m.useForgetGate = forget
  m.useOutputGate = outputGate
  m.useShortConv = conv
  m.convSize = 3
  m.convBias = convBias
  m.mlp = mlp
  m.tieWordEmbeddings = tied
  m.vocabSize = .fixed(11)
  return m
}

func parseConfig(_ text: String) throws(CheckpointError) -> ModelConfig {
  guard let json = JSONValue.parse(Array(text.utf8)) else {
    throw CheckpointError(file: "config.json", "not valid JSON")
  }
  return try FLAConfig.model(from: json, file: "config.json").model
}

@Suite struct FLAConfigMapping {
  @Test(arguments: [
    smallModel(), smallModel(n: 1, forget: false, outputGate: false, conv: false, tied: true),
    smallModel(n: 3, mlp: .hiddenRatio(2.5), convBias: true),
  ])
  func configRoundTrip(_ m: ModelConfig) throws {
    let text = try FLAConfig.json(model: m, vocabSize: 11, file: "config.json")
    #expect(try parseConfig(text) == m)
    #expect(text.contains("\"use_output_gate\": \(m.useOutputGate)"))
    #expect(text.contains("\"model_type\": \"gated_deltaproduct\""))
  }

  /// Keys left out take fla GatedDeltaProductConfig's defaults; unknown HF keys are ignored.
  @Test func missingKeysTakeFLADefaults() throws {
    let m = try parseConfig(
      #"{"model_type": "gated_deltaproduct", "bos_token_id": 1, "fuse_norm": true}"#)
    var expected = ModelConfig.defaults
    expected.vocabSize = .fixed(32000)
    #expect(m == expected)
  }

  @Test func olderConfigsNameTheOutputGateUseGate() throws {
    #expect(try parseConfig(#"{"use_gate": false}"#).useOutputGate == false)
    #expect(try parseConfig(#"{"use_gate": true, "use_output_gate": true}"#).useOutputGate == true)
    #expect(
      try parseConfig(#"{"intermediate_size": null, "hidden_ratio": null}"#).mlp == .hiddenRatio(4))
    #expect(try parseConfig(#"{"intermediate_size": 512}"#).mlp == .intermediateSize(512))
    #expect(try parseConfig(#"{"expand_v": 1}"#).expandV == 1)
  }

  @Test(arguments: [
    (
      #"{"use_gate": true, "use_output_gate": false}"#,
      "config keys 'use_output_gate' (false) and 'use_gate' (true) disagree"
    ),
    (
      #"{"num_heads": "8"}"#,
      "config key 'num_heads': expected an integer in 1...1048576, found \"8\""
    ),
    (#"{"num_heads": 0}"#, "config key 'num_heads': expected an integer in 1...1048576, found 0"),
    (
      #"{"hidden_size": 1e300}"#,
      "config key 'hidden_size': expected an integer in 1...1048576, found 1e+300"
    ),
    (
      #"{"num_householder": 4611686018427387904}"#,
      "config key 'num_householder': expected an integer in 1...1048576, found 4611686018427387904"
    ),
    (#"{"allow_neg_eigval": 1}"#, "config key 'allow_neg_eigval': expected true or false, found 1"),
    (
      #"{"model_type": "gated_deltanet"}"#,
      "config key 'model_type': expected \"gated_deltaproduct\", found \"gated_deltanet\""
    ),
    (
      #"{"attn": {"layers": [1], "num_heads": 4}}"#,
      "config key 'attn': hybrid attention layers are not supported"
    ),
    (#"{"hidden_act": "gelu"}"#, "config key 'hidden_act': expected \"swish\", found \"gelu\""),
    (
      #"{"head_dim": 3, "expand_v": 0.5}"#,
      "head_dim * expand_v = 1.5 is not a whole number between 1 and 1048576"
    ),
    (#"{"vocab_size": 1}"#, "config key 'vocab_size': expected an integer in 2...1048576, found 1"),
    ("[1]", "config is a list, expected a JSON object"),
  ])
  func badConfigsNameTheKey(_ text: String, _ message: String) {
    #expect(throws: CheckpointError(file: "config.json", message)) { try parseConfig(text) }
  }

  @Test func modelsWithoutMLPCannotBeExported() {
    #expect(
      throws: CheckpointError(
        file: "c", "the spec has no MLP (mlp: none); fla's GatedDeltaProduct blocks always have one"
      )
    ) {
      try FLAConfig.json(model: smallModel(mlp: .none), vocabSize: 11, file: "c")
    }
  }
}
