/// A dense tensor: a concrete shape and row-major storage, what the executor is fed and returns (and
/// what the reference interpreter, DeltaReference, computes on). No strides, no views.
public struct Tensor<Element: Sendable>: Sendable {
  /// Concrete dims, outermost first; [] is a scalar.
  public var shape: [Int]
  /// Row-major, `shape.reduce(1, *)` elements.
  public var data: [Element]

  public init(shape: [Int], data: [Element]) {
    precondition(
      shape.allSatisfy { $0 >= 0 } && data.count == shape.reduce(1, *),
      "Tensor: \(data.count) elements do not fill shape \(shape)")
    self.shape = shape
    self.data = data
  }

  public init(shape: [Int], repeating value: Element) {
    self.init(shape: shape, data: Array(repeating: value, count: shape.reduce(1, *)))
  }

  /// A rank-0 tensor.
  public init(scalar: Element) { self.init(shape: [], data: [scalar]) }

  public var count: Int { data.count }
  public var rank: Int { shape.count }
}

extension Tensor: Equatable where Element: Equatable {}

extension Tensor where Element: Numeric {
  public init(zeros shape: [Int]) { self.init(shape: shape, repeating: 0) }
}

extension Tensor where Element: BinaryFloatingPoint {
  /// The same values in another floating-point type (Float32 vs Float64 comparisons).
  public func converted<T: BinaryFloatingPoint & Sendable>(to: T.Type = T.self) -> Tensor<T> {
    Tensor<T>(shape: shape, data: data.map { T($0) })
  }
}

/// A tensor fed to or computed by a graph: float data in the scalar type S, or i32 ids and labels.
public enum TensorValue<S: RealScalar>: Sendable {
  case real(Tensor<S>)
  case index(Tensor<Int32>)

  public var shape: [Int] {
    switch self {
    case .real(let t): return t.shape
    case .index(let t): return t.shape
    }
  }
  var isIndex: Bool {
    if case .index = self { return true }
    return false
  }
  /// "a float tensor" / "an i32 tensor", for messages.
  var kindPhrase: String { isIndex ? "an i32 tensor" : "a float tensor" }
}
