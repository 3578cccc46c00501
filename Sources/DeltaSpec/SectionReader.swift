/// Collects diagnostics and where each resolved key came from, while one spec is decoded.
final class DecodeContext {
  var diagnostics: [Diagnostic] = []
  /// Dotted key (`model.hidden_size`) -> the file that set it; absent keys took their default.
  var sources: [String: String] = [:]

  func error(
    _ location: SourceLocation, _ message: String, detail: String? = nil, hint: String? = nil
  ) {
    diagnostics.append(Diagnostic(location, message, detail: detail, hint: hint))
  }
}

/// Typed access to one section (`model:`), each accessor returning the default and recording a
/// diagnostic when the value is missing, mistyped or out of range, so decoding always goes on.
struct SectionReader {
  let name: String
  /// The section's mapping; nil when the section is absent (or not a mapping: already reported).
  let node: SNode?
  let context: DecodeContext

  init(_ name: String, in root: SNode, context: DecodeContext) {
    self.name = name
    self.context = context
    let section = root[name]
    if let section, section.entries == nil {
      var hint: String?
      if name == "task", case .scalar(let s) = section.kind, TaskSpec.Kind.names.contains(s.text) {
        hint = "write `task: {kind: \(s.text)}`"
      }
      context.error(
        section.location, "section '\(name)' must be a mapping",
        detail: "expected a mapping of keys, found \(SpecParser.describe(section))", hint: hint)
      node = nil
    } else {
      node = section
    }
  }

  init(name: String, node: SNode?, context: DecodeContext) {
    self.name = name
    self.node = node
    self.context = context
  }

  /// The value at `key`, if present; records its source for `deltac explain`.
  func value(_ key: String) -> SNode? {
    guard let value = node?[key] else { return nil }
    context.sources["\(name).\(key)"] = value.location.file
    return value
  }

  func has(_ key: String) -> Bool { node?[key] != nil }

  func wrongType(_ key: String, _ node: SNode, expected: String, hint: String? = nil) {
    context.error(
      node.location, "wrong type for \(name).\(key)",
      detail: "expected \(expected), found \(SpecParser.describe(node))", hint: hint)
  }

  /// An integer >= `min`; `hint` explains the bound.
  func int(_ key: String, _ fallback: Int, min: Int = 1, hint: String? = nil) -> Int {
    guard let node = value(key) else { return fallback }
    return Self.int(node, min: min, what: "\(name).\(key)", context: context, hint: hint)
      ?? fallback
  }

  /// An integer >= `min`, or one of the words in `none` (giving nil).
  func optionalInt(_ key: String, _ fallback: Int?, min: Int = 1, none: [String]) -> Int? {
    guard let node = value(key) else { return fallback }
    if case .scalar(let scalar) = node.kind, case .string(let word) = ScalarValue(scalar),
      none.contains(word)
    {
      return nil
    }
    let words = none.map { "'\($0)'" }.joined(separator: " or ")
    return Self.int(node, min: min, what: "\(name).\(key)", context: context, orWords: words)
      ?? fallback
  }

  static func int(
    _ node: SNode, min: Int, what: String, context: DecodeContext, hint: String? = nil,
    orWords: String? = nil
  ) -> Int? {
    // Wrong types name the type; bad values name the bound.
    let words = orWords.map { $0.contains(" or ") ? ", \($0)" : " or \($0)" } ?? ""
    let type = "an integer" + words
    let expected = "an integer >= \(min)" + words
    guard case .scalar(let scalar) = node.kind else {
      context.error(
        node.location, "wrong type for \(what)",
        detail: "expected \(type), found \(SpecParser.describe(node))")
      return nil
    }
    switch ScalarValue(scalar) {
    case .int(let value):
      guard value >= min else {
        context.error(
          node.location, "\(what) must be at least \(min)",
          detail: "expected \(expected), found \(value)",
          hint: hint)
        return nil
      }
      return value
    case .intOutOfRange(let text):
      context.error(
        node.location, "\(what) is out of range",
        detail: "expected an integer that fits in 64 bits, found \(text)")
      return nil
    case let other:
      context.error(
        node.location, "wrong type for \(what)", detail: "expected \(type), found \(other)",
        hint: quotedHint(scalar))
      return nil
    }
  }

  /// A finite number; `positive` rejects zero, `below` is an exclusive upper bound.
  func double(_ key: String, _ fallback: Double, positive: Bool = true, below: Double? = nil)
    -> Double
  {
    guard let node = value(key) else { return fallback }
    return Self.double(
      node, what: "\(name).\(key)", context: context, positive: positive, below: below)
      ?? fallback
  }

  static func double(
    _ node: SNode, what: String, context: DecodeContext, positive: Bool, below: Double? = nil,
    atMost: Double? = nil
  ) -> Double? {
    let bound = positive ? "a number > 0" : "a number >= 0"
    let expected =
      bound + (below.map { " and < \(format($0))" } ?? "")
      + (atMost.map { " and <= \(format($0))" } ?? "")
    guard case .scalar(let scalar) = node.kind else {
      context.error(
        node.location, "wrong type for \(what)",
        detail: "expected a number, found \(SpecParser.describe(node))")
      return nil
    }
    let value = ScalarValue(scalar)
    if case .floatOutOfRange(let text) = value {
      context.error(
        node.location, "\(what) is out of range", detail: "expected a finite number, found \(text)")
      return nil
    }
    guard let number = value.double else {
      context.error(
        node.location, "wrong type for \(what)", detail: "expected a number, found \(value)",
        hint: quotedHint(scalar))
      return nil
    }
    if (positive && number <= 0) || number < 0 || below.map({ number >= $0 }) == true
      || atMost.map({ number > $0 }) == true
    {
      context.error(
        node.location, "\(what) is out of range", detail: "expected \(expected), found \(value)")
      return nil
    }
    return number
  }

  /// `"128"` is a string in YAML: say so when the quotes are the only problem.
  static func quotedHint(_ scalar: SNode.Scalar) -> String? {
    guard scalar.quoted else { return nil }
    let unquoted = ScalarValue(SNode.Scalar(text: scalar.text, quoted: false))
    if case .string = unquoted { return nil }
    return "quoted values are strings in YAML; write \(scalar.text) without quotes"
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
  }

  func bool(_ key: String, _ fallback: Bool) -> Bool {
    guard let node = value(key) else { return fallback }
    guard case .scalar(let scalar) = node.kind else {
      wrongType(key, node, expected: "true or false")
      return fallback
    }
    if case .bool(let value) = ScalarValue(scalar) { return value }
    wrongType(key, node, expected: "true or false", hint: Self.quotedHint(scalar))
    return fallback
  }

  /// A word (unquoted or quoted string), or nil after reporting a wrong type.
  func word(_ key: String, expected: String) -> (String, SNode)? {
    guard let node = value(key) else { return nil }
    if case .scalar(let scalar) = node.kind, case .string(let text) = ScalarValue(scalar) {
      return (text, node)
    }
    wrongType(key, node, expected: expected)
    return nil
  }

  /// One of `choices` (with a did-you-mean hint otherwise).
  func choice(_ key: String, _ choices: [String], hint: String? = nil) -> (String, SNode)? {
    let listed = choices.map { "'\($0)'" }.joined(separator: ", ")
    guard let (text, node) = word(key, expected: "one of \(listed)") else { return nil }
    guard choices.contains(text) else {
      context.error(
        node.location, "unknown \(key) '\(ScalarValue.clip(text))' in \(name)",
        detail: "expected one of \(listed)", hint: Suggest.didYouMean(text, choices) ?? hint)
      return nil
    }
    return (text, node)
  }

  /// Reports keys of the section that are not in `known`.
  func checkKeys(_ known: [String]) {
    for entry in node?.entries ?? [] where !known.contains(entry.key) {
      context.error(
        entry.keyLocation, "unknown key '\(ScalarValue.clip(entry.key))' in \(name)",
        hint: Self.unknownKeyHint(entry.key, known, name: name))
    }
  }

  static func unknownKeyHint(_ key: String, _ known: [String], name: String) -> String {
    if key == "<<" { return "YAML merge keys (<<) are not supported; use `extends: other.yaml`" }
    return Suggest.didYouMean(key, known) ?? "\(name) keys are: \(known.joined(separator: ", "))"
  }
}
