import DeltaIR
import DeltaRuntime

/// The reference semantics of a `fused` node: its program evaluated row by row (see FusedKernel.swift).
/// Legend: R rows of width W; operands flat, indexed by their kind.
extension ReferenceKernels {
  /// The results of `kernel` in result order: R*W values each, or W for a colsum.
  public static func fusedForward<S: RealScalar>(
    _ kernel: FusedKernel, operands: [[S]], rows: Int, width: Int
  ) -> [[S]] {
    let program = kernel.program
    let W = width
    var results: [[S]] = kernel.results.map {
      [S](repeating: 0, count: program[$0].function == .colsum ? W : rows * W)
    }
    var temps = [[S]](repeating: [S](repeating: 0, count: W), count: program.count)
    for r in 0..<rows {
      for (i, ins) in program.enumerated() {
        func arg(_ a: FusedKernel.Arg, _ c: Int) -> S {
          switch a {
          case .const(let v): return S(v)
          case .temp(let t): return temps[t][c]
          case .operand(let j):
            switch kernel.operands[j] {
            case .full: return operands[j][r * W + c]
            case .col: return operands[j][c]
            case .row: return operands[j][r]
            case .scalar: return operands[j][0]
            }
          }
        }
        var out = temps[i]
        switch ins.function {
        case .rsum, .rmean:
          var s: S = 0
          for c in 0..<W { s += arg(ins.args[0], c) }
          if ins.function == .rmean { s /= S(W) }
          for c in 0..<W { out[c] = s }
        default:
          for c in 0..<W {
            out[c] = apply(
              ins.function, arg(ins.args[0], c), ins.args.count > 1 ? arg(ins.args[1], c) : 0)
          }
        }
        temps[i] = out
      }
      for (k, t) in kernel.results.enumerated() {
        if program[t].function == .colsum {
          for c in 0..<W { results[k][c] += temps[t][c] }
        } else {
          for c in 0..<W { results[k][r * W + c] = temps[t][c] }
        }
      }
    }
    return results
  }

  /// One elementwise function of the fused program (`y` unused by unary ones; colsum passes x).
  static func apply<S: RealScalar>(_ f: FusedKernel.Function, _ x: S, _ y: S) -> S {
    switch f {
    case .unary(let u): return u.apply(x)
    case .dsilu: return ScalarMath.siluDerivative(x)
    case .add: return x + y
    case .sub: return x - y
    case .mul: return x * y
    case .div: return x / y
    case .colsum, .rsum, .rmean: return x
    }
  }
}
