/// A cheap scan of the raw text before libyaml sees it, so that no input can make the parser recurse
/// deeply or expand aliases exponentially.
///
/// Yams composes recursively (one stack frame per nesting level) and hashes mapping keys, which walks
/// aliases fully; a "billion laughs" of aliases or 10k levels of `[[[...` would hang or crash it. Neither
/// is needed in a spec, so both are bounded here:
/// - nesting: flow brackets plus the columns of block indentation and `- ` indicators on a line (an upper
///   bound of the block depth) may not exceed `maxDepth`;
/// - aliases: at most `maxAliases`, which bounds any expansion by about 3^(maxAliases/3) nodes.
enum YAMLGuard {
  static let maxDepth = 100
  static let maxAliases = 32

  static func check(_ source: SourceFile) -> Diagnostic? {
    var scanner = Scanner()
    for (index, line) in source.lines.enumerated() {
      if let problem = scanner.scan(line: line) {
        let location = SourceLocation(file: source.path, line: index + 1, column: problem.column)
        return diagnostic(problem.kind, at: location, sourceLine: String(line))
      }
    }
    return nil
  }

  private static func diagnostic(
    _ kind: Problem.Kind, at location: SourceLocation, sourceLine: String
  )
    -> Diagnostic
  {
    switch kind {
    case .tooDeep:
      return Diagnostic(
        location, "the spec nests too deeply",
        detail: "expected at most \(maxDepth) levels of nesting, found more",
        hint: "a spec is a mapping of sections; nothing in it nests more than a few levels",
        sourceLine: sourceLine)
    case .tooManyAliases:
      return Diagnostic(
        location, "too many YAML aliases",
        detail: "expected at most \(maxAliases) aliases (*name), found more",
        hint: "use `extends: other.yaml` to share settings between specs", sourceLine: sourceLine)
    }
  }

  struct Problem {
    enum Kind { case tooDeep, tooManyAliases }
    var kind: Kind
    var column: Int
  }

  /// Line-by-line state: quoted strings may span lines; flow collections too.
  struct Scanner {
    var flowDepth = 0
    var aliases = 0
    var quote: Unicode.Scalar?
    /// Inside a block scalar (`|` or `>`): the indentation of the line that opened it. Its content
    /// lines are text, not YAML, and are skipped.
    var blockScalarIndent: Int?

    mutating func scan(line: Substring) -> Problem? {
      let scalars = Array(line.unicodeScalars)
      let indent = scalars.prefix { $0 == " " }.count
      if let opener = blockScalarIndent {
        if indent > opener || indent == scalars.count { return nil }
        blockScalarIndent = nil
      }
      defer {
        if quote == nil && flowDepth == 0 && Self.opensBlockScalar(line) {
          blockScalarIndent = indent
        }
      }
      var lead = 0
      if quote == nil {
        while lead < scalars.count, " -?:".unicodeScalars.contains(scalars[lead]) { lead += 1 }
      }
      if lead + flowDepth > YAMLGuard.maxDepth {
        return Problem(kind: .tooDeep, column: min(lead, scalars.count) + 1)
      }
      var i = 0
      while i < scalars.count {
        let c = scalars[i]
        let atTokenStart = isTokenStart(scalars, i, lead: lead)
        if let q = quote {
          if q == "\"" && c == "\\" {
            i += 2
            continue
          }
          if c == q {
            if q == "'" && i + 1 < scalars.count && scalars[i + 1] == "'" {
              i += 2
              continue
            }
            quote = nil
          }
        } else if c == "#" && (i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\t") {
          break
        } else if (c == "'" || c == "\"") && atTokenStart {
          quote = c
        } else if (c == "[" || c == "{") && atTokenStart {
          flowDepth += 1
          if lead + flowDepth > YAMLGuard.maxDepth { return Problem(kind: .tooDeep, column: i + 1) }
        } else if (c == "]" || c == "}") && flowDepth > 0 {
          flowDepth -= 1
        } else if c == "*" && atTokenStart && i + 1 < scalars.count
          && !" \t,[]{}".unicodeScalars.contains(scalars[i + 1])
        {
          aliases += 1
          if aliases > YAMLGuard.maxAliases { return Problem(kind: .tooManyAliases, column: i + 1) }
        }
        i += 1
      }
      return nil
    }

    /// Whether the line ends with a block scalar indicator (`key: |`, `- >-`, `|2`), comments aside.
    static func opensBlockScalar(_ line: Substring) -> Bool {
      var text = line
      if let hash = text.firstRange(of: " #") { text = text[..<hash.lowerBound] }
      guard let last = text.split(separator: " ").last, let first = last.first,
        first == "|" || first == ">"
      else { return false }
      return last.dropFirst().allSatisfy { "+-0123456789".contains($0) }
        && (text.dropLast(last.count).hasSuffix(": ") || text.dropLast(last.count).hasSuffix("- ")
          || text.dropLast(last.count).allSatisfy { $0 == " " })
    }

    /// Whether a token (a quoted string, a flow collection, an alias) may start at `i`: first on the line
    /// after the indicators, or after `[ { ,`, or after `: - ?` and a space. Quotes inside a plain
    /// scalar (`it's`, `a 'b`) start nothing.
    private func isTokenStart(_ scalars: [Unicode.Scalar], _ i: Int, lead: Int) -> Bool {
      if i == lead { return true }
      var j = i - 1
      while j >= 0 && (scalars[j] == " " || scalars[j] == "\t") { j -= 1 }
      guard j >= 0 else { return true }
      let spaced = j < i - 1
      switch scalars[j] {
      case "[", "{", ",": return true
      case ":", "-", "?": return spaced
      default: return false
      }
    }
  }
}
