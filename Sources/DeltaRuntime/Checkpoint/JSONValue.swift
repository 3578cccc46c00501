import Foundation

/// A parsed JSON document that keeps booleans, integers and floating-point numbers apart (fla's
/// config.json says `true` where deltac needs a Bool and `2` where it needs an Int), for reading the
/// safetensors header and config.json.
public indirect enum JSONValue: Equatable, Sendable, Decodable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int64.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  /// Deepest nesting accepted: safetensors headers and configs are 3-4 levels deep, and a recursive
  /// decoder must not meet `[[[[...` a million levels deep.
  public static let maxDepth = 64

  /// Parses `bytes` as one JSON value; nil when they are not JSON (or nest deeper than `maxDepth`).
  public static func parse(_ bytes: some Collection<UInt8>) -> JSONValue? {
    guard nestingDepth(bytes) <= maxDepth else { return nil }
    return try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
  }

  /// The deepest bracket nesting outside strings.
  static func nestingDepth(_ bytes: some Collection<UInt8>) -> Int {
    var depth = 0
    var deepest = 0
    var inString = false
    var escaped = false
    for b in bytes {
      if inString {
        if escaped {
          escaped = false
        } else if b == 0x5C {
          escaped = true
        } else if b == 0x22 {
          inString = false
        }
        continue
      }
      switch b {
      case 0x22: inString = true
      case 0x5B, 0x7B:
        depth += 1
        deepest = max(deepest, depth)
      case 0x5D, 0x7D: depth -= 1
      default: break
      }
    }
    return deepest
  }

  /// What a value is, for messages: `a string`, `an integer`, ...
  public var kind: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int: return "an integer"
    case .double: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  /// Compact JSON text of a scalar or list, for messages.
  public var text: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return "\(b)"
    case .int(let i): return "\(i)"
    case .double(let d): return "\(d)"
    case .string(let s): return JSONText.quote(s)
    case .array(let a): return "[" + a.map(\.text).joined(separator: ", ") + "]"
    case .object: return "{...}"
    }
  }
}

/// Deterministic JSON text (what the writers emit): keys in the order given, strings escaped.
public enum JSONText {
  /// A JSON string literal.
  public static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// `{"k": v, ...}` from pairs whose values are already JSON text.
  public static func object(_ pairs: [(String, String)], indent: String? = nil) -> String {
    guard let indent else {
      return "{" + pairs.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
    let body = pairs.map { indent + quote($0.0) + ": " + $0.1 }.joined(separator: ",\n")
    return "{\n" + body + "\n}\n"
  }
}
