// Element types, symbolic shapes and named values of the graph IR.
//
// Dims are monomials: a positive integer factor times a product of symbols (`B`, `T`, `B*T`, `2*T`).
// That is enough for every reshape the model needs (heads, interleaving, flattening the batch for a
// weight gradient) without a general symbolic-arithmetic engine.

/// Element type of a tensor.
public enum DType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  case f32, f64, i32
  public var isFloat: Bool { self != .i32 }
  public var description: String { rawValue }
}

/// One dimension: `factor * symbols[0] * symbols[1] * ...`; concrete when `symbols` is empty.
/// Symbols are kept sorted, so equal monomials compare equal (`T*B` is `B*T`).
public struct Dim: Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral,
  ExpressibleByStringLiteral
{
  public let factor: Int
  public let symbols: [String]

  public init(factor: Int, symbols: [String] = []) {
    self.factor = factor
    self.symbols = symbols.sorted()
  }
  public init(_ value: Int) { self.init(factor: value) }
  public init(symbol: String) { self.init(factor: 1, symbols: [symbol]) }
  public init(integerLiteral value: Int) { self.init(factor: value) }
  /// `"B"`, `"B*T"`, `"2*T"`; traps on malformed text (literals are written by programmers).
  public init(stringLiteral value: String) {
    guard let d = Dim(parsing: value) else { preconditionFailure("bad dim literal '\(value)'") }
    self = d
  }

  /// The size when it does not depend on a symbol.
  public var concrete: Int? { symbols.isEmpty ? factor : nil }
  public var isSymbolic: Bool { !symbols.isEmpty }

  /// The product (factors wrap on overflow rather than trap: a malformed graph must not crash the verifier).
  public static func * (a: Dim, b: Dim) -> Dim {
    Dim(factor: a.factor &* b.factor, symbols: a.symbols + b.symbols)
  }

  /// `a / b` when exact (factor divides, symbols of `b` are a sub-multiset of `a`'s), else nil.
  public static func exactDivide(_ a: Dim, _ b: Dim) -> Dim? {
    guard b.factor != 0, a.factor % b.factor == 0 else { return nil }
    var rest = a.symbols
    for s in b.symbols {
      guard let i = rest.firstIndex(of: s) else { return nil }
      rest.remove(at: i)
    }
    return Dim(factor: a.factor / b.factor, symbols: rest)
  }

  /// The value of the dim once every symbol is bound (nil if a symbol is unbound).
  public func evaluate(_ bindings: [String: Int]) -> Int? {
    var n = factor
    for s in symbols {
      guard let v = bindings[s] else { return nil }
      n *= v
    }
    return n
  }

  public var description: String {
    if symbols.isEmpty { return String(factor) }
    let product = symbols.joined(separator: "*")
    return factor == 1 ? product : "\(factor)*\(product)"
  }
}

/// A tensor shape, outermost dim first (row-major).
public struct Shape: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
  public var dims: [Dim]
  public init(_ dims: [Dim]) { self.dims = dims }
  public init(arrayLiteral elements: Dim...) { self.dims = elements }

  public var rank: Int { dims.count }
  public subscript(i: Int) -> Dim { dims[i] }
  /// The number of elements, as a monomial.
  public var elementCount: Dim { dims.reduce(Dim(1), *) }
  public var description: String { "[" + dims.map(\.description).joined(separator: ",") + "]" }
}

/// Element type and shape, printed `f32[B,T,128]` (a scalar is `f32[]`).
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
  public var dtype: DType
  public var shape: Shape
  public init(_ dtype: DType, _ shape: Shape) {
    self.dtype = dtype
    self.shape = shape
  }
  public var rank: Int { shape.rank }
  public var dims: [Dim] { shape.dims }
  public var description: String { "\(dtype)\(shape)" }
}

/// A named SSA value. Locals and graph inputs are spelled with a leading `%` (`%q`, `%input_ids`);
/// parameters are spelled with their bare fla names (`model.layers.0.attn.q_proj.weight`).
public struct Value: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let name: String
  public init(_ name: String) { self.name = name }
  public var isParameter: Bool { !name.hasPrefix("%") }
  public var description: String { name }
  public static func < (a: Value, b: Value) -> Bool { a.name < b.name }
}

/// A value with its type: a parameter, a graph input or a node result.
public struct TypedValue: Hashable, Sendable, CustomStringConvertible {
  public var value: Value
  public var type: TensorType
  public init(_ value: Value, _ type: TensorType) {
    self.value = value
    self.type = type
  }
  public var description: String { "\(value): \(type)" }
}
