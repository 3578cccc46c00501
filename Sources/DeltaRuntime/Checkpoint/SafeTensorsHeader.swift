/// Parses and checks a safetensors JSON header against the size of the data that follows it.
enum SafeTensorsHeader {
  struct Parsed {
    var metadata: [String: String]
    var entries: [SafeTensorsFile.Entry]
  }

  static func parse(_ bytes: UnsafeRawBufferPointer, path: String, dataLength: Int)
    throws(CheckpointError) -> Parsed
  {
    guard let json = JSONValue.parse(bytes) else {
      throw CheckpointError(file: path, "header is not valid JSON")
    }
    guard case .object(let fields) = json else {
      throw CheckpointError(file: path, "header is \(json.kind), expected a JSON object")
    }
    var metadata: [String: String] = [:]
    var entries: [SafeTensorsFile.Entry] = []
    for name in fields.keys.sorted() {
      guard let value = fields[name] else { continue }
      if name == "__metadata__" {
        metadata = try parseMetadata(value, path: path)
      } else {
        entries.append(try parseEntry(name, value, path: path, dataLength: dataLength))
      }
    }
    try checkOverlaps(entries, path: path)
    return Parsed(metadata: metadata, entries: entries)
  }

  static func parseMetadata(_ value: JSONValue, path: String) throws(CheckpointError) -> [String:
    String]
  {
    guard case .object(let pairs) = value else {
      throw CheckpointError(
        file: path, "__metadata__ is \(value.kind), expected an object of strings")
    }
    var out: [String: String] = [:]
    for (key, v) in pairs {
      guard case .string(let s) = v else {
        throw CheckpointError(
          file: path, "__metadata__ value of '\(key)' is \(v.kind), expected a string")
      }
      out[key] = s
    }
    return out
  }

  static func parseEntry(_ name: String, _ value: JSONValue, path: String, dataLength: Int)
    throws(CheckpointError) -> SafeTensorsFile.Entry
  {
    func fail(_ message: String) -> CheckpointError {
      CheckpointError(file: path, tensor: name, message)
    }
    guard case .object(let f) = value else {
      throw fail("header entry is \(value.kind), expected an object")
    }
    guard case .string(let dtypeName)? = f["dtype"] else {
      throw fail("missing or non-string 'dtype'")
    }
    guard let dtype = SafeTensorsDType(rawValue: dtypeName) else {
      throw fail("unknown dtype \(JSONText.quote(dtypeName))")
    }
    guard case .array(let dims)? = f["shape"] else { throw fail("missing or non-list 'shape'") }
    var shape: [Int] = []
    for d in dims {
      guard case .int(let v) = d, v >= 0, let size = Int(exactly: v) else {
        throw fail("shape \(JSONValue.array(dims).text) has an entry that is not a size >= 0")
      }
      shape.append(size)
    }
    guard case .array(let offsets)? = f["data_offsets"], offsets.count == 2,
      case .int(let b) = offsets[0], case .int(let e) = offsets[1]
    else {
      throw fail("'data_offsets' must be a list of two integers [begin, end]")
    }
    let range = "data_offsets [\(b), \(e)]"
    guard b >= 0, b <= e, let begin = Int(exactly: b), let end = Int(exactly: e) else {
      throw fail("\(range) are not 0 <= begin <= end")
    }
    guard end <= dataLength else {
      throw fail("\(range) run past the end of the data (\(dataLength) bytes); truncated file?")
    }
    let needed = byteCount(shape, dtype)
    guard let needed, needed == end - begin else {
      let what = needed.map { "\($0) bytes" } ?? "more bytes than fit in 64 bits"
      throw fail(
        "\(range) hold \(end - begin) bytes, but dtype \(dtype.rawValue) shape \(shapeText(shape)) needs \(what)"
      )
    }
    return SafeTensorsFile.Entry(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
  }

  /// elements x element size, or nil on overflow.
  static func byteCount(_ shape: [Int], _ dtype: SafeTensorsDType) -> Int? {
    var total = dtype.size
    for d in shape {
      let (product, overflow) = total.multipliedReportingOverflow(by: d)
      if overflow { return nil }
      total = product
    }
    return total
  }

  /// No two non-empty tensors may share a byte.
  static func checkOverlaps(_ entries: [SafeTensorsFile.Entry], path: String)
    throws(CheckpointError)
  {
    let sorted = entries.filter { $0.byteCount > 0 }.sorted {
      ($0.begin, $0.name) < ($1.begin, $1.name)
    }
    for (previous, next) in zip(sorted, sorted.dropFirst()) where next.begin < previous.end {
      throw CheckpointError(
        file: path, tensor: next.name,
        "data_offsets [\(next.begin), \(next.end)] overlap tensor '\(previous.name)' [\(previous.begin), \(previous.end)]"
      )
    }
  }

  static func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }
}
