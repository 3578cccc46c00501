/// The kernel-level IR: what a specialized CPU kernel is, before LLVM.
///
/// A kernel is a C-ABI function over pointers and integers whose body is a tree of structured statements:
/// counted loops (bounds are index expressions; the specializing generators make them constants wherever they
/// can, so LLVM sees constant trip counts), `if`, loads and stores of f32 scalars or `<w x float>` vectors,
/// and float arithmetic with explicit `fma`. Three kinds of names:
///   - index values (i64): parameters, loop variables and immutable `let`s, combined by `Index` expressions;
///   - pointers: parameters and immutable `view`s (a pointer plus an index offset, in floats);
///   - float variables: mutable locals of a declared width (accumulators), promoted to registers by LLVM.
/// Everything is a value type, `Hashable`, so a kernel's structure is its cache key.
public struct Kernel: Hashable, Sendable {
  public var name: String
  public var params: [Param]
  public var body: [Stmt]

  public init(name: String, params: [Param], body: [Stmt]) {
    self.name = name
    self.params = params
    self.body = body
  }
}

public struct Param: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable { case ptr, i64, f32 }
  public var name: String
  public var kind: Kind
  public init(_ name: String, _ kind: Kind) {
    self.name = name
    self.kind = kind
  }
}

/// i64 index arithmetic. Division and remainder are signed (indices are never negative here).
public indirect enum Index: Hashable, Sendable {
  case const(Int)
  case name(String)
  case add(Index, Index)
  case sub(Index, Index)
  case mul(Index, Index)
  case div(Index, Index)
  case rem(Index, Index)
  case min(Index, Index)
}

/// Comparisons of indices.
public indirect enum Cond: Hashable, Sendable {
  case lt(Index, Index)
  case le(Index, Index)
  case eq(Index, Index)
  case and(Cond, Cond)
  /// The address of ptr[at] is a multiple of `bytes` (a power of two).
  case aligned(ptr: String, at: Index, bytes: Int)
}

/// Float expressions; `width` 1 is a scalar f32, otherwise `<width x float>`.
public indirect enum Expr: Hashable, Sendable {
  case const(Float, width: Int)
  /// A float parameter or a float variable.
  case name(String)
  /// `width` consecutive floats at ptr[at].
  case load(ptr: String, at: Index, width: Int)
  case splat(Expr, width: Int)
  case fma(Expr, Expr, Expr)
  case add(Expr, Expr)
  case sub(Expr, Expr)
  case mul(Expr, Expr)
  case div(Expr, Expr)
  case neg(Expr)
  /// e^x (libm's expf per lane).
  case exp(Expr)
  /// Natural logarithm (llvm.log).
  case log(Expr)
  /// Square root (llvm.sqrt, one instruction).
  case sqrt(Expr)
  /// log(1 + x) for finite x > -1, accurate for small x: log(w) x / (w - 1) with w = 1 + x, and x itself
  /// where w rounds to 1 (Goldberg's trick; llvm.log, a compare and a select).
  case log1p(Expr)
  /// The larger of two values (llvm.maxnum).
  case max(Expr, Expr)
  /// Horizontal sum of a vector: a fixed halving tree, so results do not depend on LLVM's choices.
  case hsum(Expr)
  case select(Cond, Expr, Expr)
  /// Lanes picked from two vectors of one width w: mask entry m < w is lane m of the first, m >= w
  /// lane m - w of the second (LLVM's shufflevector); the result has mask.count lanes.
  case shuffle(Expr, Expr, [Int])
  /// An index converted to f32.
  case float(Index)
}

public indirect enum Stmt: Hashable, Sendable {
  /// `for name in lower..<upper step step { body }`.
  case loop(name: String, lower: Index, upper: Index, step: Int, body: [Stmt])
  case when(Cond, then: [Stmt], else: [Stmt])
  /// Immutable i64 binding, visible to the rest of its block.
  case let_(String, Index)
  /// Immutable pointer binding: base + offset floats.
  case view(String, base: String, offset: Index)
  /// Declares a float variable of `width` lanes with an initial value, visible to the rest of its block.
  case declare(String, width: Int, Expr)
  case assign(String, Expr)
  case store(ptr: String, at: Index, Expr)
  /// A store that bypasses the caches (non-temporal, LLVM's `!nontemporal`), for data read back
  /// long after it is written: no read for ownership, no eviction of what the kernel works on.
  /// ptr[at] must be aligned to the value's bytes (`Cond.aligned`); a `fence` must follow before
  /// another thread reads it.
  case stream(ptr: String, at: Index, Expr)
  /// Orders every store before it, streamed ones included, before every load and store after it
  /// (a sequentially consistent fence: `mfence` on x86).
  case fence
  /// Asks for the cache line holding ptr[at] to be brought closer for reading (`llvm.prefetch`);
  /// changes no value, never faults (an address past the buffer is allowed).
  case prefetch(ptr: String, at: Index)
  /// A comment kept in dumps of the kernel IR (and ignored by the emitter).
  case comment(String)
}

// MARK: - Convenience operators for writing generators.

extension Index: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
  public init(integerLiteral value: Int) { self = .const(value) }
  public init(stringLiteral value: String) { self = .name(value) }

  public static func + (a: Index, b: Index) -> Index {
    if case .const(0) = a { return b }
    if case .const(0) = b { return a }
    if case .const(let x) = a, case .const(let y) = b { return .const(x + y) }
    return .add(a, b)
  }
  public static func - (a: Index, b: Index) -> Index {
    if case .const(0) = b { return a }
    if case .const(let x) = a, case .const(let y) = b { return .const(x - y) }
    return .sub(a, b)
  }
  public static func * (a: Index, b: Index) -> Index {
    if case .const(1) = a { return b }
    if case .const(1) = b { return a }
    if case .const(0) = a { return 0 }
    if case .const(0) = b { return 0 }
    if case .const(let x) = a, case .const(let y) = b { return .const(x * y) }
    return .mul(a, b)
  }
  public static func / (a: Index, b: Index) -> Index {
    if case .const(1) = b { return a }
    if case .const(let x) = a, case .const(let y) = b { return .const(x / y) }
    return .div(a, b)
  }
  public static func % (a: Index, b: Index) -> Index {
    if case .const(1) = b { return 0 }
    if case .const(let x) = a, case .const(let y) = b { return .const(x % y) }
    return .rem(a, b)
  }
}

extension Expr: ExpressibleByFloatLiteral, ExpressibleByStringLiteral {
  public init(floatLiteral value: Float) { self = .const(value, width: 1) }
  public init(stringLiteral value: String) { self = .name(value) }
  public static func + (a: Expr, b: Expr) -> Expr { .add(a, b) }
  public static func - (a: Expr, b: Expr) -> Expr { .sub(a, b) }
  public static func * (a: Expr, b: Expr) -> Expr { .mul(a, b) }
  public static func / (a: Expr, b: Expr) -> Expr { .div(a, b) }
  public static prefix func - (a: Expr) -> Expr { .neg(a) }
}
