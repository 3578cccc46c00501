/// What a YAML scalar is, by our own rules (YAML 1.2 core schema, strict):
/// quoted -> string; `~`, `null`, empty -> null; `true`/`false` -> bool; digits -> integer;
/// decimal or exponent form -> number; anything else -> string. `yes`/`no` stay strings.
enum ScalarValue: CustomStringConvertible, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// Integer syntax, but it does not fit in 64 bits (`99999999999999999999`).
  case intOutOfRange(String)
  /// A finite number (integers are numbers too, see `double`).
  case float(Double, text: String)
  /// Number syntax that overflows or names infinity/NaN (`1e400`, `.inf`).
  case floatOutOfRange(String)
  case string(String)

  init(_ scalar: SNode.Scalar) {
    let text = scalar.text
    if scalar.quoted {
      self = .string(text)
      return
    }
    switch text {
    case "", "~", "null", "Null", "NULL": self = .null
    case "true", "True", "TRUE": self = .bool(true)
    case "false", "False", "FALSE": self = .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
      self = .floatOutOfRange(text)
    default:
      if Self.isInteger(text) {
        self = Int(text).map(ScalarValue.int) ?? .intOutOfRange(text)
      } else if Self.isNumber(text), let value = Double(text) {
        self = value.isFinite ? .float(value, text: text) : .floatOutOfRange(text)
      } else {
        self = .string(text)
      }
    }
  }

  /// The value as a number when it is one (integers included).
  var double: Double? {
    switch self {
    case .int(let value): return Double(value)
    case .float(let value, _): return value
    default: return nil
    }
  }

  var description: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return "boolean \(value)"
    case .int(let value): return "integer \(value)"
    case .intOutOfRange(let text): return "integer \(text)"
    case .float(_, let text): return "number \(text)"
    case .floatOutOfRange(let text): return "number \(text)"
    case .string(let text): return "string '\(Self.clip(text))'"
    }
  }

  /// Long strings are clipped in messages.
  static func clip(_ text: String) -> String {
    let oneLine = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    return oneLine.count > 40 || oneLine.count < text.count
      ? oneLine.prefix(40) + "..." : String(oneLine)
  }

  private static func isInteger(_ text: String) -> Bool {
    var digits = Substring(text)
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `1.5`, `-0.25`, `1e-3`, `3.`, `.5`, `2E+4`.
  private static func isNumber(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    let mantissaEnd = rest.firstIndex { $0 == "e" || $0 == "E" } ?? rest.endIndex
    let mantissa = rest[..<mantissaEnd]
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return false }
    guard mantissaEnd < rest.endIndex else { return true }
    var exponent = rest[rest.index(after: mantissaEnd)...]
    if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
    return !exponent.isEmpty && exponent.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
