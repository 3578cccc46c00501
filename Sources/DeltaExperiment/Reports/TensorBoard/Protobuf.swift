/// The protocol buffer wire format, as much of it as TensorBoard's `Event` needs: varints (int64,
/// enums), 64- and 32-bit fixed fields (double, float) and length-delimited fields (strings, bytes,
/// nested messages). Fields are written in the order given; decoding keeps unknown fields' places.
struct ProtobufWriter {
  private(set) var bytes: [UInt8] = []

  enum WireType: UInt8 {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case fixed32 = 5
  }

  mutating func varint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func key(_ field: Int, _ type: WireType) {
    varint(UInt64(field) << 3 | UInt64(type.rawValue))
  }

  /// int64 and enum fields (a negative int64 takes ten bytes, two's complement).
  mutating func int64(_ field: Int, _ value: Int64) {
    key(field, .varint)
    varint(UInt64(bitPattern: value))
  }

  mutating func double(_ field: Int, _ value: Double) {
    key(field, .fixed64)
    littleEndian(value.bitPattern, count: 8)
  }

  mutating func float(_ field: Int, _ value: Float) {
    key(field, .fixed32)
    littleEndian(UInt64(value.bitPattern), count: 4)
  }

  mutating func bytes(_ field: Int, _ value: [UInt8]) {
    key(field, .lengthDelimited)
    varint(UInt64(value.count))
    bytes += value
  }

  mutating func string(_ field: Int, _ value: String) { bytes(field, Array(value.utf8)) }

  /// A nested message, written by `body` into its own writer.
  mutating func message(_ field: Int, _ body: (inout ProtobufWriter) -> Void) {
    var inner = ProtobufWriter()
    body(&inner)
    bytes(field, inner.bytes)
  }

  private mutating func littleEndian(_ value: UInt64, count: Int) {
    for i in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
  }
}

/// Reads the fields of one message: (field number, value) in file order; nil for bytes that are not
/// a well-formed message (a truncated varint or field, a wire type TensorBoard's messages do not use).
struct ProtobufReader {
  enum Value: Equatable {
    case varint(UInt64)
    case fixed64(UInt64)
    case fixed32(UInt32)
    case bytes([UInt8])
  }

  static func fields(_ bytes: [UInt8]) -> [(field: Int, value: Value)]? {
    var out: [(Int, Value)] = []
    var i = 0
    func varint() -> UInt64? {
      var (value, shift) = (UInt64(0), UInt64(0))
      while i < bytes.count, shift < 64 {
        let b = bytes[i]
        i += 1
        value |= UInt64(b & 0x7F) << shift
        if b < 0x80 { return value }
        shift += 7
      }
      return nil
    }
    func fixed(_ count: Int) -> UInt64? {
      guard i + count <= bytes.count else { return nil }
      defer { i += count }
      return (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[i + $1]) << (8 * UInt64($1)) }
    }
    while i < bytes.count {
      guard let key = varint(), key >> 3 > 0 else { return nil }
      let field = Int(key >> 3)
      let value: Value?
      switch key & 7 {
      case 0: value = varint().map { .varint($0) }
      case 1: value = fixed(8).map { .fixed64($0) }
      case 5: value = fixed(4).map { .fixed32(UInt32($0)) }
      case 2:
        guard let n = varint(), n <= UInt64(bytes.count - i) else { return nil }
        value = .bytes(Array(bytes[i..<(i + Int(n))]))
        i += Int(n)
      default: value = nil
      }
      guard let value else { return nil }
      out.append((field, value))
    }
    return out
  }
}
