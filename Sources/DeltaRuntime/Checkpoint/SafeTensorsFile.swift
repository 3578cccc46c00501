/// A safetensors file opened for reading: the header parsed and checked, the data memory-mapped.
///
/// Layout: 8-byte little-endian header length N, N bytes of JSON
/// `{"__metadata__": {str: str}, name: {"dtype", "shape", "data_offsets": [begin, end]}, ...}`, then the
/// data; offsets are relative to the data's start. Every entry is checked when the file is opened
/// (known dtype, non-negative shape, offsets inside the data, byte count = elements x dtype size, no
/// two tensors sharing bytes), with overflow-checked arithmetic, so reading a tensor afterwards cannot
/// fail on the file's contents.
public struct SafeTensorsFile: Sendable {
  /// One tensor's header entry.
  public struct Entry: Sendable, Equatable {
    public let name: String
    public let dtype: SafeTensorsDType
    public let shape: [Int]
    /// Byte range in the data section.
    public let begin: Int
    public let end: Int
    public var byteCount: Int { end - begin }
    public var elementCount: Int { shape.reduce(1, *) }  // checked at open
  }

  /// Refuse headers larger than this (the reference implementation's limit): a corrupt length must
  /// not make the reader allocate gigabytes.
  public static let maxHeaderLength = 100_000_000

  public let path: String
  public let metadata: [String: String]
  /// Sorted by name.
  public let entries: [Entry]
  private let file: MappedFile
  private let dataStart: Int

  public var names: [String] { entries.map(\.name) }
  public func entry(_ name: String) -> Entry? { index[name].map { entries[$0] } }
  private let index: [String: Int]

  /// Opens and validates `path`.
  public init(path: String) throws(CheckpointError) {
    let file = try MappedFile(path: path)
    let size = file.bytes.count
    guard size >= 8 else {
      throw CheckpointError(
        file: path,
        "truncated: \(size) bytes; a safetensors file starts with an 8-byte header length")
    }
    let raw = file.bytes.loadUnaligned(as: UInt64.self)
    let headerLength = UInt64(littleEndian: raw)
    guard headerLength <= UInt64(Self.maxHeaderLength) else {
      throw CheckpointError(
        file: path,
        "header length \(headerLength) bytes exceeds the limit of \(Self.maxHeaderLength) bytes (not a safetensors file, or corrupt)"
      )
    }
    let n = Int(headerLength)
    guard n <= size - 8 else {
      throw CheckpointError(
        file: path,
        "header length \(n) bytes runs past the end of the file (\(size) bytes); truncated?")
    }
    let header = UnsafeRawBufferPointer(rebasing: file.bytes[8..<(8 + n)])
    let parsed = try SafeTensorsHeader.parse(header, path: path, dataLength: size - 8 - n)
    self.path = path
    self.file = file
    self.dataStart = 8 + n
    self.metadata = parsed.metadata
    self.entries = parsed.entries
    var index: [String: Int] = [:]
    for (i, e) in parsed.entries.enumerated() { index[e.name] = i }
    self.index = index
  }

  /// Tensor `name` as Float32 (F32 as stored; F64 rounded; F16 and BF16 exactly).
  public func floats(_ name: String) throws(CheckpointError) -> [Float] {
    let e = try require(name)
    guard e.dtype.isFloat else {
      throw CheckpointError(
        file: path, tensor: name,
        "dtype \(e.dtype.rawValue), expected a float type (F32, F64, F16, BF16)")
    }
    return withBytes(e) { ElementDecode.floats($0, count: e.elementCount, dtype: e.dtype) }
  }

  /// Tensor `name` as Int32 token ids (I32, or I64 within Int32's range).
  public func int32s(_ name: String) throws(CheckpointError) -> [Int32] {
    let e = try require(name)
    guard e.dtype.isTokenID else {
      throw CheckpointError(
        file: path, tensor: name, "dtype \(e.dtype.rawValue), expected I32 or I64")
    }
    let count = e.elementCount
    let values: [Int64] = withBytes(e) { p in
      (0..<count).map { i in
        e.dtype == .i32
          ? Int64(Int32(bitPattern: ElementDecode.loadU32(p, i)))
          : Int64(bitPattern: ElementDecode.loadU64(p, i))
      }
    }
    var out: [Int32] = []
    out.reserveCapacity(count)
    for (i, v) in values.enumerated() {
      guard let small = Int32(exactly: v) else {
        throw CheckpointError(
          file: path, tensor: name, "element \(i) = \(v) does not fit in 32 bits")
      }
      out.append(small)
    }
    return out
  }

  private func require(_ name: String) throws(CheckpointError) -> Entry {
    guard let e = entry(name) else {
      throw CheckpointError(file: path, tensor: name, "not in the file")
    }
    return e
  }

  private func withBytes<R>(_ e: Entry, _ body: (UnsafeRawPointer) -> R) -> R {
    guard e.byteCount > 0, let base = file.bytes.baseAddress else {
      var dummy: UInt64 = 0
      return withUnsafeBytes(of: &dummy) { body($0.baseAddress!) }
    }
    return body(base + dataStart + e.begin)
  }
}
