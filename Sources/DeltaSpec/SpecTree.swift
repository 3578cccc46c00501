import Yams

/// The spec as a YAML tree of our own: every value keeps its file, line and column, so that errors found
/// after `extends` merging and `sweep` expansion still point into the right file.
struct SNode: Sendable {
  enum Kind: Sendable {
    case scalar(Scalar)
    case mapping([Entry])
    case sequence([SNode])
  }

  struct Scalar: Sendable, Equatable {
    var text: String
    /// Quoted (or tagged `!!str`) scalars are always strings: `"128"` is not an integer.
    var quoted: Bool
  }

  struct Entry: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: SNode
  }

  var kind: Kind
  var location: SourceLocation

  var entries: [Entry]? {
    if case .mapping(let entries) = kind { return entries }
    return nil
  }

  subscript(key: String) -> SNode? { entries?.first { $0.key == key }?.value }

  func entry(_ key: String) -> Entry? { entries?.first { $0.key == key } }
}

/// Converts Yams' composed `Node` (aliases already resolved by value) into `SNode`, with a node budget.
struct TreeBuilder {
  let file: String
  /// Visited nodes, aliases counted again each time they are used.
  var budget = 20_000
  var diagnostics: [Diagnostic] = []

  init(source: SourceFile) {
    file = source.path
  }

  mutating func build(_ node: Node, depth: Int = 0) -> SNode? {
    budget -= 1
    guard budget >= 0, depth <= YAMLGuard.maxDepth else { return nil }
    let location = self.location(of: node)
    switch node {
    case .scalar(let scalar):
      let isString = scalar.style != .plain || scalar.tag.rawValue == Tag.Name.str.rawValue
      return SNode(kind: .scalar(.init(text: scalar.string, quoted: isString)), location: location)
    case .alias:
      return nil  // compose resolves aliases; unreachable in practice
    case .sequence(let sequence):
      var items: [SNode] = []
      for item in sequence {
        guard let built = build(item, depth: depth + 1) else { return nil }
        items.append(built)
      }
      return SNode(kind: .sequence(items), location: location)
    case .mapping(let mapping):
      return buildMapping(mapping, at: location, depth: depth)
    }
  }

  private mutating func buildMapping(
    _ mapping: Node.Mapping, at location: SourceLocation, depth: Int
  )
    -> SNode?
  {
    var entries: [SNode.Entry] = []
    for (key, value) in mapping {
      guard let builtValue = build(value, depth: depth + 1) else { return nil }
      guard case .scalar(let keyScalar) = key else {
        diagnostics.append(
          Diagnostic(
            self.location(of: key), "a key must be a plain name",
            detail: "expected a name, found a \(describe(key))"))
        continue
      }
      var keyLocation = self.location(of: key)
      keyLocation.width = keyScalar.string.count
      entries.append(
        SNode.Entry(key: keyScalar.string, keyLocation: keyLocation, value: builtValue))
    }
    return SNode(kind: .mapping(entries), location: location)
  }

  private func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "mapping"
    case .sequence: return "list"
    case .scalar, .alias: return "value"
    }
  }

  func location(of node: Node) -> SourceLocation {
    let mark = node.mark
    var location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    if case .scalar(let scalar) = node {
      let quotes = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 2 : 0
      let firstLine = scalar.string.split(separator: "\n", omittingEmptySubsequences: false).first
      location.width = max(1, (firstLine?.count ?? 0) + quotes)
    }
    return location
  }
}
