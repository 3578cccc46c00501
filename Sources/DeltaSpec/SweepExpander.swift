/// `sweep:` expands a grid over dotted keys into named variants:
///
/// ```yaml
/// sweep:
///   model.num_householder: [1, 2]
///   model.eigenvalues: [[0, 1], [-1, 1]]
/// ```
/// gives `nh1-eig0_1`, `nh1-eig-1_1`, `nh2-eig0_1`, `nh2-eig-1_1`: the first key varies slowest, values
/// in the order written. Each variant is the base spec with the values merged in (so `eigenvalues`
/// replaces an inherited `allow_neg_eigval`), validated like any spec.
enum SweepExpander {
  static let maxVariants = 256

  /// Short labels for variant names (the model keys' from `ModelConfig.keys`); other keys use their
  /// last component.
  static let labels: [String: String] = Dictionary(
    uniqueKeysWithValues: ModelConfig.keys.compactMap { key in
      key.label.map { ("model.\(key.name)", $0) }
    }
      + [("model.eigenvalues", "eig"), ("task.group", "")])

  struct Result {
    var variants: [Spec] = []
    var diagnostics: [Diagnostic] = []
  }

  /// Every key a sweep may name.
  static var sweepableKeys: [String] {
    ModelDecoder.keys.map { "model.\($0)" } + TaskDecoder.keys.map { "task.\($0)" }
      + TrainDecoder.keys.map { "train.\($0)" }
      + TrainDecoder.earlyStopKeys.map { "train.early_stop.\($0)" }
      + EvalDecoder.keys.map { "eval.\($0)" } + CompileDecoder.keys.map { "compile.\($0)" }
  }

  static func expand(_ root: SNode, stem: String) -> Result {
    var result = Result()
    guard let sweep = root["sweep"] else { return result }
    guard let axes = axes(sweep, &result.diagnostics), !axes.isEmpty else { return result }
    let count = axes.reduce(1) { $0 * $1.values.count }
    guard count <= maxVariants else {
      result.diagnostics.append(
        Diagnostic(
          sweep.location, "the sweep has too many variants",
          detail: "expected at most \(maxVariants) variants, found \(count)"))
      return result
    }
    let base = SpecMerge.removing("sweep", from: root)
    var names: Set<String> = []
    for combination in grid(axes.map(\.values.count)) {
      var tree = base
      var parts: [String] = []
      for (axis, index) in zip(axes, combination) {
        let value = axis.values[index]
        tree = SpecMerge.merge(tree, SpecMerge.override(axis.path, value, location: value.location))
        parts.append(axis.label + format(value))
      }
      let name = parts.joined(separator: "-")
      if !names.insert(name).inserted {
        result.diagnostics.append(
          Diagnostic(
            sweep.location, "two sweep variants have the same name '\(stem)/\(name)'",
            hint: "sweep values must differ"))
        return result
      }
      let context = DecodeContext()
      if let spec = SpecDecoder.decode(tree, name: "\(stem)/\(name)", context: context) {
        result.variants.append(spec)
      }
      for diagnostic in context.diagnostics where !result.diagnostics.contains(diagnostic) {
        result.diagnostics.append(diagnostic)
      }
    }
    return result
  }

  struct Axis {
    var path: [String]
    var label: String
    var values: [SNode]
  }

  private static func axes(_ sweep: SNode, _ diagnostics: inout [Diagnostic]) -> [Axis]? {
    guard let entries = sweep.entries else {
      diagnostics.append(
        Diagnostic(
          sweep.location, "sweep must be a mapping",
          detail: "expected `dotted.key: [values]` pairs, found \(SpecParser.describe(sweep))",
          hint: "e.g. `sweep: {model.num_householder: [1, 2, 3]}`"))
      return nil
    }
    var axes: [Axis] = []
    for entry in entries {
      guard sweepableKeys.contains(entry.key) else {
        diagnostics.append(
          Diagnostic(
            entry.keyLocation, "unknown sweep key '\(ScalarValue.clip(entry.key))'",
            hint: Suggest.didYouMean(entry.key, sweepableKeys)
              ?? "sweep keys are dotted spec keys, e.g. model.num_householder"))
        continue
      }
      guard case .sequence(let values) = entry.value.kind, !values.isEmpty else {
        diagnostics.append(
          Diagnostic(
            entry.value.location, "wrong type for sweep.\(entry.key)",
            detail:
              "expected a non-empty list of values, found \(SpecParser.describe(entry.value))",
            hint: "write the values as a list, e.g. [1, 2, 3]"))
        continue
      }
      let path = entry.key.split(separator: ".").map(String.init)
      axes.append(Axis(path: path, label: labels[entry.key] ?? path.last ?? "", values: values))
    }
    return diagnostics.isEmpty ? axes : nil
  }

  /// The row `SpecPrinter` shows a swept key in.
  static func printedKey(_ key: String) -> String {
    switch key {
    case "model.eigenvalues": return "model.allow_neg_eigval"
    default: return key.hasPrefix("train.early_stop.") ? "train.early_stop" : key
    }
  }

  /// All index combinations, the first axis varying slowest.
  static func grid(_ sizes: [Int]) -> [[Int]] {
    sizes.reduce([[]]) { partial, size in
      partial.flatMap { prefix in (0..<size).map { prefix + [$0] } }
    }
  }

  /// `2`, `-1_1` for [-1, 1], `S3`; only [A-Za-z0-9._-] survive.
  static func format(_ value: SNode) -> String {
    let raw: String
    switch value.kind {
    case .scalar(let s): raw = s.text
    case .sequence(let items): raw = items.map(format).joined(separator: "_")
    case .mapping(let entries):
      raw = entries.map { $0.key + format($0.value) }.joined(separator: "_")
    }
    return String(
      raw.unicodeScalars.filter {
        $0.properties.isAlphabetic && $0.isASCII || "0123456789._-".unicodeScalars.contains($0)
      })
  }
}
