/// A place in a spec file. Lines and columns are 1-based, columns count unicode scalars (as libyaml);
/// line 0 means "the file as a whole" (a missing file, a directory).
public struct SourceLocation: Equatable, Hashable, Sendable {
  /// The path as the user gave it (or as `extends` resolved it).
  public var file: String
  public var line: Int
  public var column: Int
  /// Width of the marker under the place (the token's length on its line).
  public var width: Int

  public init(file: String, line: Int, column: Int, width: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
    self.width = width
  }

  public static func wholeFile(_ file: String) -> SourceLocation {
    SourceLocation(file: file, line: 0, column: 0, width: 0)
  }
}

/// One error in a spec: where, what, what was expected and found, and a hint.
public struct Diagnostic: Equatable, Hashable, Sendable {
  public var location: SourceLocation
  public var message: String
  /// `expected an integer, found string 'abc'`: printed on its own line after the source excerpt.
  public var detail: String?
  public var hint: String?
  /// The text of the source line (filled in by the loader, which has the file).
  public var sourceLine: String?

  public init(
    _ location: SourceLocation, _ message: String, detail: String? = nil, hint: String? = nil,
    sourceLine: String? = nil
  ) {
    self.location = location
    self.message = message
    self.detail = detail
    self.hint = hint
    self.sourceLine = sourceLine
  }

  /// ```
  /// specs/x.yaml:3:20: error: model.num_householder must be at least 1
  ///  3 |   num_householder: 0
  ///    |                    ^
  /// expected an integer >= 1, found 0
  /// hint: 1 gives DeltaNet; 2-3 is the DeltaProduct range studied
  /// ```
  public var rendered: String {
    let loc = location
    let place = loc.line > 0 ? "\(loc.file):\(loc.line):\(loc.column)" : loc.file
    var lines = ["\(place): error: \(message)"]
    if loc.line > 0, let source = sourceLine {
      let number = String(loc.line)
      let gutter = String(repeating: " ", count: number.count)
      let (shown, column) = Self.window(Self.printable(source), column: loc.column)
      // Keep tabs in the padding so the marker lines up under tabbed text.
      let prefix = shown.unicodeScalars.prefix(max(0, column - 1))
      let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
      let room = max(1, shown.unicodeScalars.count - (column - 1))
      let width = max(1, min(loc.width, room))
      lines.append(shown.isEmpty ? " \(number) |" : " \(number) | \(shown)")
      lines.append(" \(gutter) | \(padding)^" + String(repeating: "~", count: width - 1))
    }
    if let detail { lines.append(detail) }
    if let hint { lines.append("hint: \(hint)") }
    return lines.joined(separator: "\n")
  }

  /// At most `maxShown` scalars of a long line, around `column`, with `...` where text was cut;
  /// returns the column of the same place in the shown text.
  static func window(_ line: String, column: Int) -> (String, Int) {
    let maxShown = 120
    let scalars = Array(line.unicodeScalars)
    guard scalars.count > maxShown else { return (line, column) }
    let start = max(0, min(column - 1 - 40, scalars.count - maxShown))
    let end = min(scalars.count, start + maxShown)
    var text = String(String.UnicodeScalarView(scalars[start..<end]))
    if end < scalars.count { text += "..." }
    guard start > 0 else { return (text, column) }
    return ("..." + text, column - start + 3)
  }

  /// Control characters would garble a terminal: show them as `?` (one scalar each, so columns hold).
  static func printable(_ text: String) -> String {
    let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
      scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0xFFFD)
        ? scalar : "?"
    }
    return String(String.UnicodeScalarView(scalars))
  }
}

/// All errors found in a spec (and the files it extends), in file order. Thrown by `SpecLoader`.
public struct SpecDiagnostics: Error, CustomStringConvertible, Equatable, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// Every diagnostic rendered, one after the other, ending with a newline.
  public var description: String {
    diagnostics.map { $0.rendered + "\n" }.joined()
  }
}
