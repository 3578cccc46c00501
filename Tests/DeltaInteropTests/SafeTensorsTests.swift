import DeltaRuntime
import Foundation
import Testing

@Suite struct SafeTensorsFormat {
  /// The exact bytes of a one-tensor file: the format, not just our own reader agreeing with our writer.
  @Test func writerEmitsTheReferenceLayout() throws {
    let t = NamedTensor(name: "a", shape: [2], floats: [1, -2])
    let out = try SafeTensorsWriter.encode([t], file: "a.safetensors")
    let header = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
    let padded = header + String(repeating: " ", count: (8 - header.utf8.count % 8) % 8)
    #expect(out == safetensors(header: padded, data: bytes([Float(1), Float(-2)])))
    #expect((out.count - 8) % 8 == 0)
  }

  @Test func roundTripIsBitExactWithMetadata() throws {
    let dir = TempDir()
    let specials: [Float] = [
      0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
      Float(bitPattern: 0x7FC0_1234), Float(bitPattern: 0xFF80_0001), 1.0 / 3,
    ]
    let tensors = [
      NamedTensor(name: "z.special", shape: [3, 3], floats: specials),
      NamedTensor(name: "a.empty", shape: [0, 4], floats: []),
      NamedTensor(name: "m.scalar", shape: [], floats: [42]),
      NamedTensor(name: "ids", shape: [1, 2], elements: .i64([7, -3])),
    ]
    let meta = ["step": "12", "note": "quote \" backslash \\ newline \n tab \t é"]
    let path = dir.file("x.safetensors")
    try SafeTensorsWriter.write(tensors, metadata: meta, to: path)
    let f = try SafeTensorsFile(path: path)
    #expect(f.metadata == meta)
    #expect(f.names == ["a.empty", "ids", "m.scalar", "z.special"])
    #expect(try f.floats("z.special").map(\.bitPattern) == specials.map(\.bitPattern))
    #expect(f.entry("z.special")?.shape == [3, 3])
    #expect(try f.floats("a.empty") == [])
    #expect(f.entry("m.scalar")?.shape == [])
    #expect(try f.floats("m.scalar") == [42])
    #expect(try f.int32s("ids") == [7, -3])
    #expect(dir.entries() == ["x.safetensors"], "no temporary file left behind")
    // Same tensors in another order: the same bytes.
    let again = try SafeTensorsWriter.encode(tensors.reversed(), metadata: meta, file: "y")
    #expect(again == Array(try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  @Test func readsF64F16BF16AsFloat32() throws {
    let dir = TempDir()
    let f64 = bytes([0.1, -2.5, 1e300])
    let f16 = bytes([UInt16(0x3C00), 0xC000, 0x0001, 0x7C00, 0x8400, 0x3555])
    let bf16 = bytes([UInt16(0x3F80), 0xC040, 0x0001, 0xFF80])
    let header = """
      {"d":{"dtype":"F64","shape":[3],"data_offsets":[0,24]},\
      "h":{"dtype":"F16","shape":[2,3],"data_offsets":[24,36]},\
      "b":{"dtype":"BF16","shape":[4],"data_offsets":[36,44]},\
      "i":{"dtype":"I32","shape":[2],"data_offsets":[44,52]}}
      """
    let path = dir.write(
      "mixed", safetensors(header: header, data: f64 + f16 + bf16 + bytes([Int32(5), -1])))
    let f = try SafeTensorsFile(path: path)
    #expect(try f.floats("d") == [Float(0.1), -2.5, .infinity])
    let h = try f.floats("h")
    #expect(
      h == [
        1, -2, Float(sign: .plus, exponent: -24, significand: 1), .infinity, -0.00006103515625,
        0.333251953125,
      ])
    #expect(
      try f.floats("b").map(\.bitPattern) == [0x3F80_0000, 0xC040_0000, 0x0001_0000, 0xFF80_0000])
    #expect(try f.int32s("i") == [5, -1])
    #expect(throws: CheckpointError.self) { try f.floats("i") }
    #expect(throws: CheckpointError.self) { try f.int32s("d") }
  }

  @Test func tokenIDsOutsideInt32AreRefused() throws {
    let dir = TempDir()
    let header = #"{"input_ids":{"dtype":"I64","shape":[2],"data_offsets":[0,16]}}"#
    let path = dir.write(
      "ids", safetensors(header: header, data: bytes([Int64(1), Int64(1) << 40])))
    let f = try SafeTensorsFile(path: path)
    #expect(
      throws: CheckpointError(
        file: path, tensor: "input_ids", "element 1 = 1099511627776 does not fit in 32 bits")
    ) {
      try f.int32s("input_ids")
    }
  }

  @Test func atomicWriteReplacesAndNeverLeavesTemporaries() throws {
    let dir = TempDir()
    let path = dir.file("c.safetensors")
    try SafeTensorsWriter.write([NamedTensor(name: "w", shape: [1], floats: [1])], to: path)
    try SafeTensorsWriter.write([NamedTensor(name: "w", shape: [1], floats: [2])], to: path)
    #expect(try SafeTensorsFile(path: path).floats("w") == [2])
    #expect(dir.entries() == ["c.safetensors"])
    let missing = dir.file("no/such/dir/c.safetensors")
    #expect(throws: CheckpointError.self) {
      try SafeTensorsWriter.write([NamedTensor(name: "w", shape: [1], floats: [1])], to: missing)
    }
    #expect(throws: CheckpointError(file: "f", tensor: "w", "3 elements do not fill shape [2, 2]"))
    {
      _ = try SafeTensorsWriter.encode(
        [NamedTensor(name: "w", shape: [2, 2], floats: [1, 2, 3])], file: "f")
    }
  }
}
