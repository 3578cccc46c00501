import Foundation

/// A spec file's text, read defensively: regular files only, at most `maxBytes`, UTF-8 only.
struct SourceFile: Sendable {
  /// The path as given (used in diagnostics).
  var path: String
  var text: String
  var lines: [Substring]

  /// Specs are small; anything larger is a mistake (or an attack) and is refused before parsing.
  static let maxBytes = 1 << 20

  /// Text longer than `maxBytes` keeps no lines (it is refused before parsing; splitting 50 MB of
  /// characters would take seconds).
  init(path: String, text: String) {
    self.path = path
    self.text = text
    guard text.utf8.count <= Self.maxBytes else {
      self.lines = []
      return
    }
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.last == "\r" ? $0.dropLast() : $0 }
  }

  func line(_ number: Int) -> String? {
    guard number >= 1, number <= lines.count else { return nil }
    return String(lines[number - 1])
  }

  /// Why a file could not be read, as a message and a hint (the caller knows where to report it).
  struct ReadError: Error, Sendable {
    var message: String
    var hint: String?
    /// Set for text that is not UTF-8: where the first bad byte is.
    var line = 0
    var column = 0
    var sourceLine: String?
  }

  static func read(_ path: String) -> Result<SourceFile, ReadError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(ReadError(message: "no such file", hint: nil))
    }
    if isDirectory.boolValue {
      return .failure(
        ReadError(
          message: "this is a directory, not a spec file",
          hint: "name a .yaml file, e.g. \(path)/x.yaml"))
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      return .failure(ReadError(message: "not a regular file", hint: nil))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(ReadError(message: "cannot read the file (permission denied?)", hint: nil))
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maxBytes + 1) ?? Data()
    } catch {
      return .failure(
        ReadError(message: "cannot read the file: \(error.localizedDescription)", hint: nil))
    }
    if data.count > maxBytes {
      return .failure(
        ReadError(
          message: "the file is too large for a spec (more than \(maxBytes / 1024) KiB)", hint: nil)
      )
    }
    return decode(path: path, bytes: [UInt8](data))
  }

  /// Strict UTF-8 decoding; on failure, reports the first bad byte's line and column.
  static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, ReadError> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      return .success(SourceFile(path: path, text: text))
    }
    let bad = firstInvalidOffset(body)
    let lineStart = body[..<bad].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? body.startIndex
    let line = body[..<bad].filter { $0 == UInt8(ascii: "\n") }.count + 1
    let column = String(decoding: body[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
    let lineEnd = body[bad...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
    let shown = String(decoding: body[lineStart..<lineEnd], as: UTF8.self)
    let byte = String(body[bad], radix: 16, uppercase: true)
    return .failure(
      ReadError(
        message: "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte))",
        hint: "a spec is a YAML text file; save it as UTF-8", line: line, column: column,
        sourceLine: shown))
  }

  /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
  private static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let end = min(bytes.endIndex, index + 4)
      var advanced = false
      for length in 1...4 where index + length <= end {
        if String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil {
          index += length
          advanced = true
          break
        }
      }
      if !advanced { return index }
    }
    return bytes.endIndex
  }
}
