import Yams

/// Text to `SNode`: guard, compose with Yams, convert. Every failure becomes a diagnostic.
enum SpecParser {
  /// The file's root mapping, or the diagnostics that explain why there is none.
  static func parse(_ source: SourceFile) -> Result<SNode, SpecDiagnostics> {
    if source.text.utf8.count > SourceFile.maxBytes {
      return .failure(
        SpecDiagnostics([
          Diagnostic(
            .wholeFile(source.path),
            "the file is too large for a spec (more than \(SourceFile.maxBytes / 1024) KiB)")
        ]))
    }
    if let problem = YAMLGuard.check(source) { return .failure(SpecDiagnostics([problem])) }
    let composed: Node?
    do {
      composed = try Yams.compose(yaml: source.text, .default, .default, .utf8)
    } catch let error as YamlError {
      return .failure(SpecDiagnostics([diagnostic(for: error, in: source)]))
    } catch {
      let location = SourceLocation(file: source.path, line: 1, column: 1)
      return .failure(SpecDiagnostics([Diagnostic(location, "invalid YAML: \(error)")]))
    }
    let start = SourceLocation(file: source.path, line: 1, column: 1)
    guard let composed else {
      return .failure(
        SpecDiagnostics([
          Diagnostic(
            start, "the spec is empty", detail: "expected a mapping with at least a task section",
            hint:
              "start from specs/quickstart.yaml, or write `extends: other.yaml` and what differs")
        ]))
    }
    var builder = TreeBuilder(source: source)
    guard let root = builder.build(composed) else {
      return .failure(
        SpecDiagnostics([
          Diagnostic(
            start, "the spec is too large",
            detail:
              "expected at most 20000 values (aliases counted each time they are used), found more")
        ]))
    }
    if !builder.diagnostics.isEmpty { return .failure(SpecDiagnostics(builder.diagnostics)) }
    guard root.entries != nil else {
      return .failure(
        SpecDiagnostics([
          Diagnostic(
            root.location, "a spec must be a mapping of sections",
            detail:
              "expected a mapping (model:, task:, train:, eval:, compile:), found \(describe(root))"
          )
        ]))
    }
    return .success(root)
  }

  /// `a list`, `string 'abc'`, `integer 5`: what a value is, for "expected ..., found ..." lines.
  static func describe(_ node: SNode) -> String {
    switch node.kind {
    case .mapping: return "a mapping"
    case .sequence(let items):
      switch items.count {
      case 0: return "an empty list"
      case 1: return "a list of 1 value"
      default: return "a list of \(items.count) values"
      }
    case .scalar(let scalar): return ScalarValue(scalar).description
    }
  }

  static func diagnostic(for error: YamlError, in source: SourceFile) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: source.path, line: mark.line, column: mark.column)
    }
    func context(_ context: YamlError.Context?) -> String? {
      context.map { "(\($0.text) that starts at line \($0.mark.line), column \($0.mark.column))" }
    }
    switch error {
    case .composer(_, "but found another document", let mark, _):
      var location = at(mark)
      location.width = 3
      return Diagnostic(
        location, "a spec is a single YAML document", detail: "found a second document after `---`",
        hint: "remove the `---` line, or split the file into two specs")
    case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
      return Diagnostic(
        at(mark), "the spec nests too deeply", detail: "libyaml stops at 1000 levels of nesting",
        hint: "a spec is a mapping of sections; nothing in it nests more than a few levels")
    case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
      .composer(let ctx, let problem, let mark, _):
      let line = source.line(mark.line) ?? ""
      let tabbed = line.unicodeScalars.prefix(mark.column).contains("\t")
      return Diagnostic(
        at(mark), "invalid YAML: \(problem)", detail: context(ctx),
        hint: tabbed ? "YAML indents with spaces; this line has a tab" : nil)
    case .reader(let problem, let offset, let value, _):
      let (line, column) = position(ofCharacterOffset: offset ?? 0, in: source.text)
      let found = value >= 0 ? "found U+\(hex4(value))" : nil
      return Diagnostic(
        SourceLocation(file: source.path, line: line, column: column), "invalid YAML: \(problem)",
        detail: found, hint: "a spec is a YAML text file; control characters are not allowed")
    case .duplicatedKeysInMapping(let duplicates, let ctx):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      var location = at(ctx.mark)
      location.width = duplicates.first?.count ?? 1
      return Diagnostic(
        location, "duplicate key \(keys)",
        hint: "each key may appear once in a mapping; delete one of them")
    default:
      return Diagnostic(
        SourceLocation(file: source.path, line: 1, column: 1), "invalid YAML: \(error)")
    }
  }

  private static func hex4(_ value: Int32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// 1-based line and column (in unicode scalars) of the character at `offset`.
  static func position(ofCharacterOffset offset: Int, in text: String) -> (Int, Int) {
    var line = 1
    var column = 1
    for character in text.prefix(max(0, offset)) {
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return (line, column)
  }
}
