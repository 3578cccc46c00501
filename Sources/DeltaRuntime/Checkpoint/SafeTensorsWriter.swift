/// A tensor to write: a name, a shape and its elements (F32 parameters, or I64 / I32 token ids).
public struct NamedTensor: Sendable, Equatable {
  public enum Elements: Sendable, Equatable {
    case f32([Float])
    case i64([Int64])
    case i32([Int32])

    var count: Int {
      switch self {
      case .f32(let a): return a.count
      case .i64(let a): return a.count
      case .i32(let a): return a.count
      }
    }
    var dtype: SafeTensorsDType {
      switch self {
      case .f32: return .f32
      case .i64: return .i64
      case .i32: return .i32
      }
    }
  }

  public let name: String
  public let shape: [Int]
  public let elements: Elements

  public init(name: String, shape: [Int], elements: Elements) {
    self.name = name
    self.shape = shape
    self.elements = elements
  }

  public init(name: String, shape: [Int], floats: [Float]) {
    self.init(name: name, shape: shape, elements: .f32(floats))
  }
}

/// Writes safetensors files: `__metadata__` first, then the tensors sorted by name, data in the same
/// order, contiguous; the header padded with spaces to a multiple of 8 bytes (as the reference
/// implementation does), so the same tensors always give the same bytes.
public enum SafeTensorsWriter {
  /// The file's bytes. Throws when a tensor's elements do not fill its shape, a name repeats or is
  /// `__metadata__`.
  public static func encode(
    _ tensors: [NamedTensor], metadata: [String: String] = [:], file: String
  )
    throws(CheckpointError) -> [UInt8]
  {
    let sorted = tensors.sorted { $0.name < $1.name }
    var pairs: [(String, String)] = []
    if !metadata.isEmpty {
      let meta = metadata.keys.sorted().map { ($0, JSONText.quote(metadata[$0] ?? "")) }
      pairs.append(("__metadata__", JSONText.object(meta)))
    }
    var offset = 0
    var seen: Set<String> = []
    for t in sorted {
      guard t.name != "__metadata__", seen.insert(t.name).inserted else {
        throw CheckpointError(file: file, tensor: t.name, "written twice (or a reserved name)")
      }
      let bytes = SafeTensorsHeader.byteCount(t.shape, t.elements.dtype)
      guard t.shape.allSatisfy({ $0 >= 0 }), let bytes,
        bytes == t.elements.count * t.elements.dtype.size
      else {
        throw CheckpointError(
          file: file, tensor: t.name,
          "\(t.elements.count) elements do not fill shape \(SafeTensorsHeader.shapeText(t.shape))")
      }
      let shape = "[" + t.shape.map(String.init).joined(separator: ",") + "]"
      let entry = JSONText.object([
        ("dtype", JSONText.quote(t.elements.dtype.rawValue)), ("shape", shape),
        ("data_offsets", "[\(offset),\(offset + bytes)]"),
      ])
      pairs.append((t.name, entry))
      offset += bytes
    }
    var header = Array(JSONText.object(pairs).utf8)
    header += [UInt8](repeating: 0x20, count: (8 - header.count % 8) % 8)
    var out: [UInt8] = []
    out.reserveCapacity(8 + header.count + offset)
    withUnsafeBytes(of: UInt64(header.count).littleEndian) { out += $0 }
    out += header
    for t in sorted { append(t.elements, to: &out) }
    return out
  }

  /// Writes `tensors` to `path` atomically (temporary file, fsync, rename).
  public static func write(
    _ tensors: [NamedTensor], metadata: [String: String] = [:], to path: String
  )
    throws(CheckpointError)
  {
    let bytes = try encode(tensors, metadata: metadata, file: path)
    try AtomicFile.write(bytes, to: path)
  }

  private static func append(_ elements: NamedTensor.Elements, to out: inout [UInt8]) {
    switch elements {
    case .f32(let a): for v in a { withUnsafeBytes(of: v.bitPattern.littleEndian) { out += $0 } }
    case .i64(let a): for v in a { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    case .i32(let a): for v in a { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    }
  }
}
