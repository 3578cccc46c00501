import CLLVM

/// Float expressions. A scalar operand meeting a vector one is splatted, so generators can write
/// `fma(splat-free scalar, vector, vector)` naturally.
extension LLVMEmitter {
  struct Value {
    var value: LLVMValueRef
    var width: Int
  }

  func floatType(_ width: Int) -> LLVMTypeRef {
    width == 1 ? f32 : LLVMVectorType(f32, UInt32(width))
  }

  /// An expression forced to `width` lanes (splatting scalars).
  func value(_ e: Expr, width: Int) throws -> LLVMValueRef {
    let v = try expr(e)
    if v.width == width { return v.value }
    if v.width == 1 { return splat(v.value, width) }
    throw fail("expected \(width) lanes, got \(v.width) in \(e)")
  }

  func splat(_ v: LLVMValueRef, _ width: Int) -> LLVMValueRef {
    let vecTy = floatType(width)
    let one = LLVMBuildInsertElement(b, LLVMGetPoison(vecTy), v, LLVMConstInt(i32, 0, 0), "")
    var zeros: [LLVMValueRef?] = Array(repeating: LLVMConstInt(i32, 0, 0), count: width)
    let mask = LLVMConstVector(&zeros, UInt32(width))
    return LLVMBuildShuffleVector(b, one, LLVMGetPoison(vecTy), mask, "")
  }

  /// Two operands brought to a common width.
  func pair(_ x: Expr, _ y: Expr) throws -> (LLVMValueRef, LLVMValueRef, Int) {
    let (vx, vy) = (try expr(x), try expr(y))
    let w = max(vx.width, vy.width)
    func widen(_ v: Value) throws -> LLVMValueRef {
      if v.width == w { return v.value }
      if v.width == 1 { return splat(v.value, w) }
      throw fail("lane mismatch: \(vx.width) vs \(vy.width) in \(x), \(y)")
    }
    return (try widen(vx), try widen(vy), w)
  }

  /// A call of the float intrinsic `name` (llvm.fma, llvm.sqrt, ...) on `width` lanes.
  func intrinsic(_ name: String, width: Int, _ args: [LLVMValueRef]) -> LLVMValueRef {
    intrinsic(name, overloading: floatType(width), args)
  }

  /// A call of the LLVM intrinsic `name`, overloaded on `type`.
  @discardableResult
  func intrinsic(_ name: String, overloading type: LLVMTypeRef?, _ args: [LLVMValueRef?])
    -> LLVMValueRef
  {
    var types: [LLVMTypeRef?] = [type]
    let id = LLVMLookupIntrinsicID(name, name.utf8.count)
    let decl = LLVMGetIntrinsicDeclaration(m.module, id, &types, 1)
    let fnTy = LLVMIntrinsicGetType(m.context, id, &types, 1)
    var a = args
    return LLVMBuildCall2(b, fnTy, decl, &a, UInt32(a.count), "")
  }

  func expr(_ e: Expr) throws -> Value {
    switch e {
    case .const(let c, let width):
      let s = LLVMConstReal(f32, Double(c))!
      if width == 1 { return Value(value: s, width: 1) }
      var lanes: [LLVMValueRef?] = Array(repeating: s, count: width)
      return Value(value: LLVMConstVector(&lanes, UInt32(width)), width: width)
    case .name(let n):
      switch lookup(n) {
      case .float(let v, let w)?: return Value(value: v, width: w)
      case .variable(let slot, let w)?:
        return Value(value: LLVMBuildLoad2(b, floatType(w), slot, n), width: w)
      default: throw fail("'\(n)' is not a float value")
      }
    case .load(let ptr, let at, let width):
      let l = LLVMBuildLoad2(b, floatType(width), try address(ptr, at), "")!
      LLVMSetAlignment(l, 4)
      return Value(value: l, width: width)
    case .splat(let x, let width):
      let v = try expr(x)
      guard v.width == 1 else { throw fail("splat of a vector: \(x)") }
      return Value(value: splat(v.value, width), width: width)
    case .fma(let x, let y, let z):
      let (vx, vy, w1) = try pair(x, y)
      let vz = try value(z, width: w1)
      return Value(value: intrinsic("llvm.fma", width: w1, [vx, vy, vz]), width: w1)
    case .add(let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: LLVMBuildFAdd(b, vx, vy, ""), width: w)
    case .sub(let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: LLVMBuildFSub(b, vx, vy, ""), width: w)
    case .mul(let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: LLVMBuildFMul(b, vx, vy, ""), width: w)
    case .div(let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: LLVMBuildFDiv(b, vx, vy, ""), width: w)
    case .neg(let x):
      let v = try expr(x)
      return Value(value: LLVMBuildFNeg(b, v.value, ""), width: v.width)
    case .exp(let x):
      let v = try expr(x)
      return Value(value: exponential(v), width: v.width)
    case .log(let x):
      let v = try expr(x)
      return Value(value: intrinsic("llvm.log", width: v.width, [v.value]), width: v.width)
    case .sqrt(let x):
      let v = try expr(x)
      return Value(value: intrinsic("llvm.sqrt", width: v.width, [v.value]), width: v.width)
    case .log1p(let x):
      let v = try expr(x)
      let ty = floatType(v.width)
      let w = LLVMBuildFAdd(b, LLVMConstReal(ty, 1), v.value, "")!
      let d = LLVMBuildFSub(b, w, LLVMConstReal(ty, 1), "")
      let ratio = LLVMBuildFDiv(
        b, LLVMBuildFMul(b, intrinsic("llvm.log", width: v.width, [w]), v.value, ""), d, "")
      let exact = LLVMBuildFCmp(b, LLVMRealOEQ, d, LLVMConstNull(ty), "")
      return Value(value: LLVMBuildSelect(b, exact, v.value, ratio, ""), width: v.width)
    case .max(let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: intrinsic("llvm.maxnum", width: w, [vx, vy]), width: w)
    case .hsum(let x):
      return Value(value: horizontalSum(try expr(x)), width: 1)
    case .select(let c, let x, let y):
      let (vx, vy, w) = try pair(x, y)
      return Value(value: LLVMBuildSelect(b, try cond(c), vx, vy, ""), width: w)
    case .shuffle(let x, let y, let mask):
      let (vx, vy) = (try expr(x), try expr(y))
      guard vx.width == vy.width, vx.width > 1, mask.allSatisfy({ $0 >= 0 && $0 < 2 * vx.width })
      else { throw fail("shuffle of \(vx.width) and \(vy.width) lanes with mask \(mask)") }
      var idx: [LLVMValueRef?] = mask.map { LLVMConstInt(i32, UInt64($0), 0) }
      let m = LLVMConstVector(&idx, UInt32(mask.count))
      return Value(value: LLVMBuildShuffleVector(b, vx.value, vy.value, m, "")!, width: mask.count)
    case .float(let i):
      return Value(value: LLVMBuildSIToFP(b, try index(i), f32, ""), width: 1)
    }
  }

  /// e^x in vector registers (Cephes expf: x = n ln2 + r, |r| <= ln2/2, a degree-6 polynomial in r,
  /// times 2^n built in the exponent bits), within 2 ulp of expf. LLVM's `llvm.exp` on a vector
  /// becomes one libm call per lane, which made every silu, sigmoid and gate kernel call-bound.
  /// x is clamped to [-87.33, 88]: below, e^x is the smallest normal float instead of a denormal or
  /// 0; above, e^88 instead of overflowing (never reached by the kernels' arguments in practice,
  /// and both ends round the same results: 1 / (1 + e^x), x / (1 + e^x)).
  func exponential(_ v: Value) -> LLVMValueRef {
    let ty = floatType(v.width)
    let ity = v.width == 1 ? i32 : LLVMVectorType(i32, UInt32(v.width))
    func c(_ x: Double) -> LLVMValueRef { LLVMConstReal(ty, x) }
    func fma(_ a: LLVMValueRef, _ b: LLVMValueRef, _ c: LLVMValueRef) -> LLVMValueRef {
      intrinsic("llvm.fma", width: v.width, [a, b, c])
    }
    let lo = intrinsic("llvm.maxnum", width: v.width, [v.value, c(-87.33)])
    let x = intrinsic("llvm.minnum", width: v.width, [lo, c(88.0)])
    let n = intrinsic(
      "llvm.rint", width: v.width, [LLVMBuildFMul(b, x, c(1.44269504088896341), "")])
    var r = fma(n, c(-0.693359375), x)
    r = fma(n, c(2.12194440e-4), r)
    var p = c(1.9875691500e-4)
    for k in [1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1] {
      p = fma(p, r, c(k))
    }
    let y = LLVMBuildFAdd(b, fma(p, LLVMBuildFMul(b, r, r, ""), r), c(1), "")!
    func int(_ k: UInt64) -> LLVMValueRef {
      if v.width == 1 { return LLVMConstInt(i32, k, 0) }
      var lanes: [LLVMValueRef?] = Array(repeating: LLVMConstInt(i32, k, 0), count: v.width)
      return LLVMConstVector(&lanes, UInt32(v.width))
    }
    let bits = LLVMBuildShl(
      b, LLVMBuildAdd(b, LLVMBuildFPToSI(b, n, ity, ""), int(127), ""), int(23), "")
    return LLVMBuildFMul(b, y, LLVMBuildBitCast(b, bits, ty, ""), "")
  }

  /// Halving tree: lanes [0, w/2) + [w/2, w), until one lane is left.
  func horizontalSum(_ v: Value) -> LLVMValueRef {
    var (x, w) = (v.value, v.width)
    while w > 1 {
      let half = w / 2
      func part(_ from: Int) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = (0..<half).map { LLVMConstInt(i32, UInt64(from + $0), 0) }
        let mask = LLVMConstVector(&idx, UInt32(half))
        return LLVMBuildShuffleVector(b, x, LLVMGetPoison(floatType(w)), mask, "")!
      }
      x =
        half == 1
        ? LLVMBuildFAdd(
          b, LLVMBuildExtractElement(b, x, LLVMConstInt(i32, 0, 0), ""),
          LLVMBuildExtractElement(b, x, LLVMConstInt(i32, 1, 0), ""), "")
        : LLVMBuildFAdd(b, part(0), part(half), "")
      w = half
    }
    return x
  }
}
