import CLLVM

/// An LLVM failure, named after the kernel (or step) it happened in.
public struct CodegenError: Error, CustomStringConvertible, Sendable {
  public let kernel: String
  public let message: String
  public init(kernel: String, _ message: String) {
    self.kernel = kernel
    self.message = message
  }
  public var description: String { "[codegen \(kernel)] \(message)" }
}

/// Turns an `LLVMErrorRef` into a `CodegenError` (and frees it).
func check(_ err: LLVMErrorRef?, kernel: String, _ what: String) throws {
  guard let err else { return }
  let cmsg = LLVMGetErrorMessage(err)
  let text = cmsg.map { String(cString: $0) } ?? "unknown error"
  LLVMDisposeErrorMessage(cmsg)
  throw CodegenError(kernel: kernel, "\(what): \(text)")
}

/// Takes ownership of an LLVM-allocated C string.
func takeMessage(_ p: UnsafeMutablePointer<CChar>?) -> String {
  guard let p else { return "" }
  defer { LLVMDisposeMessage(p) }
  return String(cString: p)
}

/// The machine code is generated for: the host (for the JIT) or a fixed CPU (for dumps that must be identical
/// on every x86-64 machine).
public struct TargetSpec: Hashable, Sendable {
  public var triple: String
  public var cpu: String
  public var features: String

  /// The machine we run on: `znver3` with its 40-odd features here.
  public static let host: TargetSpec = {
    LLVMSupport.initialize()
    return TargetSpec(
      triple: takeMessage(LLVMGetDefaultTargetTriple()), cpu: takeMessage(LLVMGetHostCPUName()),
      features: takeMessage(LLVMGetHostCPUFeatures()))
  }()

  /// The fixed target of checked-in dumps (Generated/): Zen 3, features implied by the CPU name.
  public static let dump = TargetSpec(triple: "x86_64-pc-linux-gnu", cpu: "znver3", features: "")
}

enum LLVMSupport {
  /// LLVM's native-target registration is process-global and must happen once.
  static let initialized: Bool = {
    LLVMInitializeNativeTarget()
    LLVMInitializeNativeAsmPrinter()
    LLVMInitializeNativeAsmParser()
    return true
  }()
  static func initialize() { _ = initialized }

  /// A memory buffer holding a copy of `object` (object code), named `name` in LLVM's messages.
  static func memoryBuffer(copying object: [UInt8], name: String) -> LLVMMemoryBufferRef? {
    object.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) {
        LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, name)
      }
    }
  }

  /// "19.1.7": part of the disk-cache key, since object code from another LLVM may differ.
  static let version: String = {
    var (major, minor, patch): (UInt32, UInt32, UInt32) = (0, 0, 0)
    LLVMGetVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
  }()

  static func targetMachine(_ t: TargetSpec, kernel: String) throws -> LLVMTargetMachineRef {
    initialize()
    var target: LLVMTargetRef?
    var err: UnsafeMutablePointer<CChar>?
    if LLVMGetTargetFromTriple(t.triple, &target, &err) != 0 {
      throw CodegenError(kernel: kernel, "no target for \(t.triple): \(takeMessage(err))")
    }
    // PIC + small code model: the object is linked by the JIT anywhere in the address space.
    guard
      let tm = LLVMCreateTargetMachine(
        target, t.triple, t.cpu, t.features, LLVMCodeGenLevelAggressive, LLVMRelocPIC,
        LLVMCodeModelSmall)
    else { throw CodegenError(kernel: kernel, "cannot create a target machine for \(t.cpu)") }
    return tm
  }
}
