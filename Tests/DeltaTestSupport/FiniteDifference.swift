import Foundation

/// Central finite differences for gradient checks in Float64, and the FD error table the gradient
/// tests print (one `| FD | ... |` row per checked tensor; grep the test log for "| FD").

/// dL/dx[i] ≈ (L(x + h e_i) - L(x - h e_i)) / 2h at each index in `indices` (all when nil); the
/// result is aligned with `indices`. h = 1e-6 balances truncation (h^2) and rounding (eps/h) in Float64.
public func centralDifferences(
  at x: [Double], indices: [Int]? = nil, h: Double = 1e-6, _ loss: ([Double]) throws -> Double
) rethrows -> [Double] {
  try (indices ?? Array(x.indices)).map { i in
    var plus = x
    var minus = x
    plus[i] += h
    minus[i] -= h
    return (try loss(plus) - loss(minus)) / (2 * h)
  }
}

/// f'(0) by the five-point stencil (f(-2h) - 8 f(-h) + 8 f(h) - f(2h)) / 12h, whose truncation error
/// is O(h^4) instead of O(h^2): the whole-model losses have points of large curvature (an l2norm of a
/// short vector) where the central difference is off by 1e-6 at h = 1e-6 and this one by 1e-10.
public func fivePointDerivative(h: Double = 1e-6, _ f: (Double) throws -> Double) rethrows -> Double
{
  let (p1, m1, p2, m2) = (try f(h), try f(-h), try f(2 * h), try f(-2 * h))
  return (m2 - 8 * m1 + 8 * p1 - p2) / (12 * h)
}

public func dot(_ a: [Double], _ b: [Double]) -> Double {
  precondition(a.count == b.count, "dot: \(a.count) vs \(b.count) elements")
  var acc = 0.0
  for i in a.indices { acc += a[i] * b[i] }
  return acc
}

/// Checks `analytic` (the full gradient of `loss` at x) against central differences at `indices`
/// (all when nil) and prints one table row. Pass when the max abs error is below
/// `tolerance * max(1, max |numeric|)`: FD errors scale with the gradient's magnitude.
public func gradientCheck(
  _ op: String, _ operand: String, at x: [Double], analytic: [Double], indices: [Int]? = nil,
  tolerance: Double = 1e-7, _ loss: ([Double]) throws -> Double
) rethrows -> GradientCheck {
  precondition(
    analytic.count == x.count, "\(op) \(operand): gradient has \(analytic.count) of \(x.count)")
  let picked = indices ?? Array(x.indices)
  let numeric = try centralDifferences(at: x, indices: picked, loss)
  let c = compare("\(op).\(operand)", picked.map { analytic[$0] }, numeric)
  let scale = numeric.reduce(0) { max($0, abs($1)) }
  let check = GradientCheck(
    op: op, operand: operand, checked: picked.count, maxAbs: c.maxAbs, maxRel: c.maxRel,
    scale: scale, passed: c.maxAbs <= tolerance * max(1, scale) && !c.maxAbs.isNaN)
  print(check.row)
  return check
}

public struct GradientCheck: Sendable, CustomStringConvertible {
  public let op: String
  public let operand: String
  public let checked: Int
  public let maxAbs: Double
  public let maxRel: Double
  /// max |numeric gradient|.
  public let scale: Double
  public let passed: Bool

  public init(
    op: String, operand: String, checked: Int, maxAbs: Double, maxRel: Double, scale: Double,
    passed: Bool
  ) {
    (self.op, self.operand, self.checked) = (op, operand, checked)
    (self.maxAbs, self.maxRel, self.scale, self.passed) = (maxAbs, maxRel, scale, passed)
  }

  public var row: String {
    func pad(_ s: String, _ n: Int) -> String {
      s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
    func sci(_ v: Double) -> String { pad(String(format: "%.2e", v), 9) }
    return
      "| FD | \(pad(op, 40)) | \(pad(operand, 24)) | \(pad(String(checked), 4)) | abs \(sci(maxAbs)) "
      + "| rel \(sci(maxRel)) | |g| \(sci(scale)) | \(passed ? "ok" : "FAIL") |"
  }
  public var description: String { row }
}
