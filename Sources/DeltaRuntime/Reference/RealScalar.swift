import Foundation

/// The element types the reference interpreter runs in: Float (what the fast paths compute in) and Double
/// (the ground truth). Only the elementary functions the model needs.
public protocol RealScalar: BinaryFloatingPoint, Sendable, Codable {
  static func exp(_ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func log1p(_ x: Self) -> Self
  static func sqrt(_ x: Self) -> Self
}

extension Float: RealScalar {
  public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
  public static func log(_ x: Float) -> Float { Foundation.log(x) }
  public static func log1p(_ x: Float) -> Float { Foundation.log1p(x) }
  public static func sqrt(_ x: Float) -> Float { x.squareRoot() }
}

extension Double: RealScalar {
  public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  public static func log(_ x: Double) -> Double { Foundation.log(x) }
  public static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
  public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
}
