import CLLVM

/// One LLVM module under construction: the context, the module and the target it is built for.
/// Handed to emitters; freed by `Compiler` once the module has been turned into text or object code.
public final class LLVMModuleHandle {
  let context: LLVMContextRef
  let module: LLVMModuleRef
  let target: TargetSpec
  let name: String

  init(name: String, target: TargetSpec) {
    LLVMSupport.initialize()
    self.name = name
    self.target = target
    context = LLVMContextCreate()
    module = LLVMModuleCreateWithNameInContext(name, context)
    LLVMSetTarget(module, target.triple)
  }

  deinit {
    LLVMDisposeModule(module)
    LLVMContextDispose(context)
  }
}

/// What one compile produced.
public struct CompiledModule: Sendable {
  /// Optimized LLVM IR (text).
  public var optimizedIR: String
  /// Object code for the module's target (ELF), ready for `JITSession.addObject`.
  public var object: [UInt8]
}

/// The fixed pipeline every kernel goes through: verify, `default<O3>`, codegen.
public enum Compiler {
  /// Builds a module with `build`, verifies it and runs `default<O3>` for `target`.
  static func optimize(
    name: String, target: TargetSpec, build: (LLVMModuleHandle) throws -> Void
  ) throws -> LLVMModuleHandle {
    let m = LLVMModuleHandle(name: name, target: target)
    try build(m)
    var err: UnsafeMutablePointer<CChar>?
    if LLVMVerifyModule(m.module, LLVMReturnStatusAction, &err) != 0 {
      throw CodegenError(kernel: name, "module does not verify: \(takeMessage(err))")
    }
    _ = takeMessage(err)
    let tm = try LLVMSupport.targetMachine(target, kernel: name)
    defer { LLVMDisposeTargetMachine(tm) }
    let layout = LLVMCreateTargetDataLayout(tm)
    LLVMSetModuleDataLayout(m.module, layout)
    LLVMDisposeTargetData(layout)
    let opts = LLVMCreatePassBuilderOptions()
    defer { LLVMDisposePassBuilderOptions(opts) }
    LLVMPassBuilderOptionsSetLoopVectorization(opts, 1)
    LLVMPassBuilderOptionsSetSLPVectorization(opts, 1)
    LLVMPassBuilderOptionsSetLoopUnrolling(opts, 1)
    try check(LLVMRunPasses(m.module, "default<O3>", tm, opts), kernel: name, "default<O3>")
    return m
  }

  /// Verify + O3 + object code (and the optimized IR text, which costs little).
  public static func compile(
    name: String, target: TargetSpec = .host, build: (LLVMModuleHandle) throws -> Void
  ) throws -> CompiledModule {
    let m = try optimize(name: name, target: target, build: build)
    let ir = takeMessage(LLVMPrintModuleToString(m.module))
    let object = try emit(m, LLVMObjectFile)
    return CompiledModule(optimizedIR: ir, object: object)
  }

  /// The options of `optimize`, named in the disk cache's key so that a change to them invalidates entries.
  static let pipelineDescription = "default<O3> loop-vectorize slp-vectorize loop-unroll"

  /// The module `build` emits, as LLVM IR text, before verification and optimization: what the disk cache
  /// keys object code by, so that any change to the emitters (not only to the kernel IR) misses the cache.
  static func emittedIR(
    name: String, target: TargetSpec, build: (LLVMModuleHandle) throws -> Void
  ) throws -> String {
    let m = LLVMModuleHandle(name: name, target: target)
    try build(m)
    return takeMessage(LLVMPrintModuleToString(m.module))
  }

  /// Optimized IR and assembly, for dumps.
  public static func dump(
    name: String, target: TargetSpec, build: (LLVMModuleHandle) throws -> Void
  ) throws -> (ir: String, asm: String) {
    let m = try optimize(name: name, target: target, build: build)
    let ir = takeMessage(LLVMPrintModuleToString(m.module))
    let asm = try emit(m, LLVMAssemblyFile)
    return (ir, String(decoding: asm, as: UTF8.self))
  }

  /// Codegen changes the module, so it runs on a clone (toolchain.md pitfall 8).
  static func emit(_ m: LLVMModuleHandle, _ kind: LLVMCodeGenFileType) throws -> [UInt8] {
    let tm = try LLVMSupport.targetMachine(m.target, kernel: m.name)
    defer { LLVMDisposeTargetMachine(tm) }
    let clone = LLVMCloneModule(m.module)
    defer { LLVMDisposeModule(clone) }
    var err: UnsafeMutablePointer<CChar>?
    var buf: LLVMMemoryBufferRef?
    if LLVMTargetMachineEmitToMemoryBuffer(tm, clone, kind, &err, &buf) != 0 {
      throw CodegenError(kernel: m.name, "codegen: \(takeMessage(err))")
    }
    defer { LLVMDisposeMemoryBuffer(buf) }
    let start = UnsafeRawPointer(LLVMGetBufferStart(buf)!)
    return Array(UnsafeRawBufferPointer(start: start, count: LLVMGetBufferSize(buf)))
  }
}
