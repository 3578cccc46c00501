import DeltaRuntime

/// RMSNorm, gated RMSNorm (fla FusedRMSNormGated with swish) and L2 norm over the last dim, with grads.
/// Legend: N rows (every leading dim flattened), D normalised width.  x, y [N, D]; weight [D].
extension ReferenceKernels {
  /// y = x / sqrt(mean(x^2) + eps) * w.
  public static func rmsNormForward<S: RealScalar>(
    x: [S], weight: [S], rows: Int, dim: Int, eps: S
  ) -> [S] {
    gatedRMSNormForward(x: x, weight: weight, gate: nil, rows: rows, dim: dim, eps: eps)
  }

  /// (dx, dWeight) of `rmsNormForward`.
  public static func rmsNormBackward<S: RealScalar>(
    x: [S], weight: [S], dY: [S], rows: Int, dim: Int, eps: S
  ) -> (dX: [S], dWeight: [S]) {
    let g = gatedRMSNormBackward(
      x: x, weight: weight, gate: nil, dY: dY, rows: rows, dim: dim, eps: eps)
    return (g.dX, g.dWeight)
  }

  /// y = x / sqrt(mean(x^2) + eps) * w * silu(gate)  (norm before gate, fla's default); gate [N, D].
  /// A nil gate is the plain RMSNorm.
  public static func gatedRMSNormForward<S: RealScalar>(
    x: [S], weight: [S], gate: [S]?, rows: Int, dim: Int, eps: S
  ) -> [S] {
    var y = [S](repeating: 0, count: rows * dim)
    for r in 0..<rows {
      let rstd = rmsInverse(x, row: r, dim: dim, eps: eps)
      for d in 0..<dim {
        let i = r * dim + d
        y[i] = x[i] * rstd * weight[d] * (gate.map { ScalarMath.silu($0[i]) } ?? 1)
      }
    }
    return y
  }

  /// (dx, dWeight, dGate) of `gatedRMSNormForward`; dGate is nil when the gate is.
  /// With xhat = x rstd and u = dy * w * silu(gate) (the gradient reaching xhat):
  /// dx = rstd (u - xhat mean(u xhat)),  dw = sum_rows dy xhat silu(gate),
  /// dgate = dy xhat w silu'(gate).
  public static func gatedRMSNormBackward<S: RealScalar>(
    x: [S], weight: [S], gate: [S]?, dY: [S], rows: Int, dim: Int, eps: S
  ) -> (dX: [S], dWeight: [S], dGate: [S]?) {
    var dX = [S](repeating: 0, count: rows * dim)
    var dWeight = [S](repeating: 0, count: dim)
    var dGate = gate.map { [S](repeating: 0, count: $0.count) }
    var u = [S](repeating: 0, count: dim)
    for r in 0..<rows {
      let rstd = rmsInverse(x, row: r, dim: dim, eps: eps)
      var meanUX: S = 0
      for d in 0..<dim {
        let i = r * dim + d
        let xhat = x[i] * rstd
        let act = gate.map { ScalarMath.silu($0[i]) } ?? 1
        u[d] = dY[i] * weight[d] * act
        meanUX += u[d] * xhat
        dWeight[d] += dY[i] * xhat * act
        if let gate { dGate![i] = dY[i] * xhat * weight[d] * ScalarMath.siluDerivative(gate[i]) }
      }
      meanUX /= S(dim)
      for d in 0..<dim { dX[r * dim + d] = rstd * (u[d] - x[r * dim + d] * rstd * meanUX) }
    }
    return (dX, dWeight, dGate)
  }

  /// y = x / sqrt(sum(x^2) + eps), eps inside the sqrt (fla l2norm, eps 1e-6).
  public static func l2NormForward<S: RealScalar>(x: [S], rows: Int, dim: Int, eps: S) -> [S] {
    var y = [S](repeating: 0, count: rows * dim)
    for r in 0..<rows {
      let rstd = 1 / S.sqrt(sumOfSquares(x, row: r, dim: dim) + eps)
      for d in 0..<dim { y[r * dim + d] = x[r * dim + d] * rstd }
    }
    return y
  }

  /// dx = rstd (dy - y (y . dy))  (reference section 4.2's chain rule).
  public static func l2NormBackward<S: RealScalar>(
    x: [S], dY: [S], rows: Int, dim: Int, eps: S
  ) -> [S] {
    var dX = [S](repeating: 0, count: rows * dim)
    for r in 0..<rows {
      let rstd = 1 / S.sqrt(sumOfSquares(x, row: r, dim: dim) + eps)
      var dot: S = 0
      for d in 0..<dim { dot += x[r * dim + d] * rstd * dY[r * dim + d] }
      for d in 0..<dim {
        let i = r * dim + d
        dX[i] = rstd * (dY[i] - x[i] * rstd * dot)
      }
    }
    return dX
  }

  static func sumOfSquares<S: RealScalar>(_ x: [S], row: Int, dim: Int) -> S {
    var acc: S = 0
    for d in 0..<dim { acc += x[row * dim + d] * x[row * dim + d] }
    return acc
  }

  /// 1 / sqrt(mean(x^2) + eps) of one row.
  static func rmsInverse<S: RealScalar>(_ x: [S], row: Int, dim: Int, eps: S) -> S {
    1 / S.sqrt(sumOfSquares(x, row: row, dim: dim) / S(dim) + eps)
  }
}
