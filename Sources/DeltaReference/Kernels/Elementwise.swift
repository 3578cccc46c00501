import DeltaIR
import DeltaRuntime
import Foundation

/// The reference math of each unary function (the one place; the interpreter's unary ops and fused
/// programs both run it).
extension Unary {
  public func apply<S: RealScalar>(_ x: S) -> S {
    switch self {
    case .neg: return -x
    case .exp: return S.exp(x)
    case .log: return S.log(x)
    case .rsqrt: return 1 / S.sqrt(x)
    case .square: return x * x
    case .sigmoid: return ScalarMath.sigmoid(x)
    case .silu: return ScalarMath.silu(x)
    case .softplus: return ScalarMath.softplus(x)
    }
  }

  /// dy/dx at x, given y = f(x).
  public func derivative<S: RealScalar>(_ x: S, _ y: S) -> S {
    switch self {
    case .neg: return -1
    case .exp: return y
    case .log: return 1 / x
    case .rsqrt: return -y * y * y / 2
    case .square: return 2 * x
    case .sigmoid: return y * (1 - y)
    case .silu: return ScalarMath.siluDerivative(x)
    case .softplus: return ScalarMath.softplusDerivative(x)
    }
  }
}

/// Elementwise maps (unary, and binary with numpy broadcasting) and their gradients.
extension ReferenceKernels {
  public static func unaryForward<S: RealScalar>(_ f: Unary, _ x: [S]) -> [S] {
    var y = [S](repeating: 0, count: x.count)
    for i in x.indices { y[i] = f.apply(x[i]) }
    return y
  }

  /// dx = dy * f'(x).
  public static func unaryBackward<S: RealScalar>(_ f: Unary, x: [S], dY: [S]) -> [S] {
    var dX = [S](repeating: 0, count: x.count)
    for i in x.indices { dX[i] = dY[i] * f.derivative(x[i], f.apply(x[i])) }
    return dX
  }

  /// y = scale * x + shift (constant affine map, e.g. beta = 2 sigmoid(b) as sigmoid then scale).
  public static func affineForward<S: RealScalar>(_ x: [S], scale: S, shift: S) -> [S] {
    x.map { scale * $0 + shift }
  }

  public enum BinaryFunction: String, CaseIterable, Sendable {
    case add, sub, mul, div

    public func apply<S: RealScalar>(_ a: S, _ b: S) -> S {
      switch self {
      case .add: return a + b
      case .sub: return a - b
      case .mul: return a * b
      case .div: return a / b
      }
    }

    /// (dy/da, dy/db) at (a, b).
    public func partials<S: RealScalar>(_ a: S, _ b: S) -> (S, S) {
      switch self {
      case .add: return (1, 1)
      case .sub: return (1, -1)
      case .mul: return (b, a)
      case .div: return (1 / b, -a / (b * b))
      }
    }
  }

  /// y = f(a, b) with numpy broadcasting; returns y and its shape.
  public static func binaryForward<S: RealScalar>(
    _ f: BinaryFunction, _ a: [S], _ aShape: [Int], _ b: [S], _ bShape: [Int]
  ) throws -> (y: [S], shape: [Int]) {
    if aShape == bShape {  // the common case, without index tables
      var y = [S](repeating: 0, count: a.count)
      for i in y.indices { y[i] = f.apply(a[i], b[i]) }
      return (y, aShape)
    }
    let shape = try broadcastShape(aShape, bShape)
    let (ia, ib) = (
      broadcastIndices(from: aShape, to: shape), broadcastIndices(from: bShape, to: shape)
    )
    var y = [S](repeating: 0, count: ia.count)
    for i in y.indices { y[i] = f.apply(a[ia[i]], b[ib[i]]) }
    return (y, shape)
  }

  /// (da, db) of y = f(a, b), each summed back over the dims it was broadcast along.
  public static func binaryBackward<S: RealScalar>(
    _ f: BinaryFunction, _ a: [S], _ aShape: [Int], _ b: [S], _ bShape: [Int], dY: [S]
  ) throws -> (dA: [S], dB: [S]) {
    let shape = try broadcastShape(aShape, bShape)
    let (ia, ib) = (
      broadcastIndices(from: aShape, to: shape), broadcastIndices(from: bShape, to: shape)
    )
    var dA = [S](repeating: 0, count: a.count)
    var dB = [S](repeating: 0, count: b.count)
    for i in dY.indices {
      let (pa, pb) = f.partials(a[ia[i]], b[ib[i]])
      dA[ia[i]] += dY[i] * pa
      dB[ib[i]] += dY[i] * pb
    }
    return (dA, dB)
  }
}
