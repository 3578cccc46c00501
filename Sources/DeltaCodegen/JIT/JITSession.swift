import CLLVM
import Foundation

/// The process-wide ORC LLJIT. Kernels arrive as object code (fresh from `Compiler` or from the disk cache)
/// and are looked up by name; kernel names encode their specialization, so they must never clash: a
/// name that arrives again with another kernel's identity is refused (it would silently run the first
/// one's code).
///
/// `@unchecked Sendable`: LLJIT itself is thread-safe, and every use of the handle goes through `lock`
/// anyway; the handle lives as long as the process (JIT'd code may be called at any time).
public final class JITSession: @unchecked Sendable {
  public static let shared: JITSession = {
    do { return try JITSession() } catch { fatalError("cannot start the LLVM JIT: \(error)") }
  }()

  private let jit: LLVMOrcLLJITRef
  private let lock = NSLock()
  private var addresses: [String: UInt64] = [:]
  /// The identity (`Kernel.hashValue`) each kernel name was linked with.
  private var identities: [String: Int] = [:]

  /// A separate LLJIT (tests use one to prove that a kernel really comes from the disk cache).
  public init() throws {
    LLVMSupport.initialize()
    var jtmb: LLVMOrcJITTargetMachineBuilderRef?
    try check(LLVMOrcJITTargetMachineBuilderDetectHost(&jtmb), kernel: "jit", "detect host")
    let builder = LLVMOrcCreateLLJITBuilder()
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, jtmb)
    var jit: LLVMOrcLLJITRef?
    try check(LLVMOrcCreateLLJIT(&jit, builder), kernel: "jit", "create LLJIT")
    self.jit = jit!
  }

  /// Links object code and returns the addresses of `symbols` in it. `identity` (the kernel's hash)
  /// is checked against the one the name was first linked with.
  public func addObject(
    _ object: [UInt8], symbols: [String], kernel: String, identity: Int? = nil
  ) throws -> [String: UInt64] {
    lock.lock()
    defer { lock.unlock() }
    if let identity {
      if let known = identities[kernel], known != identity {
        throw CodegenError(
          kernel: kernel,
          "this name already names another kernel in this JIT (a kernel's name must encode everything"
            + " its code depends on)")
      }
      identities[kernel] = identity
    }
    // A kernel already linked (same name = same code) is not linked twice: that would be a duplicate symbol.
    if symbols.allSatisfy({ addresses[$0] != nil }) {
      return Dictionary(uniqueKeysWithValues: symbols.map { ($0, addresses[$0]!) })
    }
    let buf = LLVMSupport.memoryBuffer(copying: object, name: kernel)
    try check(
      LLVMOrcLLJITAddObjectFile(jit, LLVMOrcLLJITGetMainJITDylib(jit), buf), kernel: kernel,
      "add object")
    var found: [String: UInt64] = [:]
    for s in symbols {
      var addr: LLVMOrcExecutorAddress = 0
      try check(LLVMOrcLLJITLookup(jit, &addr, s), kernel: kernel, "lookup \(s)")
      addresses[s] = addr
      found[s] = addr
    }
    PerfMap.process?.record(object, kernel: kernel, addresses: found)
    return found
  }
}
