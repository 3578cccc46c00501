import CLLVM

/// Lowers a `Kernel` to an LLVM function through the C API builder.
///
/// Loops get an i64 counter in an entry-block alloca, and float variables are allocas too: `default<O3>`
/// (SROA, mem2reg) turns them into SSA values and registers, so the emitter stays a plain tree walk.
struct LLVMEmitter {
  let m: LLVMModuleHandle
  let kernel: Kernel
  let b: LLVMBuilderRef
  let allocaBuilder: LLVMBuilderRef
  let fn: LLVMValueRef
  let f32: LLVMTypeRef
  let i64: LLVMTypeRef
  let i32: LLVMTypeRef
  let ptrTy: LLVMTypeRef

  enum Binding {
    case index(LLVMValueRef)
    case pointer(LLVMValueRef)
    case float(LLVMValueRef, width: Int)
    case variable(LLVMValueRef, width: Int)
  }
  var scopes: [[String: Binding]] = [[:]]

  /// Adds `kernel` to the module as an external C-ABI function `void name(params...)`.
  static func emit(_ kernel: Kernel, into m: LLVMModuleHandle) throws {
    var e = LLVMEmitter(m: m, kernel: kernel)
    try e.emitBody()
    LLVMDisposeBuilder(e.b)
    LLVMDisposeBuilder(e.allocaBuilder)
  }

  init(m: LLVMModuleHandle, kernel: Kernel) {
    self.m = m
    self.kernel = kernel
    let ctx = m.context
    f32 = LLVMFloatTypeInContext(ctx)
    i64 = LLVMInt64TypeInContext(ctx)
    i32 = LLVMInt32TypeInContext(ctx)
    ptrTy = LLVMPointerTypeInContext(ctx, 0)
    var types: [LLVMTypeRef?] = kernel.params.map {
      switch $0.kind {
      case .ptr: return LLVMPointerTypeInContext(ctx, 0)
      case .i64: return LLVMInt64TypeInContext(ctx)
      case .f32: return LLVMFloatTypeInContext(ctx)
      }
    }
    let fnTy = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &types, UInt32(types.count), 0)
    fn = LLVMAddFunction(m.module, kernel.name, fnTy)
    b = LLVMCreateBuilderInContext(ctx)
    allocaBuilder = LLVMCreateBuilderInContext(ctx)
    addAttributes()
    for (i, p) in kernel.params.enumerated() {
      let v = LLVMGetParam(fn, UInt32(i))!
      LLVMSetValueName2(v, p.name, p.name.utf8.count)
      switch p.kind {
      case .ptr: scopes[0][p.name] = .pointer(v)
      case .i64: scopes[0][p.name] = .index(v)
      case .f32: scopes[0][p.name] = .float(v, width: 1)
      }
    }
  }

  func addAttributes() {
    let ctx = m.context
    func enumAttr(_ name: String) -> LLVMAttributeRef {
      LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName(name, name.utf8.count), 0)
    }
    func stringAttr(_ key: String, _ value: String) -> LLVMAttributeRef {
      LLVMCreateStringAttribute(ctx, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
    }
    let fnIndex = UInt32.max  // LLVMAttributeFunctionIndex
    LLVMAddAttributeAtIndex(fn, fnIndex, enumAttr("nounwind"))
    LLVMAddAttributeAtIndex(fn, fnIndex, stringAttr("target-cpu", m.target.cpu))
    if !m.target.features.isEmpty {
      LLVMAddAttributeAtIndex(fn, fnIndex, stringAttr("target-features", m.target.features))
    }
    // Kernels never receive overlapping buffers (the runtime guarantees it); telling LLVM so lets it
    // keep loads in registers across stores.
    for (i, p) in kernel.params.enumerated() where p.kind == .ptr {
      LLVMAddAttributeAtIndex(fn, UInt32(i + 1), enumAttr("noalias"))
    }
  }

  mutating func emitBody() throws {
    let entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
    LLVMPositionBuilderAtEnd(allocaBuilder, entry)
    let start = LLVMAppendBasicBlockInContext(m.context, fn, "start")
    LLVMPositionBuilderAtEnd(b, start)
    try emit(kernel.body)
    LLVMBuildRetVoid(b)
    // The entry block holds only allocas; it falls through to the code.
    LLVMPositionBuilderAtEnd(allocaBuilder, entry)
    LLVMBuildBr(allocaBuilder, start)
  }

  // MARK: statements

  mutating func emit(_ stmts: [Stmt]) throws {
    scopes.append([:])
    defer { scopes.removeLast() }
    for s in stmts { try emit(s) }
  }

  mutating func emit(_ s: Stmt) throws {
    switch s {
    case .comment: break
    case .let_(let name, let i): bind(name, .index(try index(i, name: name)))
    case .view(let name, let base, let offset):
      let p = try pointer(base)
      var idx: [LLVMValueRef?] = [try index(offset)]
      bind(name, .pointer(LLVMBuildInBoundsGEP2(b, f32, p, &idx, 1, name)))
    case .declare(let name, let width, let initial):
      let slot = LLVMBuildAlloca(allocaBuilder, floatType(width), name)!
      let v = try value(initial, width: width)
      LLVMBuildStore(b, v, slot)
      bind(name, .variable(slot, width: width))
    case .assign(let name, let e):
      guard case .variable(let slot, let width)? = lookup(name) else {
        throw fail("assignment to '\(name)', which is not a float variable")
      }
      LLVMBuildStore(b, try value(e, width: width), slot)
    case .store(let ptr, let at, let e):
      let v = try expr(e)
      let addr = try address(ptr, at)
      LLVMSetAlignment(LLVMBuildStore(b, v.value, addr), 4)
    case .stream(let ptr, let at, let e):
      let v = try expr(e)
      let store = LLVMBuildStore(b, v.value, try address(ptr, at))!
      LLVMSetAlignment(store, UInt32(v.width * 4))
      let i32 = LLVMInt32TypeInContext(m.context)
      var one: LLVMMetadataRef? = LLVMValueAsMetadata(LLVMConstInt(i32, 1, 0))
      let node = LLVMMDNodeInContext2(m.context, &one, 1)
      let kind = LLVMGetMDKindIDInContext(m.context, "nontemporal", 11)
      LLVMSetMetadata(store, kind, LLVMMetadataAsValue(m.context, node))
    case .fence:
      LLVMBuildFence(b, LLVMAtomicOrderingSequentiallyConsistent, 0, "")
    case .prefetch(let ptr, let at):
      // llvm.prefetch(address, 0: for reading, 2: locality (kept in L2 and closer), 1: data).
      let addr = try address(ptr, at)
      let i32 = LLVMInt32TypeInContext(m.context)
      intrinsic(
        "llvm.prefetch", overloading: LLVMTypeOf(addr),
        [addr, LLVMConstInt(i32, 0, 0), LLVMConstInt(i32, 2, 0), LLVMConstInt(i32, 1, 0)])
    case .loop(let name, let lower, let upper, let step, let body):
      try emitLoop(name, lower, upper, step, body)
    case .when(let c, let then, let otherwise):
      let thenBB = LLVMAppendBasicBlockInContext(m.context, fn, "then")
      let elseBB = LLVMAppendBasicBlockInContext(m.context, fn, "else")
      let join = LLVMAppendBasicBlockInContext(m.context, fn, "endif")
      LLVMBuildCondBr(b, try cond(c), thenBB, elseBB)
      LLVMPositionBuilderAtEnd(b, thenBB)
      try emit(then)
      LLVMBuildBr(b, join)
      LLVMPositionBuilderAtEnd(b, elseBB)
      try emit(otherwise)
      LLVMBuildBr(b, join)
      LLVMPositionBuilderAtEnd(b, join)
    }
  }

  mutating func emitLoop(
    _ name: String, _ lower: Index, _ upper: Index, _ step: Int, _ body: [Stmt]
  ) throws {
    let counter = LLVMBuildAlloca(allocaBuilder, i64, name + ".addr")!
    LLVMBuildStore(b, try index(lower), counter)
    let end = try index(upper, name: name + ".end")
    let header = LLVMAppendBasicBlockInContext(m.context, fn, name + ".head")
    let bodyBB = LLVMAppendBasicBlockInContext(m.context, fn, name + ".body")
    let exit = LLVMAppendBasicBlockInContext(m.context, fn, name + ".exit")
    LLVMBuildBr(b, header)
    LLVMPositionBuilderAtEnd(b, header)
    let i = LLVMBuildLoad2(b, i64, counter, name)!
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, end, ""), bodyBB, exit)
    LLVMPositionBuilderAtEnd(b, bodyBB)
    scopes.append([name: .index(i)])
    try emit(body)
    scopes.removeLast()
    let next = LLVMBuildNSWAdd(b, i, LLVMConstInt(i64, UInt64(step), 0), name + ".next")
    LLVMBuildStore(b, next, counter)
    LLVMBuildBr(b, header)
    LLVMPositionBuilderAtEnd(b, exit)
  }

  // MARK: names

  mutating func bind(_ name: String, _ binding: Binding) {
    scopes[scopes.count - 1][name] = binding
  }

  func lookup(_ name: String) -> Binding? {
    for s in scopes.reversed() { if let v = s[name] { return v } }
    return nil
  }

  func fail(_ message: String) -> CodegenError { CodegenError(kernel: kernel.name, message) }

  func pointer(_ name: String) throws -> LLVMValueRef {
    guard case .pointer(let p)? = lookup(name) else { throw fail("'\(name)' is not a pointer") }
    return p
  }

  func address(_ ptr: String, _ at: Index) throws -> LLVMValueRef {
    var idx: [LLVMValueRef?] = [try index(at)]
    return LLVMBuildInBoundsGEP2(b, f32, try pointer(ptr), &idx, 1, "")
  }

  // MARK: index expressions

  func index(_ i: Index, name: String = "") throws -> LLVMValueRef {
    switch i {
    case .const(let c): return LLVMConstInt(i64, UInt64(bitPattern: Int64(c)), 1)
    case .name(let n):
      guard case .index(let v)? = lookup(n) else { throw fail("'\(n)' is not an index") }
      return v
    case .add(let x, let y): return LLVMBuildNSWAdd(b, try index(x), try index(y), name)
    case .sub(let x, let y): return LLVMBuildNSWSub(b, try index(x), try index(y), name)
    case .mul(let x, let y): return LLVMBuildNSWMul(b, try index(x), try index(y), name)
    case .div(let x, let y): return LLVMBuildSDiv(b, try index(x), try index(y), name)
    case .rem(let x, let y): return LLVMBuildSRem(b, try index(x), try index(y), name)
    case .min(let x, let y):
      let (vx, vy) = (try index(x), try index(y))
      return LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, vx, vy, ""), vx, vy, name)
    }
  }

  func cond(_ c: Cond) throws -> LLVMValueRef {
    switch c {
    case .lt(let x, let y): return LLVMBuildICmp(b, LLVMIntSLT, try index(x), try index(y), "")
    case .le(let x, let y): return LLVMBuildICmp(b, LLVMIntSLE, try index(x), try index(y), "")
    case .eq(let x, let y): return LLVMBuildICmp(b, LLVMIntEQ, try index(x), try index(y), "")
    case .and(let x, let y): return LLVMBuildAnd(b, try cond(x), try cond(y), "")
    case .aligned(let ptr, let at, let bytes):
      let address = LLVMBuildPtrToInt(b, try address(ptr, at), i64, "")
      let low = LLVMBuildAnd(b, address, LLVMConstInt(i64, UInt64(bytes - 1), 0), "")
      return LLVMBuildICmp(b, LLVMIntEQ, low, LLVMConstInt(i64, 0, 0), "")
    }
  }
}
