/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of TFRecord framing, and the
/// "masked" form TFRecord stores (so that a CRC of data holding CRCs is not itself a plain CRC).
enum CRC32C {
  static let table: [UInt32] = (0..<256).map { byte in
    var crc = UInt32(byte)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
    return crc
  }

  /// CRC32C("123456789") = 0xE3069283.
  static func checksum<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  /// `((crc >> 15) | (crc << 17)) + 0xa282ead8`, wrapping (TensorFlow's `crc32c::Mask`).
  static func masked(_ crc: UInt32) -> UInt32 {
    ((crc >> 15) | (crc << 17)) &+ 0xA282_EAD8
  }

  static func maskedChecksum<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
    masked(checksum(bytes))
  }
}
