/// TFRecord framing, the container of TensorBoard's event files: per record, its length (uint64
/// little-endian), the masked CRC32C of those 8 bytes, the data, and the masked CRC32C of the data
/// (all little-endian).
enum TFRecord {
  static func frame(_ data: [UInt8]) -> [UInt8] {
    let length = littleEndian(UInt64(data.count), count: 8)
    return length + littleEndian(UInt64(CRC32C.maskedChecksum(length)), count: 4) + data
      + littleEndian(UInt64(CRC32C.maskedChecksum(data)), count: 4)
  }

  /// The records of a file, up to the first one that is cut short or fails a CRC check (a writer
  /// killed mid-record leaves a partial last one), and how many bytes those good records take.
  static func records(_ bytes: [UInt8]) -> (records: [[UInt8]], validBytes: Int) {
    var records: [[UInt8]] = []
    var i = 0
    while i + 16 <= bytes.count {
      let header = bytes[i..<(i + 8)]
      guard read(bytes, at: i + 8, count: 4) == UInt64(CRC32C.maskedChecksum(header)) else { break }
      let length = read(bytes, at: i, count: 8)
      guard length <= UInt64(bytes.count - i - 16) else { break }
      let start = i + 12
      let end = start + Int(length)
      let data = bytes[start..<end]
      guard read(bytes, at: end, count: 4) == UInt64(CRC32C.maskedChecksum(data)) else { break }
      records.append(Array(data))
      i = end + 4
    }
    return (records, i)
  }

  static func littleEndian(_ value: UInt64, count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }

  static func read(_ bytes: [UInt8], at offset: Int, count: Int) -> UInt64 {
    (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
  }
}
