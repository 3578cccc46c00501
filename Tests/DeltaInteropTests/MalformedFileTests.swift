import DeltaRuntime
import Foundation
import Testing

/// The malformed-file corpus: each file is built here, and each must give exactly this error (which
/// names the file, and the tensor when one is at fault) and never trap.
@Suite struct MalformedSafeTensors {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let error: String
    var testDescription: String { name }
  }

  static let f32x2 = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
  static func entry(_ dtype: String, _ shape: String, _ offsets: String) -> String {
    #"{"a":{"dtype":"\#(dtype)","shape":\#(shape),"data_offsets":\#(offsets)}}"#
  }

  static let cases: [Case] = [
    Case(
      name: "empty", bytes: [],
      error: "truncated: 0 bytes; a safetensors file starts with an 8-byte header length"),
    Case(
      name: "five_bytes", bytes: [1, 2, 3, 4, 5],
      error: "truncated: 5 bytes; a safetensors file starts with an 8-byte header length"),
    Case(
      name: "header_past_end", bytes: safetensors(header: "{}", length: 100),
      error: "header length 100 bytes runs past the end of the file (10 bytes); truncated?"),
    Case(
      name: "gigantic_header", bytes: safetensors(header: "{}", length: 1 << 40),
      error:
        "header length 1099511627776 bytes exceeds the limit of 100000000 bytes (not a safetensors file, or corrupt)"
    ),
    Case(
      name: "max_header", bytes: safetensors(header: "{}", length: .max),
      error:
        "header length 18446744073709551615 bytes exceeds the limit of 100000000 bytes (not a safetensors file, or corrupt)"
    ),
    Case(
      name: "invalid_json", bytes: safetensors(header: #"{"a": "#),
      error: "header is not valid JSON"),
    Case(
      name: "not_utf8", bytes: safetensors(header: "{\"\u{7F}\"}").map { $0 == 0x7F ? 0xFF : $0 },
      error: "header is not valid JSON"),
    Case(
      name: "nesting_bomb", bytes: safetensors(header: String(repeating: "[", count: 100_000)),
      error: "header is not valid JSON"),
    Case(
      name: "header_is_list", bytes: safetensors(header: "[1, 2]"),
      error: "header is a list, expected a JSON object"),
    Case(
      name: "entry_not_object", bytes: safetensors(header: #"{"a": 3}"#),
      error: "tensor 'a': header entry is an integer, expected an object"),
    Case(
      name: "unknown_dtype",
      bytes: safetensors(header: entry("F31", "[2]", "[0,8]"), data: Array(repeating: 0, count: 8)),
      error: "tensor 'a': unknown dtype \"F31\""),
    Case(
      name: "missing_dtype",
      bytes: safetensors(header: #"{"a":{"shape":[2],"data_offsets":[0,8]}}"#),
      error: "tensor 'a': missing or non-string 'dtype'"),
    Case(
      name: "negative_dim",
      bytes: safetensors(
        header: entry("F32", "[-1]", "[0,8]"), data: Array(repeating: 0, count: 8)),
      error: "tensor 'a': shape [-1] has an entry that is not a size >= 0"),
    Case(
      name: "fractional_offset",
      bytes: safetensors(
        header: entry("F32", "[2]", "[0.5,8]"), data: Array(repeating: 0, count: 8)),
      error: "tensor 'a': 'data_offsets' must be a list of two integers [begin, end]"),
    Case(
      name: "huge_offset", bytes: safetensors(header: entry("F32", "[2]", "[0,1e30]")),
      error: "tensor 'a': 'data_offsets' must be a list of two integers [begin, end]"),
    Case(
      name: "reversed_offsets",
      bytes: safetensors(header: entry("F32", "[2]", "[8,0]"), data: Array(repeating: 0, count: 8)),
      error: "tensor 'a': data_offsets [8, 0] are not 0 <= begin <= end"),
    Case(
      name: "offsets_past_data",
      bytes: safetensors(
        header: entry("F32", "[4]", "[0,16]"), data: Array(repeating: 0, count: 8)),
      error:
        "tensor 'a': data_offsets [0, 16] run past the end of the data (8 bytes); truncated file?"),
    Case(
      name: "size_mismatch",
      bytes: safetensors(header: entry("F32", "[3]", "[0,8]"), data: Array(repeating: 0, count: 8)),
      error: "tensor 'a': data_offsets [0, 8] hold 8 bytes, but dtype F32 shape [3] needs 12 bytes"),
    Case(
      name: "shape_overflow",
      bytes: safetensors(header: entry("F32", "[4294967296,4294967296,4294967296]", "[0,0]")),
      error:
        "tensor 'a': data_offsets [0, 0] hold 0 bytes, but dtype F32 shape [4294967296, 4294967296, 4294967296] needs more bytes than fit in 64 bits"
    ),
    Case(
      name: "overlap",
      bytes: safetensors(
        header:
          #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#,
        data: Array(repeating: 0, count: 12)),
      error: "tensor 'b': data_offsets [4, 12] overlap tensor 'a' [0, 8]"),
    Case(
      name: "metadata_not_string", bytes: safetensors(header: #"{"__metadata__":{"step":3}}"#),
      error: "__metadata__ value of 'step' is an integer, expected a string"),
    Case(
      name: "truncated_data", bytes: safetensors(header: f32x2, data: [0, 0, 128, 63, 0]),
      error:
        "tensor 'a': data_offsets [0, 8] run past the end of the data (5 bytes); truncated file?"),
  ]

  @Test(arguments: cases)
  func malformedFileGivesItsError(_ c: Case) throws {
    let dir = TempDir()
    let path = dir.write(c.name + ".safetensors", c.bytes)
    #expect(readError(path) == "\(path): error: \(c.error)")
  }

  @Test func missingFileAndDirectory() throws {
    let dir = TempDir()
    #expect(readError(dir.file("nope")) == "\(dir.file("nope")): error: no such file")
    #expect(readError(dir.path) == "\(dir.path): error: is a directory")
  }

  /// Every prefix of a valid file and every single-byte corruption of its header either reads or
  /// throws; none traps (a trap would end the test process).
  @Test func everyTruncationAndHeaderByteFlipIsHandled() throws {
    let dir = TempDir()
    let valid = try SafeTensorsWriter.encode(
      [
        NamedTensor(name: "w", shape: [2, 3], floats: [1, 2, 3, 4, 5, 6]),
        NamedTensor(name: "b", shape: [3], floats: [7, 8, 9]),
      ], metadata: ["step": "1"], file: "v")
    var failures = 0
    for n in 0..<valid.count {
      if readError(dir.write("t", Array(valid[..<n]))) != nil { failures += 1 }
    }
    #expect(failures == valid.count, "every strict prefix is refused")
    let headerEnd = 8 + Int(valid[0]) + Int(valid[1]) << 8
    for i in 0..<headerEnd {
      for flip: UInt8 in [0x01, 0x80, 0x20] {
        var corrupt = valid
        corrupt[i] ^= flip
        if let f = try? SafeTensorsFile(path: dir.write("c", corrupt)) {
          for name in f.names { _ = try? f.floats(name) }
        }
      }
    }
  }
}
