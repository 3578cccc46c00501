import CLLVM
import Foundation

/// Names the JIT'd kernels for `perf` (Linux). With `DELTAC_PERF_MAP=1` in the environment, every
/// kernel linked appends one `start size name` line (hex) per function to `/tmp/perf-<pid>.map`, the
/// file `perf report` reads for code it has no binary for, and leaves its object file in
/// `/tmp/deltac-perf-<pid>/` (`objdump -d` it to read the instructions at the offsets that
/// `perf script -F ip,sym` gives: ip minus the map's start). Off by default.
struct PerfMap {
  /// The map file, and the folder for the object files.
  var map: String
  var objects: String

  /// The process's map when `DELTAC_PERF_MAP=1`, else nil.
  static let process: PerfMap? = {
    guard ProcessInfo.processInfo.environment["DELTAC_PERF_MAP"] == "1" else { return nil }
    let pid = getpid()
    return PerfMap(map: "/tmp/perf-\(pid).map", objects: "/tmp/deltac-perf-\(pid)")
  }()

  /// Records the functions of `object`, linked at `addresses` (by symbol name).
  func record(_ object: [UInt8], kernel: String, addresses: [String: UInt64]) {
    let sizes = Self.functionSizes(object, kernel: kernel)
    let lines = addresses.sorted { $0.value < $1.value }.map { name, start in
      String(start, radix: 16) + " " + String(sizes[name] ?? 1, radix: 16) + " " + name + "\n"
    }
    Self.append(lines.joined(), to: map)
    try? FileManager.default.createDirectory(atPath: objects, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
      atPath: objects + "/" + kernel.prefix(200) + ".o", contents: Data(object))
  }

  /// Each symbol's size in bytes, from the object file's symbol table.
  static func functionSizes(_ object: [UInt8], kernel: String) -> [String: UInt64] {
    let buffer = LLVMSupport.memoryBuffer(copying: object, name: kernel)
    var message: UnsafeMutablePointer<CChar>?
    // The binary takes no ownership of the buffer: both are disposed of here.
    defer { LLVMDisposeMemoryBuffer(buffer) }
    guard let binary = LLVMCreateBinary(buffer, nil, &message) else {
      LLVMDisposeMessage(message)
      return [:]
    }
    defer { LLVMDisposeBinary(binary) }
    let symbols = LLVMObjectFileCopySymbolIterator(binary)
    defer { LLVMDisposeSymbolIterator(symbols) }
    var sizes: [String: UInt64] = [:]
    while LLVMObjectFileIsSymbolIteratorAtEnd(binary, symbols) == 0 {
      if let name = LLVMGetSymbolName(symbols) {
        sizes[String(cString: name)] = LLVMGetSymbolSize(symbols)
      }
      LLVMMoveToNextSymbol(symbols)
    }
    return sizes
  }

  /// Appends with O_APPEND: one write per kernel, so threads linking kernels at once do not
  /// interleave their lines.
  static func append(_ text: String, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
  }
}
