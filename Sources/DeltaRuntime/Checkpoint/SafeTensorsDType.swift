/// The element types of the safetensors format. Float types read as Float32 (F32, F64, F16, BF16);
/// integer types read as token ids (I32, I64); the others are listed by `deltac inspect` only.
public enum SafeTensorsDType: String, Sendable, CaseIterable {
  case f64 = "F64"
  case f32 = "F32"
  case f16 = "F16"
  case bf16 = "BF16"
  case i64 = "I64"
  case i32 = "I32"
  case i16 = "I16"
  case i8 = "I8"
  case u64 = "U64"
  case u32 = "U32"
  case u16 = "U16"
  case u8 = "U8"
  case bool = "BOOL"
  case f8e4m3 = "F8_E4M3"
  case f8e5m2 = "F8_E5M2"

  /// Bytes per element.
  public var size: Int {
    switch self {
    case .f64, .i64, .u64: return 8
    case .f32, .i32, .u32: return 4
    case .f16, .bf16, .i16, .u16: return 2
    case .i8, .u8, .bool, .f8e4m3, .f8e5m2: return 1
    }
  }

  /// Read as Float32 parameters.
  public var isFloat: Bool { [.f64, .f32, .f16, .bf16].contains(self) }
  /// Read as token ids.
  public var isTokenID: Bool { self == .i32 || self == .i64 }
}

/// Element conversions to Float32 (little-endian bytes; the format's byte order).
enum ElementDecode {
  /// IEEE half to Float, exact (every half is a Float).
  static func half(_ h: UInt16) -> Float {
    let sign = UInt32(h & 0x8000) << 16
    let exponent = Int((h >> 10) & 0x1F)
    let mantissa = UInt32(h & 0x3FF)
    if exponent == 0x1F {  // inf / nan: keep the payload
      return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
    }
    if exponent == 0 {  // zero / subnormal: mantissa * 2^-24
      let magnitude = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
      return sign == 0 ? magnitude : -magnitude
    }
    return Float(bitPattern: sign | UInt32(exponent + 112) << 23 | (mantissa << 13))
  }

  /// bfloat16 to Float: the upper 16 bits of a Float.
  static func bfloat(_ b: UInt16) -> Float { Float(bitPattern: UInt32(b) << 16) }

  static func loadU16(_ p: UnsafeRawPointer, _ i: Int) -> UInt16 {
    UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))
  }
  static func loadU32(_ p: UnsafeRawPointer, _ i: Int) -> UInt32 {
    UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
  }
  static func loadU64(_ p: UnsafeRawPointer, _ i: Int) -> UInt64 {
    UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))
  }

  /// `count` elements of `dtype` at `p` as Float32 (F64 rounds to nearest).
  static func floats(_ p: UnsafeRawPointer, count: Int, dtype: SafeTensorsDType) -> [Float] {
    #if _endian(little)
      if dtype == .f32 {  // stored as the host stores it: one copy
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
          if let base = out.baseAddress {
            UnsafeMutableRawPointer(base).copyMemory(from: p, byteCount: 4 * count)
          }
          initialized = count
        }
      }
    #endif
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
      for i in 0..<count {
        switch dtype {
        case .f32: out[i] = Float(bitPattern: loadU32(p, i))
        case .f64: out[i] = Float(Double(bitPattern: loadU64(p, i)))
        case .f16: out[i] = half(loadU16(p, i))
        default: out[i] = bfloat(loadU16(p, i))
        }
      }
      initialized = count
    }
  }
}
