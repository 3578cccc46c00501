import CLLVM
import Testing

@testable import DeltaCodegen

/// The JIT layer alone: a saxpy built with the raw LLVM builder, optimized, linked as object code and
/// called from Swift.
@Suite struct JITSmokeTests {
  typealias SaxpyFn =
    @convention(c) (Int64, Float, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?)
    -> Void

  /// y[i] = fmuladd(a, x[i], y[i]) for i < n.
  static func buildSaxpy(_ m: LLVMModuleHandle, name: String) {
    let ctx = m.context
    let f32 = LLVMFloatTypeInContext(ctx)!
    let i64 = LLVMInt64TypeInContext(ctx)!
    let ptr = LLVMPointerTypeInContext(ctx, 0)!
    var params: [LLVMTypeRef?] = [i64, f32, ptr, ptr]
    let fnTy = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &params, 4, 0)
    let fn = LLVMAddFunction(m.module, name, fnTy)
    let b = LLVMCreateBuilderInContext(ctx)!
    defer { LLVMDisposeBuilder(b) }
    let entry = LLVMAppendBasicBlockInContext(ctx, fn, "entry")
    let loop = LLVMAppendBasicBlockInContext(ctx, fn, "loop")
    let exit = LLVMAppendBasicBlockInContext(ctx, fn, "exit")
    LLVMPositionBuilderAtEnd(b, entry)
    let zero = LLVMConstInt(i64, 0, 0)
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSGT, LLVMGetParam(fn, 0), zero, ""), loop, exit)
    LLVMPositionBuilderAtEnd(b, loop)
    let i = LLVMBuildPhi(b, i64, "i")!
    var xi: [LLVMValueRef?] = [i]
    let px = LLVMBuildInBoundsGEP2(b, f32, LLVMGetParam(fn, 2), &xi, 1, "")
    let py = LLVMBuildInBoundsGEP2(b, f32, LLVMGetParam(fn, 3), &xi, 1, "")
    let x = LLVMBuildLoad2(b, f32, px, "")
    let y = LLVMBuildLoad2(b, f32, py, "")
    var types: [LLVMTypeRef?] = [f32]
    let id = LLVMLookupIntrinsicID("llvm.fmuladd", 12)
    let decl = LLVMGetIntrinsicDeclaration(m.module, id, &types, 1)
    var args: [LLVMValueRef?] = [LLVMGetParam(fn, 1), x, y]
    let r = LLVMBuildCall2(b, LLVMIntrinsicGetType(ctx, id, &types, 1), decl, &args, 3, "")
    LLVMBuildStore(b, r, py)
    let next = LLVMBuildAdd(b, i, LLVMConstInt(i64, 1, 0), "")
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, next, LLVMGetParam(fn, 0), ""), loop, exit)
    var inVals: [LLVMValueRef?] = [zero, next]
    var inBlocks: [LLVMBasicBlockRef?] = [entry, loop]
    LLVMAddIncoming(i, &inVals, &inBlocks, 2)
    LLVMPositionBuilderAtEnd(b, exit)
    LLVMBuildRetVoid(b)
  }

  @Test func saxpyIsExact() throws {
    let name = "smoke_saxpy"
    let compiled = try Compiler.compile(name: name) { Self.buildSaxpy($0, name: name) }
    #expect(compiled.optimizedIR.contains("<8 x float>"), "O3 should vectorize the loop")
    let addr = try JITSession.shared.addObject(compiled.object, symbols: [name], kernel: name)[
      name]!
    let saxpy = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(addr))!, to: SaxpyFn.self)
    let n = 1003
    let x = (0..<n).map { Float($0) * 0.25 - 7 }
    var y = (0..<n).map { Float($0 % 17) - 3.5 }
    let expected = zip(x, y).map { 1.5 * $0 + $1 }  // each value is exact in binary
    saxpy(Int64(n), 1.5, x, &y)
    #expect(y == expected)
  }

  @Test func verifierErrorsNameTheKernel() {
    // A block without a terminator does not verify; the error must say which kernel.
    #expect {
      _ = try Compiler.compile(name: "broken_kernel") { m in
        let ctx = m.context
        let fnTy = LLVMFunctionType(LLVMVoidTypeInContext(ctx), nil, 0, 0)
        let fn = LLVMAddFunction(m.module, "broken_kernel", fnTy)
        _ = LLVMAppendBasicBlockInContext(ctx, fn, "entry")
      }
    } throws: { error in
      "\(error)".contains("broken_kernel") && "\(error)".contains("does not verify")
    }
  }
}
