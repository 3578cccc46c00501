import Foundation

/// Two-level kernel cache.
///  - Memory: JIT'd addresses keyed by the kernel's structure (`Kernel` is `Hashable`).
///  - Disk (optional): optimized object code, one file per kernel, named and keyed by LLVM version, target
///    triple, host CPU, its features, the optimization pipeline and a hash of the LLVM IR the emitters
///    produce for the kernel (so a change to the emitters, not only to the kernel IR, misses the cache). A file whose header, key, length
///    or checksum does not match is ignored and rebuilt (then atomically replaced), never trusted.
///
/// `@unchecked Sendable`: all mutable state is behind `lock`.
public final class KernelCache: @unchecked Sendable {
  /// Where `shared` keeps object code: $DELTAC_KERNEL_CACHE, else ~/.cache/deltac/kernels.
  public static var defaultDirectory: URL {
    if let dir = ProcessInfo.processInfo.environment["DELTAC_KERNEL_CACHE"], !dir.isEmpty {
      return URL(fileURLWithPath: dir)
    }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
      ".cache/deltac/kernels")
  }

  public static let shared = KernelCache(directory: defaultDirectory)

  /// How each request was served, for progress lines and tests.
  public struct Stats: Equatable, Sendable {
    public var memoryHits = 0
    public var diskHits = 0
    public var compiles = 0
    /// Disk entries that existed but were rejected (corrupt, truncated, foreign).
    public var rejected = 0
  }

  public let directory: URL?
  let session: JITSession
  private let lock = NSLock()
  private var memory: [Kernel: UInt64] = [:]
  /// Spec -> addresses of its three kernels, so a repeated request does not even regenerate the kernel IR.
  private var bySpec: [DeltaKernelSpec: [UInt64]] = [:]
  private var _stats = Stats()
  public var stats: Stats { lock.withLock { _stats } }

  /// `directory: nil` keeps kernels in memory only. Kernels are linked into `session`.
  public init(directory: URL?, session: JITSession = .shared) {
    self.directory = directory
    self.session = session
  }

  /// The address of the JIT'd C function of `kernel`, compiling or loading it if needed.
  public func address(of kernel: Kernel) throws -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    if let a = memory[kernel] {
      _stats.memoryHits += 1
      return a
    }
    let key = try DiskKey(kernel: kernel)
    if let object = readEntry(key) {
      if let a = try? session.addObject(
        object, symbols: [kernel.name], kernel: kernel.name, identity: kernel.hashValue)[
          kernel.name]
      {
        _stats.diskHits += 1
        memory[kernel] = a
        return a
      }
      _stats.rejected += 1
    }
    let compiled = try Compiler.compile(name: kernel.name) {
      try LLVMEmitter.emit(kernel, into: $0)
    }
    _stats.compiles += 1
    writeEntry(key, compiled.object)
    let a = try session.addObject(
      compiled.object, symbols: [kernel.name], kernel: kernel.name, identity: kernel.hashValue)[
        kernel.name]!
    memory[kernel] = a
    return a
  }

  /// Addresses of the forward, backward and step kernels of `spec`.
  public func addresses(of spec: DeltaKernelSpec) throws -> [UInt64] {
    if let known = lock.withLock({ () -> [UInt64]? in
      guard let a = bySpec[spec] else { return nil }
      _stats.memoryHits += a.count
      return a
    }) {
      return known
    }
    let k = spec.kernels
    let found = try [k.forward, k.backward, k.step].map { try address(of: $0) }
    lock.withLock { bySpec[spec] = found }
    return found
  }

  /// The file an entry lives in (exposed for tests that damage it).
  public func entryURL(for kernel: Kernel) throws -> URL? {
    try directory.map { try DiskKey(kernel: kernel).url(in: $0) }
  }

  // MARK: disk entries: magic line, key line, payload length line, checksum line, payload.

  private static let magic = "deltac-kernel-object 1\n"

  private func readEntry(_ key: DiskKey) -> [UInt8]? {
    guard let dir = directory, let data = try? Data(contentsOf: key.url(in: dir)) else {
      return nil
    }
    let bytes = [UInt8](data)
    let header = Self.magic + key.text + "\n"
    guard bytes.count > header.utf8.count, bytes.starts(with: Array(header.utf8)) else {
      _stats.rejected += 1
      return nil
    }
    var rest = bytes[header.utf8.count...]
    guard let n1 = rest.firstIndex(of: 10),
      let length = Int(String(decoding: rest[..<n1], as: UTF8.self))
    else {
      _stats.rejected += 1
      return nil
    }
    rest = rest[(n1 + 1)...]
    guard let n2 = rest.firstIndex(of: 10) else {
      _stats.rejected += 1
      return nil
    }
    let sum = String(decoding: rest[..<n2], as: UTF8.self)
    let payload = Array(rest[(n2 + 1)...])
    guard payload.count == length, sum == Hash.hex(Hash.fnv128(payload)) else {
      _stats.rejected += 1
      return nil
    }
    return payload
  }

  private func writeEntry(_ key: DiskKey, _ object: [UInt8]) {
    guard let dir = directory else { return }
    var bytes = Array(
      (Self.magic + key.text + "\n\(object.count)\n" + Hash.hex(Hash.fnv128(object)) + "\n").utf8)
    bytes += object
    // Temporary file + rename: a reader never sees half an entry; failures only cost a rebuild next time.
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let url = key.url(in: dir)
      let tmp = url.appendingPathExtension("tmp\(getpid())")
      try Data(bytes).write(to: tmp)
      _ = try? FileManager.default.removeItem(at: url)
      try FileManager.default.moveItem(at: tmp, to: url)
    } catch {
      return
    }
  }
}

/// The disk-cache identity of a kernel's object code.
struct DiskKey {
  let text: String
  let file: String

  init(kernel: Kernel) throws {
    let host = TargetSpec.host
    let emitted = try Compiler.emittedIR(name: kernel.name, target: host) {
      try LLVMEmitter.emit(kernel, into: $0)
    }
    let irHash = Hash.hex(Hash.fnv128(Array(emitted.utf8)))
    text =
      "llvm \(LLVMSupport.version); \(host.triple); \(host.cpu); \(host.features); "
      + "\(Compiler.pipelineDescription); llvm-ir \(irHash)"
    file = "\(kernel.name)-\(Hash.hex(Hash.fnv128(Array(text.utf8))).prefix(16)).o"
  }

  func url(in dir: URL) -> URL { dir.appendingPathComponent(file) }
}

/// FNV-1a, twice with different offsets: 128 bits, enough to name cache entries (the full key is checked
/// inside the file anyway).
enum Hash {
  static func fnv128(_ bytes: [UInt8]) -> (UInt64, UInt64) {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x6c62_272e_07bb_0142
    for x in bytes {
      a = (a ^ UInt64(x)) &* 0x0000_0100_0000_01b3
      b = (b ^ UInt64(x)) &* 0x0000_0100_0000_01b3
      b = b ^ (b >> 29)
    }
    return (a, b)
  }

  static func hex(_ h: (UInt64, UInt64)) -> String {
    func pad(_ x: UInt64) -> String {
      let s = String(x, radix: 16)
      return String(repeating: "0", count: 16 - s.count) + s
    }
    return pad(h.0) + pad(h.1)
  }
}
