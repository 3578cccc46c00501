/// The `model` section: fla's GatedDeltaProductConfig names, defaults from `ModelConfig.defaults`.
enum ModelDecoder {
  /// Every name the section accepts (`ModelConfig.keys`' spec names).
  static let keys = ModelConfig.keys.flatMap(\.specNames)

  static func decode(_ r: SectionReader) -> ModelConfig {
    r.checkKeys(keys)
    let d = ModelConfig.defaults
    var m = d
    for key in ModelConfig.keys {
      switch key.field {
      case .int(let path, let min):
        m[keyPath: path] = r.int(key.name, d[keyPath: path], min: min, hint: key.hint)
      case .number(let path): m[keyPath: path] = r.double(key.name, d[keyPath: path])
      case .flag(let path): m[keyPath: path] = r.bool(key.name, d[keyPath: path])
      case .eigenvalues: m.allowNegEigval = eigenvalues(r, d.allowNegEigval)
      case .mlp: m.mlp = mlp(r, d.mlp)
      case .vocabulary: m.vocabSize = vocab(r, d.vocabSize)
      }
    }
    checkValueDim(r, m)
    return m
  }

  /// Dv = head_dim * expand_v must be a whole number (fla truncates silently; we refuse).
  private static func checkValueDim(_ r: SectionReader, _ m: ModelConfig) {
    let product = Double(m.headDim) * m.expandV
    guard product != product.rounded(.down) || product < 1 else { return }
    let node = r.node?["expand_v"] ?? r.node?["head_dim"]
    guard let node else { return }
    let product2 = SectionReader.format(product)
    r.context.error(
      node.location, "head_dim * expand_v must be a whole number >= 1 (the value head dimension)",
      detail:
        "expected a whole number, found \(m.headDim) * \(SectionReader.format(m.expandV)) = \(product2)",
      hint: "expand_v is usually 1 or 2")
  }

  /// `allow_neg_eigval: bool` (canonical) or `eigenvalues: [-1, 1]` / `[0, 1]`.
  private static func eigenvalues(_ r: SectionReader, _ fallback: Bool) -> Bool {
    let flag = r.has("allow_neg_eigval") ? r.bool("allow_neg_eigval", fallback) : nil
    guard let node = r.value("eigenvalues") else { return flag ?? fallback }
    r.context.sources["model.allow_neg_eigval"] = node.location.file
    let range = eigenvalueRange(node)
    guard let range else {
      r.context.error(
        node.location, "model.eigenvalues must be [-1, 1] or [0, 1]",
        detail: "expected [-1, 1] or [0, 1], found \(describeList(node))",
        hint:
          "[-1, 1] (beta in [0, 2]) enables state tracking; [0, 1] is the original DeltaNet range")
      return flag ?? fallback
    }
    if let flag, flag != range, let flagNode = r.node?["allow_neg_eigval"] {
      r.context.error(
        node.location, "model.eigenvalues and model.allow_neg_eigval disagree",
        detail: "allow_neg_eigval: \(flag) (line \(flagNode.location.line)) means "
          + (flag ? "[-1, 1]" : "[0, 1]"),
        hint: "give only one of them; allow_neg_eigval is the canonical form")
    }
    return range
  }

  /// true for [-1, 1], false for [0, 1], nil otherwise.
  private static func eigenvalueRange(_ node: SNode) -> Bool? {
    guard case .sequence(let items) = node.kind, items.count == 2 else { return nil }
    let values = items.map { item -> Double? in
      if case .scalar(let s) = item.kind { return ScalarValue(s).double }
      return nil
    }
    switch (values[0], values[1]) {
    case (-1, 1): return true
    case (0, 1): return false
    default: return nil
    }
  }

  static func describeList(_ node: SNode) -> String {
    guard case .sequence(let items) = node.kind else { return SpecParser.describe(node) }
    let texts = items.map { item -> String in
      if case .scalar(let s) = item.kind { return s.quoted ? "'\(s.text)'" : s.text }
      return SpecParser.describe(item)
    }
    return "[" + texts.joined(separator: ", ") + "]"
  }

  /// `hidden_ratio: 4`, `intermediate_size: 512` or `mlp: none`; at most one of them.
  private static func mlp(_ r: SectionReader, _ fallback: ModelConfig.MLPSize)
    -> ModelConfig.MLPSize
  {
    let given = ["hidden_ratio", "intermediate_size", "mlp"].filter(r.has)
    if given.count > 1, let second = r.node?.entry(given[1]) {
      r.context.error(
        second.keyLocation, "give only one of model.\(given[0]) and model.\(given[1])",
        hint:
          "hidden_ratio sizes the MLP from hidden_size; intermediate_size sets it; mlp: none removes it"
      )
    }
    var result: ModelConfig.MLPSize?
    for key in given.reversed() {
      switch key {
      case "hidden_ratio": result = .hiddenRatio(r.double(key, 4))
      case "intermediate_size": result = .intermediateSize(r.int(key, 1))
      default:
        let hint = "the MLP is SwiGLU: size it with hidden_ratio or intermediate_size, or remove it"
        if r.choice("mlp", ["none"], hint: hint) != nil { result = ModelConfig.MLPSize.none }
      }
    }
    return result ?? fallback
  }

  private static func vocab(_ r: SectionReader, _ fallback: ModelConfig.VocabSize)
    -> ModelConfig.VocabSize
  {
    guard let node = r.value("vocab_size") else { return fallback }
    if case .scalar(let s) = node.kind, case .string("auto") = ScalarValue(s) { return .auto }
    let size = SectionReader.int(
      node, min: 2, what: "model.vocab_size", context: r.context, orWords: "'auto'")
    return size.map { .fixed($0) } ?? fallback
  }
}
