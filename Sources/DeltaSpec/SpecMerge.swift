/// Deep merge of spec trees: `extends` (child over parent) and sweep overrides (override over base).
///
/// Mappings merge key by key; anything else (scalars, lists) is replaced. Two rules keep variants short:
/// - keys that spell the same setting replace each other: a child's `eigenvalues` drops the parent's
///   `allow_neg_eigval`, `intermediate_size` drops `hidden_ratio`, `epochs` drops `steps`, and so on;
/// - a `task` whose `kind` differs from the parent's replaces the parent's task entirely (its `group`
///   would not apply to the new kind).
enum SpecMerge {
  /// Per section path, groups of keys that set one field.
  static let exclusiveGroups: [String: [[String]]] = [
    "model": [["allow_neg_eigval", "eigenvalues"], ["hidden_ratio", "intermediate_size", "mlp"]],
    "train": [["steps", "epochs"]],
  ]

  static func merge(_ base: SNode, _ over: SNode, path: [String] = []) -> SNode {
    guard let baseEntries = base.entries, let overEntries = over.entries else { return over }
    if path == ["task"], over["kind"] != nil, !sameScalar(base["kind"], over["kind"]) {
      return over
    }
    let dotted = path.joined(separator: ".")
    let overKeys = Set(overEntries.map(\.key))
    let dropped = Set(
      (exclusiveGroups[dotted] ?? []).filter { !overKeys.isDisjoint(with: $0) }.flatMap { $0 }
    ).subtracting(overKeys)
    var entries: [SNode.Entry] = []
    for entry in baseEntries where !dropped.contains(entry.key) {
      if let replacement = overEntries.first(where: { $0.key == entry.key }) {
        var merged = replacement
        merged.value = merge(entry.value, replacement.value, path: path + [entry.key])
        entries.append(merged)
      } else {
        entries.append(entry)
      }
    }
    let baseKeys = Set(baseEntries.map(\.key))
    entries += overEntries.filter { !baseKeys.contains($0.key) }
    return SNode(kind: .mapping(entries), location: over.location)
  }

  private static func sameScalar(_ a: SNode?, _ b: SNode?) -> Bool {
    guard case .scalar(let x)? = a?.kind, case .scalar(let y)? = b?.kind else {
      return a == nil && b == nil
    }
    return x.text == y.text
  }

  /// `root` without the top-level `key`.
  static func removing(_ key: String, from root: SNode) -> SNode {
    guard let entries = root.entries else { return root }
    return SNode(kind: .mapping(entries.filter { $0.key != key }), location: root.location)
  }

  /// A tree holding only `value` at the dotted `path` (`model.num_householder`), to merge as an override.
  static func override(_ path: [String], _ value: SNode, location: SourceLocation) -> SNode {
    var node = value
    for key in path.reversed() {
      node = SNode(
        kind: .mapping([SNode.Entry(key: key, keyLocation: location, value: node)]),
        location: location)
    }
    return node
  }
}
