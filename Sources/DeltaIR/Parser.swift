// Parser for the text form written by GraphPrinter. One declaration or equation per line:
//
//   graph    := 'graph' '@' word '{' NL line* '}' NL
//   line     := 'param' word ':' type                       # fla name, no '%'
//             | 'input' local ':' type
//             | 'output' word '=' value
//             | 'plan' text                              # plan-memory's decisions, kept verbatim
//             | binder (',' binder)* '=' word attrs? (value (',' value)*)?
//   binder   := local ':' type
//   type     := ('f32' | 'f64' | 'i32') '[' (dim (',' dim)*)? ']'
//   dim      := (integer | symbol) ('*' (integer | symbol))*   # 128, B, B*T, 2*T
//   attrs    := '[' key '=' (atom | '[' (atom (',' atom)*)? ']') (',' ...)* ']'
//   value    := local | word ;  local := '%' word ;  word := [A-Za-z0-9_.-]+
//
// Whitespace between tokens is free; `#` starts a comment to the end of the line; blank lines are
// ignored. Errors carry the 1-based line and column: `2:6: error: expected ':', got 'f32[2]'`.
// The parser checks syntax only; run `Verifier.verify` for types and scoping.

/// A syntax error at a position of the text.
public struct ParseError: Error, Sendable, CustomStringConvertible, Equatable {
  public let line: Int
  public let column: Int
  public let message: String
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }
  public var description: String { "\(line):\(column): error: \(message)" }
}

public enum GraphParser {
  /// Parses one graph.
  public static func parse(_ text: String) throws(ParseError) -> Graph {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var graph: Graph?
    var closed = false
    var lastLine = 1
    for (index, raw) in lines.enumerated() {
      var s = LineScanner(raw, line: index + 1)
      s.skipSpace()
      if s.atEnd { continue }
      lastLine = index + 1
      if closed { throw s.error("unexpected text after the closing '}'") }
      guard graph != nil else {
        try s.keyword("graph")
        try s.expect("@")
        let name = try s.word("a graph name")
        try s.expect("{")
        try s.end()
        graph = Graph(name: name)
        continue
      }
      if s.peek == UInt8(ascii: "}") {
        s.advance()
        try s.end()
        closed = true
        continue
      }
      try parseLine(&s, into: &graph!)
    }
    guard let graph else {
      throw ParseError(line: 1, column: 1, message: "expected 'graph @name {'")
    }
    if !closed {
      throw ParseError(line: lastLine + 1, column: 1, message: "expected '}' to close the graph")
    }
    return graph
  }

  private static func parseLine(_ s: inout LineScanner, into graph: inout Graph) throws(ParseError)
  {
    if s.peek != UInt8(ascii: "%") {
      s.skipSpace()
      let column = s.column
      let keyword = try s.word("'param', 'input', 'output' or an equation")
      switch keyword {
      case "param":
        let name = try s.value()
        if !name.isParameter {
          throw ParseError(
            line: s.line, column: column + 6, message: "parameter names are spelled without '%'")
        }
        try s.expect(":")
        graph.parameters.append(TypedValue(name, try s.type()))
      case "input":
        let name = try s.local()
        try s.expect(":")
        graph.inputs.append(TypedValue(name, try s.type()))
      case "plan":
        graph.plan.append(s.rest())
      case "output":
        let name = try s.word("an output name")
        try s.expect("=")
        graph.outputs.append(Output(name, try s.value()))
      default:
        throw ParseError(
          line: s.line, column: column,
          message: "expected 'param', 'input', 'output' or '%', got '\(keyword)'")
      }
      try s.end()
      return
    }
    var results: [TypedValue] = []
    repeat {
      let name = try s.local()
      try s.expect(":")
      results.append(TypedValue(name, try s.type()))
    } while s.accept(",")
    try s.expect("=")
    s.skipSpace()
    let opColumn = s.column
    let opName = try s.word("an op name")
    var attributes: [(String, AttributeValue)] = []
    if s.accept("[") {
      repeat {
        let key = try s.word("an attribute name")
        try s.expect("=")
        if s.accept("[") {
          var items: [String] = []
          if !s.accept("]") {
            repeat { items.append(try s.atom()) } while s.accept(",")
            try s.expect("]")
          }
          attributes.append((key, .list(items)))
        } else {
          var atom = try s.atom()
          // `chunk=r16 (model: 1.9 ms vs 2.4 ms at 32)`: a parenthesized note belongs to the atom.
          s.skipSpace()
          if s.peek == UInt8(ascii: "(") { atom += " " + (try s.parenthesized()) }
          attributes.append((key, .atom(atom)))
        }
      } while s.accept(",")
      try s.expect("]")
    }
    let op: Op
    do {
      op = try Op(name: opName, attributes: attributes)
    } catch {
      throw ParseError(line: s.line, column: opColumn, message: error.message)
    }
    var inputs: [Value] = []
    s.skipSpace()
    if !s.atEnd {
      repeat { inputs.append(try s.value()) } while s.accept(",")
    }
    try s.end()
    graph.nodes.append(Node(op: op, inputs: inputs, results: results))
  }
}

/// Scans one line of ASCII text; columns are 1-based bytes.
struct LineScanner {
  let bytes: [UInt8]
  let line: Int
  var index = 0

  init(_ text: String, line: Int) {
    var bytes = Array(text.utf8)
    if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) { bytes.removeSubrange(hash...) }
    while let last = bytes.last, last == 32 || last == 9 || last == 13 { bytes.removeLast() }
    self.bytes = bytes
    self.line = line
  }

  var column: Int { index + 1 }
  var atEnd: Bool { index >= bytes.count }
  var peek: UInt8? { atEnd ? nil : bytes[index] }
  mutating func advance() { index += 1 }

  func error(_ message: String) -> ParseError {
    ParseError(line: line, column: column, message: message)
  }

  mutating func skipSpace() {
    while let c = peek, c == 32 || c == 9 { advance() }
  }

  /// Consumes `c` (after spaces) if it is next.
  mutating func accept(_ c: Character) -> Bool {
    skipSpace()
    if peek == c.asciiValue {
      advance()
      return true
    }
    return false
  }

  mutating func expect(_ c: Character) throws(ParseError) {
    if !accept(c) { throw error("expected '\(c)'\(found)") }
  }

  mutating func end() throws(ParseError) {
    skipSpace()
    if !atEnd { throw error("expected the end of the line\(found)") }
  }

  var found: String {
    guard !atEnd else { return ", got the end of the line" }
    var end = index
    while end < bytes.count, !isSpace(bytes[end]), end - index < 24 { end += 1 }
    return ", got '\(String(decoding: bytes[index..<max(end, index + 1)], as: UTF8.self))'"
  }

  private func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 }
  private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c == 46
      || c == 45
  }

  /// Letters, digits, `_`, `.`, `-`.
  mutating func word(_ what: String) throws(ParseError) -> String {
    skipSpace()
    let start = index
    while let c = peek, Self.isWordByte(c) { advance() }
    if start == index { throw error("expected \(what)\(found)") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  mutating func keyword(_ k: String) throws(ParseError) {
    let column = self.column
    let w = try word("'\(k)'")
    if w != k {
      throw ParseError(line: line, column: column, message: "expected '\(k)', got '\(w)'")
    }
  }

  /// `%name` (a local or input) or a bare parameter name.
  mutating func value() throws(ParseError) -> Value {
    skipSpace()
    if peek == UInt8(ascii: "%") { return try local() }
    return Value(try word("a value"))
  }

  mutating func local() throws(ParseError) -> Value {
    skipSpace()
    guard peek == UInt8(ascii: "%") else { throw error("expected a '%' value\(found)") }
    advance()
    return Value("%" + (try word("a value name after '%'")))
  }

  /// `( ... )` with balanced parentheses inside, returned with them.
  mutating func parenthesized() throws(ParseError) -> String {
    let start = index
    var depth = 0
    while let c = peek {
      advance()
      if c == UInt8(ascii: "(") { depth += 1 }
      if c == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return String(decoding: bytes[start..<index], as: UTF8.self) }
      }
    }
    throw error("expected ')' to close the note")
  }

  /// The rest of the line (after spaces).
  mutating func rest() -> String {
    skipSpace()
    let text = String(decoding: bytes[index...], as: UTF8.self)
    index = bytes.count
    return text
  }

  /// An attribute atom: everything up to `,` `]` or a space.
  mutating func atom() throws(ParseError) -> String {
    skipSpace()
    let start = index
    while let c = peek, c != 44, c != 93, c != 91, !isSpace(c) { advance() }
    if start == index { throw error("expected an attribute value\(found)") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// `f32[B,T,128]`.
  mutating func type() throws(ParseError) -> TensorType {
    skipSpace()
    let column = self.column
    let name = try word("a dtype")
    guard let dtype = DType(rawValue: name) else {
      throw ParseError(
        line: line, column: column, message: "unknown dtype '\(name)' (expected f32, f64 or i32)")
    }
    try expect("[")
    var dims: [Dim] = []
    if !accept("]") {
      repeat {
        skipSpace()
        let dimColumn = self.column
        let text = try atom()
        guard let d = Dim(parsing: text) else {
          throw ParseError(line: line, column: dimColumn, message: "bad dim '\(text)'")
        }
        dims.append(d)
      } while accept(",")
      try expect("]")
    }
    return TensorType(dtype, Shape(dims))
  }
}
