/// Writes kernel IR in Swift's own control flow: `kb.loop("i", 0, 64) { i in ... }` appends a loop whose body
/// is whatever the closure appended. Generators are ordinary Swift functions over a `KernelBuilder`, so one
/// generator serves every specialization (the Swift-level `for` loops unroll, the IR-level ones stay loops).
public final class KernelBuilder {
  private var blocks: [[Stmt]] = [[]]
  private var used: [String: Int] = [:]

  public init() {}

  /// The statements written so far (call once, at the end).
  public var statements: [Stmt] { blocks[0] }

  /// A name not used before in this kernel: "acc", "acc1", "acc2", ...
  public func fresh(_ base: String) -> String {
    let n = used[base, default: 0]
    used[base] = n + 1
    return n == 0 ? base : "\(base)\(n)"
  }

  public func append(_ s: Stmt) { blocks[blocks.count - 1].append(s) }

  public func comment(_ text: String) { append(.comment(text)) }

  private func block(_ body: () -> Void) -> [Stmt] {
    blocks.append([])
    body()
    return blocks.removeLast()
  }

  /// `for name in lower..<upper step step`; skipped entirely when the bounds are constants and empty, and
  /// inlined (no loop) when they are constants with a single iteration.
  public func loop(
    _ name: String, _ lower: Index, _ upper: Index, step: Int = 1, _ body: (Index) -> Void
  ) {
    if case .const(let lo) = lower, case .const(let hi) = upper {
      if hi <= lo { return }
      if hi - lo <= step {
        let v = fresh(name)
        append(.let_(v, lower))
        body(.name(v))
        return
      }
    }
    let v = fresh(name)
    append(.loop(name: v, lower: lower, upper: upper, step: step, body: block { body(.name(v)) }))
  }

  public func when(_ c: Cond, _ then: () -> Void, else otherwise: () -> Void = {}) {
    append(.when(c, then: block(then), else: block(otherwise)))
  }

  @discardableResult
  public func let_(_ name: String, _ value: Index) -> Index {
    if case .const = value { return value }
    if case .name = value { return value }
    let v = fresh(name)
    append(.let_(v, value))
    return .name(v)
  }

  /// A pointer `base + offset` (in floats).
  public func view(_ name: String, _ base: String, _ offset: Index) -> String {
    let v = fresh(name)
    append(.view(v, base: base, offset: offset))
    return v
  }

  /// A float variable with an initial value; returns its name as an expression.
  @discardableResult
  public func variable(_ name: String, width: Int, _ initial: Expr) -> Expr {
    let v = fresh(name)
    append(.declare(v, width: width, initial))
    return .name(v)
  }

  public func assign(_ variable: Expr, _ value: Expr) {
    guard case .name(let n) = variable else { preconditionFailure("assign to \(variable)") }
    append(.assign(n, value))
  }

  public func store(_ ptr: String, _ at: Index, _ value: Expr) {
    append(.store(ptr: ptr, at: at, value))
  }

  public func prefetch(_ ptr: String, _ at: Index) { append(.prefetch(ptr: ptr, at: at)) }
}

/// A float vector or matrix in memory: pointer name + offset, with a row stride for matrices.
public struct Operand {
  public var ptr: String
  public var offset: Index
  public var stride: Int

  public init(_ ptr: String, _ offset: Index = 0, stride: Int = 0) {
    self.ptr = ptr
    self.offset = offset
    self.stride = stride
  }

  /// Address of element (row, col).
  public func at(_ row: Index, _ col: Index = 0) -> Index { offset + row * .const(stride) + col }
  public func load(_ row: Index, _ col: Index = 0, width: Int = 1) -> Expr {
    .load(ptr: ptr, at: at(row, col), width: width)
  }
  public func shifted(_ by: Index) -> Operand { Operand(ptr, offset + by, stride: stride) }
}

/// The widest vector (<= 8 lanes, AVX2) that tiles a dimension.
public func vectorWidth(_ n: Int) -> Int { [16, 8, 4, 2].first { n % $0 == 0 } ?? 1 }

/// The largest count <= limit that divides n.
func largestDivisor(of n: Int, atMost limit: Int) -> Int {
  stride(from: min(limit, n), through: 1, by: -1).first { n % $0 == 0 } ?? 1
}
