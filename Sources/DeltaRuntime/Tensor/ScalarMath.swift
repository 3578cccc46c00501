/// Scalar functions of the model and their derivatives, written to stay finite for any input (sigmoid
/// and softplus never exponentiate a large positive number). The host kernels run them in Float or
/// Double; the reference kernels (DeltaReference) in Float or Float64.
public enum ScalarMath {
  public static func sigmoid<S: RealScalar>(_ x: S) -> S {
    if x >= 0 { return 1 / (1 + S.exp(-x)) }
    let e = S.exp(x)
    return e / (1 + e)
  }

  /// SiLU (swish): x sigmoid(x).
  public static func silu<S: RealScalar>(_ x: S) -> S { x * sigmoid(x) }
  /// d silu / dx = s (1 + x (1 - s)), s = sigmoid(x).
  public static func siluDerivative<S: RealScalar>(_ x: S) -> S {
    let s = sigmoid(x)
    return s * (1 + x * (1 - s))
  }

  /// log(1 + e^x), as torch's softplus (beta 1, threshold 20): x itself above 20, else
  /// max(x, 0) + log1p(e^-|x|), which never overflows.
  public static func softplus<S: RealScalar>(_ x: S) -> S {
    x > threshold() ? x : max(x, 0) + S.log1p(S.exp(-abs(x)))
  }
  /// d softplus / dx: 1 above the threshold (torch's backward), else sigmoid(x).
  public static func softplusDerivative<S: RealScalar>(_ x: S) -> S {
    x > threshold() ? 1 : sigmoid(x)
  }
  static func threshold<S: RealScalar>() -> S { 20 }
}
