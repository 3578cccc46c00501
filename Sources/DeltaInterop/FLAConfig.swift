import DeltaRuntime
import DeltaSpec

/// config.json of an fla GatedDeltaProductForCausalLM folder <-> ModelConfig. Missing keys take fla's
/// GatedDeltaProductConfig defaults (which are `ModelConfig.defaults`); keys deltac does not model
/// (`max_position_embeddings`, `fuse_*`, token ids, ...) are ignored; keys that would change the model
/// in ways deltac cannot run (hybrid `attn` layers, GVA `num_v_heads`, another `hidden_act`) are
/// refused. Older configs name the output gate `use_gate`.
public enum FLAConfig {
  public static let modelType = "gated_deltaproduct"
  /// Upper bound of every size in a config: keeps every product of sizes inside 64 bits.
  static let maxSize = 1 << 20

  /// The model and vocabulary of a parsed config.json.
  public static func model(from json: JSONValue, file: String) throws(CheckpointError) -> (
    model: ModelConfig, vocabSize: Int
  ) {
    guard case .object(let fields) = json else {
      throw CheckpointError(file: file, "config is \(json.kind), expected a JSON object")
    }
    let r = ConfigReader(fields: fields, file: file)
    try r.refuseUnsupported()
    let d = ModelConfig.defaults
    var m = d
    var vocab = 0
    for key in ModelConfig.keys {
      switch key.field {
      case .int(let path, let min):
        m[keyPath: path] = try r.size(key.name, d[keyPath: path], min: min)
      case .number(let path): m[keyPath: path] = try r.number(key.name, d[keyPath: path])
      case .flag(let path):
        m[keyPath: path] = try r.bool(key.name, older: key.flaOlderName, d[keyPath: path])
      case .eigenvalues: m.allowNegEigval = try r.bool(key.name, d.allowNegEigval)
      case .mlp: m.mlp = try r.mlp()
      case .vocabulary:
        vocab = try r.size(key.name, ModelConfig.flaVocabSize, min: 2)
        m.vocabSize = .fixed(vocab)
      }
    }
    let dv = Double(m.headDim) * m.expandV
    guard dv >= 1, dv == dv.rounded(.down), dv <= Double(maxSize) else {
      throw CheckpointError(
        file: file, "head_dim * expand_v = \(dv) is not a whole number between 1 and \(maxSize)")
    }
    guard m.normEps > 0, m.normEps.isFinite else {
      throw CheckpointError(file: file, "norm_eps must be a number > 0, found \(m.normEps)")
    }
    return (m, vocab)
  }

  /// config.json text for `model` (fla's field names; `use_output_gate`, not `use_gate`). Throws for
  /// models fla cannot express (no MLP).
  public static func json(model m: ModelConfig, vocabSize: Int, file: String)
    throws(CheckpointError)
    -> String
  {
    let ratio: String
    let intermediate: String
    switch m.mlp {
    case .hiddenRatio(let r):
      (ratio, intermediate) = (number(r), "null")
    case .intermediateSize(let size):
      (ratio, intermediate) = ("4", "\(size)")
    case .none:
      throw CheckpointError(
        file: file,
        "the spec has no MLP (mlp: none); fla's GatedDeltaProduct blocks always have one")
    }
    var pairs: [(String, String)] = [
      ("architectures", "[\"GatedDeltaProductForCausalLM\"]"),
      ("model_type", JSONText.quote(modelType)), ("attn_mode", "\"chunk\""),
    ]
    for key in ModelConfig.keys {
      switch key.field {
      case .int(let path, _): pairs.append((key.name, "\(m[keyPath: path])"))
      case .number(let path): pairs.append((key.name, number(m[keyPath: path])))
      case .flag(let path): pairs.append((key.name, "\(m[keyPath: path])"))
      case .eigenvalues: pairs.append((key.name, "\(m.allowNegEigval)"))
      case .mlp:
        pairs += [
          ("hidden_ratio", ratio), ("intermediate_size", intermediate), ("hidden_act", "\"swish\""),
        ]
      case .vocabulary: pairs.append((key.name, "\(vocabSize)"))
      }
    }
    pairs += [("attn", "null"), ("torch_dtype", "\"float32\"")]
    return JSONText.object(pairs, indent: "  ")
  }

  /// Shortest text that reads back as the same Double; always JSON (`2.0`, `1e-06`).
  static func number(_ value: Double) -> String { "\(value)" }
}

/// Typed access to config.json fields with messages that name the file and the key.
struct ConfigReader {
  let fields: [String: JSONValue]
  let file: String

  func fail(_ key: String, _ expected: String, _ found: JSONValue) -> CheckpointError {
    CheckpointError(file: file, "config key '\(key)': expected \(expected), found \(found.text)")
  }

  func refuseUnsupported() throws(CheckpointError) {
    if let type = fields["model_type"], type != .string(FLAConfig.modelType) {
      throw fail("model_type", "\"\(FLAConfig.modelType)\"", type)
    }
    if let attn = fields["attn"], attn != .null {
      throw CheckpointError(
        file: file, "config key 'attn': hybrid attention layers are not supported")
    }
    if let heads = fields["num_v_heads"], heads != .null, heads != fields["num_heads"] {
      throw fail("num_v_heads", "null or num_heads (deltac has no GVA)", heads)
    }
    if let act = fields["hidden_act"], act != .string("swish"), act != .string("silu") {
      throw fail("hidden_act", "\"swish\"", act)
    }
  }

  func size(_ key: String, _ fallback: Int, min: Int = 1) throws(CheckpointError) -> Int {
    guard let v = fields[key] else { return fallback }
    guard case .int(let i) = v, i >= min, i <= FLAConfig.maxSize else {
      throw fail(key, "an integer in \(min)...\(FLAConfig.maxSize)", v)
    }
    return Int(i)
  }

  func number(_ key: String, _ fallback: Double) throws(CheckpointError) -> Double {
    switch fields[key] {
    case nil: return fallback
    case .int(let i)?: return Double(i)
    case .double(let d)?: return d
    case let v?: throw fail(key, "a number", v)
    }
  }

  func bool(_ key: String, _ fallback: Bool) throws(CheckpointError) -> Bool {
    guard let v = fields[key] else { return fallback }
    guard case .bool(let b) = v else { throw fail(key, "true or false", v) }
    return b
  }

  /// `key`, or its `older` name (`use_output_gate`, `use_gate`); both given must agree.
  func bool(_ key: String, older: String?, _ fallback: Bool) throws(CheckpointError) -> Bool {
    guard let older else { return try bool(key, fallback) }
    let current = fields[key] == nil ? nil : try bool(key, fallback)
    let previous = fields[older] == nil ? nil : try bool(older, fallback)
    if let current, let previous, current != previous {
      throw CheckpointError(
        file: file, "config keys '\(key)' (\(current)) and '\(older)' (\(previous)) disagree")
    }
    return current ?? previous ?? fallback
  }

  /// `intermediate_size` when set (not null), else `hidden_ratio` (null: fla's default 4).
  func mlp() throws(CheckpointError) -> ModelConfig.MLPSize {
    if let v = fields["intermediate_size"], v != .null {
      return .intermediateSize(try size("intermediate_size", 1))
    }
    if fields["hidden_ratio"] == .null { return .hiddenRatio(4) }
    let ratio = try number("hidden_ratio", 4)
    guard ratio > 0, ratio <= 64 else {
      throw fail("hidden_ratio", "a number in (0, 64]", .double(ratio))
    }
    return .hiddenRatio(ratio)
  }
}
