import Foundation
import Testing

@testable import DeltaExperiment

/// The TensorBoard event file's layers, each against known bytes: CRC32C, its TFRecord mask, the
/// framing, and the protobuf of an `Event` computed by hand (and checked against tensorboard 2.21's
/// own `event_pb2` / `text_pb` serialization).
@Suite struct TensorBoardEncodingTests {
  static func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.filter { !$0.isWhitespace })
    return stride(from: 0, to: digits.count, by: 2).map {
      UInt8(String(digits[$0...$0 + 1]), radix: 16)!
    }
  }

  /// RFC 3720 B.4's vectors and the usual check value.
  @Test func crc32cKnownVectors() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
    #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    #expect(CRC32C.checksum([UInt8]()) == 0)
  }

  /// mask(c) = ((c >> 15) | (c << 17)) + 0xa282ead8: for 0xE3069283 the rotation gives 0x2507C60D
  /// (0x1C60D | 0x1283 << 17), plus the constant 0xC78AB0E5.
  @Test func maskedCRC() {
    #expect(CRC32C.masked(0) == 0xA282_EAD8)
    #expect(CRC32C.masked(0xE306_9283) == 0xC78A_B0E5)
    #expect(CRC32C.masked(0xFFFF_FFFF) == 0xA282_EAD7, "wraps around")
  }

  /// "abc": length 3 (8 bytes LE), masked CRC of those 8 bytes, the data, masked CRC of the data.
  @Test func tfrecordFraming() {
    let frame = TFRecord.frame(Array("abc".utf8))
    #expect(frame == Self.hex("0300000000000000 b099490e 616263 6e57f121"))
    #expect(TFRecord.read(frame, at: 8, count: 4) == UInt64(CRC32C.maskedChecksum(frame[0..<8])))
    let two = frame + TFRecord.frame([])
    let parsed = TFRecord.records(two)
    #expect(parsed.records == [Array("abc".utf8), []])
    #expect(parsed.validBytes == two.count)
  }

  /// A record cut short (a writer killed mid-write) or with a wrong CRC ends the good records.
  @Test func damagedRecordsAreNotRead() {
    let good = TFRecord.frame(Array("first".utf8))
    let second = TFRecord.frame(Array("second".utf8))
    for cut in 1..<second.count {
      let parsed = TFRecord.records(good + second.prefix(cut))
      #expect(parsed.records == [Array("first".utf8)] && parsed.validBytes == good.count)
    }
    for flipped in [3, 9, 14, second.count - 1] {
      var bad = second
      bad[flipped] ^= 0x01
      let parsed = TFRecord.records(good + bad + good)
      #expect(parsed.records.count == 1, "byte \(flipped) flipped")
    }
  }

  /// Event{wall_time: 1.5, step: 3, summary{value{tag: "train/loss", simple_value: 0.25}}}.
  @Test func scalarEventBytes() {
    let event = TensorBoardEvent(
      wallTime: 1.5, step: 3, values: [.scalar(tag: "train/loss", 0.25)])
    let expected = Self.hex(
      """
      09 000000000000f83f
      10 03
      2a 13
         0a 11
            0a 0a 747261696e2f6c6f7373
            15 0000803e
      """)
    // 09: field 1, fixed64 (1.5 = 0x3FF8000000000000 LE); 10: field 2, varint 3; 2a: field 5,
    // length-delimited, 19 bytes: 0a (Summary.value, 17 bytes): 0a 0a "train/loss", 15: field 2
    // fixed32 (0.25 = 0x3E800000 LE).
    #expect(event.encoded() == expected)
    #expect(TensorBoardEvent(decoding: expected) == event)
  }

  /// The first event: wall time and file_version "brain.Event:2"; step 0 is left out (proto3).
  @Test func fileVersionEventBytes() {
    let event = TensorBoardEvent(wallTime: 1.5, step: 0, fileVersion: "brain.Event:2")
    #expect(event.encoded() == Self.hex("09 000000000000f83f 1a 0d 627261696e2e4576656e743a32"))
    #expect(TensorBoardEvent(decoding: event.encoded()) == event)
  }

  /// A text summary as tensorboard's `text_pb("spec", "a: 1")` serializes it: tag, tensor
  /// {dtype DT_STRING (7), tensor_shape {} (a scalar), string_val "a: 1"}, metadata
  /// {plugin_data {plugin_name "text"}}; and a step whose varint takes two bytes (300 = ac 02).
  @Test func textEventBytes() {
    let event = TensorBoardEvent(wallTime: 1.5, step: 300, values: [.text(tag: "spec", "a: 1")])
    let summary = Self.hex(
      """
      0a 1c
         0a 04 73706563
         42 0a  08 07  12 00  42 04 613a2031
         4a 08  0a 06  0a 04 74657874
      """)
    #expect(event.encoded() == Self.hex("09 000000000000f83f 10 ac02 2a 1e") + summary)
    #expect(TensorBoardEvent(decoding: event.encoded()) == event)
  }

  @Test func varintsAndNegativeSteps() {
    var w = ProtobufWriter()
    w.varint(0)
    w.varint(127)
    w.varint(128)
    w.varint(UInt64.max)
    #expect(w.bytes == Self.hex("00 7f 8001 ffffffffffffffffff01"))
    let event = TensorBoardEvent(wallTime: -2, step: -1, values: [.scalar(tag: "x", .nan)])
    let decoded = TensorBoardEvent(decoding: event.encoded())
    #expect(decoded?.step == -1 && decoded?.wallTime == -2)
    guard case .scalar(_, let x) = decoded?.values.first else {
      Issue.record("no scalar decoded")
      return
    }
    #expect(x.isNaN)
  }

  /// Bytes that are not a message: a truncated varint, a length past the end, wire type 3.
  @Test func malformedMessagesAreRejected() {
    #expect(ProtobufReader.fields([0x10, 0x80]) == nil)
    #expect(ProtobufReader.fields([0x0A, 0x05, 0x61]) == nil)
    #expect(ProtobufReader.fields([0x0B]) == nil)
    #expect(TensorBoardEvent(decoding: [0x2A, 0x02, 0x0A, 0x09]) == nil)
  }
}
