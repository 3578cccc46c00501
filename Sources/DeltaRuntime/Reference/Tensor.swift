/// A dense tensor of the reference interpreter: a concrete shape and row-major storage. Clarity over
/// speed: no strides, no views, every op writes a fresh array.
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

/// Thrown by the reference kernels on data they cannot process (an id outside the vocabulary, shapes
/// that do not broadcast); the interpreter adds the value and op it was running.
public struct KernelError: Error, CustomStringConvertible, Equatable, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Namespace of the plain reference kernels (one file per op family under Kernels/): forward and
/// backward functions over flat row-major arrays with explicit sizes, generic over Float and Double.
public enum ReferenceKernels {}
