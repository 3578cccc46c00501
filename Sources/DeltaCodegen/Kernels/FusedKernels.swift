import DeltaIR

/// The JIT kernel of a `fused` node (FusedKernel.swift gives the program's semantics).
///
/// `void fused_<name>_w<W>_<hash>(p0, ..., p15, r0, r1)`: operands first, then results, in the
/// node's order (unused pointers nil); rows r0..<r1. W is a constant of the kernel. Per row:
///   - each row value in program order: a row reduction is one pass over the row (a vector
///     accumulator, halving-tree sum, the tail added as scalars), other row values are one scalar
///     each;
///   - then one pass over the row computes every result: full results are stored, colsum results
///     are added into their buffer ([W], one per worker, zeroed by the caller).
/// Passes go over vectors of 16 lanes with AVX-512 (else 8), then 8 lanes, then a scalar tail.
/// Elementwise values are recomputed in each pass that needs them instead of stored (they are a few
/// flops, the row is in L1, and nothing but the results goes to memory), except in rows of at most
/// 64 floats, which are unrolled and keep them in registers.
public enum FusedKernels {
  /// Pointer parameters of every fused kernel (operands + results must fit).
  public static let pointerCount = 16
  /// 16 with AVX-512 (the silu and norm kernels are partly bound by exp and division: twice the
  /// lanes took small's fused kernels from 42-49 to 40-42 ms per step), else 8.
  static let lanes = GemmKernelSpec.hostLanes
  /// Rows up to this width (a head's 16-64) are unrolled and keep their elementwise values in
  /// registers across passes.
  static let unrolledWidth = 64

  /// Whether `kernel` has a JIT kernel at this row width.
  public static func supports(_ kernel: FusedKernel) -> Bool {
    kernel.operands.count + kernel.results.count <= pointerCount && kernel.problem() == nil
  }

  /// The kernel at row width W. `rows` gives, per pointer (operands then results), where each full
  /// operand's or result's rows lie (absent or nil: contiguous, row r at r * W): the runtime passes
  /// strided views (a split's part, a concat's slice) without copying them.
  public static func kernel(_ k: FusedKernel, width W: Int, rows: [RowAddress?] = []) -> Kernel {
    let kinds = k.kinds
    let params =
      (0..<pointerCount).map { Param("p\($0)", .ptr) } + [Param("r0", .i64), Param("r1", .i64)]
    let kb = KernelBuilder()
    kb.comment("fused \(k.name): \(k.program.map(\.description).joined(separator: " "))")
    let strided = rows.contains { $0 != nil }
    kb.loop("r", "r0", "r1") { r in
      var starts: [Int: Index] = [:]
      for (j, address) in rows.enumerated() {
        if let address { starts[j] = kb.let_("row\(j)", address.start(of: r, width: W)) }
      }
      let gen = RowGen(kernel: k, kinds: kinds, width: W, row: r, starts: starts)
      var rowValues: [Int: Expr] = [:]
      for (i, ins) in k.program.enumerated() {
        if ins.function.isRowReduction {
          rowValues[i] = gen.reduce(kb, i, rowValues)
        } else if kinds[i] == .row || kinds[i] == .scalar {
          rowValues[i] = kb.variable("t\(i)_", width: 1, gen.apply(ins, lanes: 1, rowValues, [:]))
        }
      }
      gen.storeResults(kb, rowValues)
    }
    let layout =
      strided ? " rows=" + rows.map { $0?.description ?? "-" }.joined(separator: ",") : ""
    let hash = Hash.hex(Hash.fnv128(Array((Op.fused(k).text + layout).utf8))).prefix(12)
    return Kernel(name: "fused_\(k.name)_w\(W)_\(hash)", params: params, body: kb.statements)
  }
}

/// An elementwise value of the row at one constant column.
private struct ComputedKey: Hashable {
  var temp: Int
  var column: Index
}

private final class Computed {
  var values: [ComputedKey: Expr] = [:]
}

/// Code for one row of a fused kernel.
private struct RowGen {
  let kernel: FusedKernel
  let kinds: [FusedKernel.Kind]
  let width: Int
  let row: Index
  /// Per pointer with a strided row layout: the start of row `row` (else row * width).
  var starts: [Int: Index] = [:]

  /// The row's elementwise values already computed (unrolled rows only): a later pass (the results
  /// after a norm's reductions) reuses them instead of recomputing an exp or a division.
  let computed = Computed()

  /// Where row `row` of pointer j starts.
  func rowStart(_ j: Int) -> Index { starts[j] ?? row * .const(width) }

  /// Splits 0..<W into full vectors (`FusedKernels.lanes`: 16 with AVX-512, else 8), then one
  /// 8-lane vector where 8 or more columns are left (16-lane hosts), then a scalar tail, calling
  /// `body(c, lanes)`. A row of at most `FusedKernels.unrolledWidth` floats is unrolled (constant
  /// columns), so that `elementValues` can keep each elementwise value of the row from the first
  /// pass that computes it.
  func columns(_ kb: KernelBuilder, _ body: (Index, Int) -> Void) {
    let lanes = FusedKernels.lanes
    let main = width / lanes * lanes
    let half = lanes > 8 && width - main >= 8 ? 8 : 0
    if unrolled {
      for c in stride(from: 0, to: main, by: lanes) { body(.const(c), lanes) }
    } else {
      kb.loop("c", 0, .const(main), step: lanes) { c in body(c, lanes) }
    }
    if half > 0 { body(.const(main), half) }
    if unrolled {
      for c in (main + half)..<width { body(.const(c), 1) }
    } else {
      kb.loop("c", .const(main + half), .const(width)) { c in body(c, 1) }
    }
  }

  var unrolled: Bool { width <= FusedKernels.unrolledWidth }

  /// rsum / rmean of instruction i's argument: its row value as a scalar variable.
  func reduce(_ kb: KernelBuilder, _ i: Int, _ rowValues: [Int: Expr]) -> Expr {
    let ins = kernel.program[i]
    let acc = kb.variable("acc", width: FusedKernels.lanes, .const(0, width: FusedKernels.lanes))
    let tail = kb.variable("tail", width: 1, .const(0, width: 1))
    columns(kb) { c, n in
      let v = elementValues(kb, [ins.args[0]], c: c, lanes: n, rowValues)[0]
      let x = widen(v, ins.args[0], n)
      if n == FusedKernels.lanes {
        kb.assign(acc, .add(acc, x))
      } else {
        kb.assign(tail, .add(tail, n == 1 ? x : .hsum(x)))
      }
    }
    var total = Expr.add(.hsum(acc), tail)
    if ins.function == .rmean { total = Expr.div(total, Expr.const(Float(width), width: 1)) }
    return kb.variable("t\(i)_", width: 1, total)
  }

  /// The final pass: every result stored (full) or accumulated (colsum).
  func storeResults(_ kb: KernelBuilder, _ rowValues: [Int: Expr]) {
    let n = kernel.operands.count
    let args = kernel.results.map { t -> FusedKernel.Arg in
      kernel.program[t].function == .colsum ? kernel.program[t].args[0] : .temp(t)
    }
    columns(kb) { c, lanes in
      let values = elementValues(kb, args, c: c, lanes: lanes, rowValues)
      for (k, t) in kernel.results.enumerated() {
        let p = "p\(n + k)"
        let v = widen(values[k], args[k], lanes)
        if kernel.program[t].function == .colsum {
          kb.store(p, c, .add(.load(ptr: p, at: c, width: lanes), v))
        } else {
          kb.store(p, rowStart(n + k) + c, v)
        }
      }
    }
  }

  /// The values of `args` at columns c..<c+lanes, declaring every elementwise instruction they need
  /// once, in program order.
  func elementValues(
    _ kb: KernelBuilder, _ args: [FusedKernel.Arg], c: Index, lanes: Int, _ rowValues: [Int: Expr]
  ) -> [Expr] {
    var needed: Set<Int> = []
    func mark(_ a: FusedKernel.Arg) {
      guard case .temp(let t) = a, rowValues[t] == nil, needed.insert(t).inserted else { return }
      kernel.program[t].args.forEach(mark)
    }
    args.forEach(mark)
    var values: [Int: Expr] = [:]
    for t in needed.sorted() {
      let key = ComputedKey(temp: t, column: c)
      if unrolled, let known = computed.values[key] {
        values[t] = known
        continue
      }
      let e = apply(kernel.program[t], lanes: lanes, rowValues, values, c: c)
      values[t] = kb.variable("t\(t)_", width: laneCount(.temp(t), lanes), e)
      if unrolled { computed.values[key] = values[t] }
    }
    return args.map { arg($0, lanes: lanes, rowValues, values, c: c) }
  }

  /// Lanes a value has in a pass of `lanes` columns: 1 when it does not vary along the row.
  func laneCount(_ a: FusedKernel.Arg, _ lanes: Int) -> Int {
    switch a {
    case .const: return 1
    case .operand(let j): return [.full, .col].contains(kernel.operands[j]) ? lanes : 1
    case .temp(let t): return [.elem, .col].contains(kinds[t]) ? lanes : 1
    }
  }

  func widen(_ e: Expr, _ a: FusedKernel.Arg, _ lanes: Int) -> Expr {
    lanes > 1 && laneCount(a, lanes) == 1 ? .splat(e, width: lanes) : e
  }

  func arg(
    _ a: FusedKernel.Arg, lanes: Int, _ rowValues: [Int: Expr], _ values: [Int: Expr],
    c: Index = 0
  ) -> Expr {
    switch a {
    case .const(let v): return .const(Float(v), width: 1)
    case .temp(let t): return rowValues[t] ?? values[t]!
    case .operand(let j):
      let p = "p\(j)"
      switch kernel.operands[j] {
      case .full: return .load(ptr: p, at: rowStart(j) + c, width: lanes)
      case .col: return .load(ptr: p, at: c, width: lanes)
      case .row: return .load(ptr: p, at: row, width: 1)
      case .scalar: return .load(ptr: p, at: 0, width: 1)
      }
    }
  }

  /// One elementwise instruction over its arguments' values.
  func apply(
    _ ins: FusedKernel.Instruction, lanes: Int, _ rowValues: [Int: Expr], _ values: [Int: Expr],
    c: Index = 0
  ) -> Expr {
    FusedArithmetic.apply(
      ins.function, ins.args.map { arg($0, lanes: lanes, rowValues, values, c: c) })
  }
}

/// The JIT's code of each elementwise function of a fused program (the reference's math is
/// `Unary.apply` and the interpreter's fused evaluation): the fused kernels' rows and the GEMM
/// epilogues (`GemmKernelSpec.epilogue`) both compute through it.
enum FusedArithmetic {
  static func apply(_ function: FusedKernel.Function, _ x: [Expr]) -> Expr {
    let one = Expr.const(1, width: 1)
    switch function {
    case .unary(let f): return unary(f, x[0])
    case .dsilu:
      let s = sigmoid(x[0])
      return .mul(s, .add(one, .mul(x[0], .sub(one, s))))
    case .add: return .add(x[0], x[1])
    case .sub: return .sub(x[0], x[1])
    case .mul: return .mul(x[0], x[1])
    case .div: return .div(x[0], x[1])
    case .rsum, .rmean, .colsum: preconditionFailure("reductions are not elementwise")
    }
  }

  static func sigmoid(_ v: Expr) -> Expr {
    let one = Expr.const(1, width: 1)
    return .div(one, .add(one, .exp(.neg(v))))
  }

  static func unary(_ f: Unary, _ x: Expr) -> Expr {
    let one = Expr.const(1, width: 1)
    switch f {
    case .neg: return .neg(x)
    case .exp: return .exp(x)
    case .log: return .log(x)
    case .sigmoid: return sigmoid(x)
    case .silu: return .div(x, .add(one, .exp(.neg(x))))
    case .softplus:
      // max(x, 0) + log1p(e^-|x|): never exponentiates a large positive number. Above 20 it rounds
      // to x in f32, as the reference's threshold does.
      return .add(.max(x, .const(0, width: 1)), .log1p(.exp(.neg(.max(x, .neg(x))))))
    case .square: return .mul(x, x)
    case .rsqrt: return .div(one, .sqrt(x))
    }
  }

  /// The results of an elementwise-only program at `lanes` columns, from its operands' values
  /// (`operand(j)`): each instruction declared once, in program order.
  static func results(
    _ k: FusedKernel, lanes: Int, kb: KernelBuilder, operand: (Int) -> Expr
  ) -> [Expr] {
    let kinds = k.kinds
    var values: [Int: Expr] = [:]
    func arg(_ a: FusedKernel.Arg) -> Expr {
      switch a {
      case .const(let v): return .const(Float(v), width: 1)
      case .temp(let t): return values[t]!
      case .operand(let j): return operand(j)
      }
    }
    for (t, ins) in k.program.enumerated() {
      let width = [.elem, .col].contains(kinds[t]) ? lanes : 1
      values[t] = kb.variable("t\(t)_", width: width, apply(ins.function, ins.args.map(arg)))
    }
    return k.results.map { t in
      let v = values[t]!
      return lanes > 1 && ![.elem, .col].contains(kinds[t]) ? .splat(v, width: lanes) : v
    }
  }
}

/// Where the rows of a strided full operand or result of a fused kernel lie: rows come in groups of
/// `inner`, `innerStride` floats apart, the groups `outerStride` apart. Row r starts at
/// `(r / inner) * outerStride + (r % inner) * innerStride`. One level (`inner` >= every row count)
/// is a plain row stride.
public struct RowAddress: Hashable, Sendable, CustomStringConvertible {
  public var inner: Int
  public var innerStride: Int
  public var outerStride: Int

  public init(inner: Int, innerStride: Int, outerStride: Int) {
    self.inner = max(1, inner)
    self.innerStride = innerStride
    self.outerStride = outerStride
  }

  func start(of r: Index, width: Int) -> Index {
    if inner == 1 { return r * .const(outerStride) }
    return (r / .const(inner)) * .const(outerStride) + (r % .const(inner)) * .const(innerStride)
  }

  public var description: String { "\(inner)x\(innerStride)/\(outerStride)" }
}
