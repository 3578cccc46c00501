import DeltaCodegen
import DeltaRuntime
import DeltaSpec

/// AdamW with decoupled weight decay (Loshchilov & Hutter; PyTorch's `torch.optim.AdamW`), in Float32
/// like PyTorch's fp32 path. Per parameter p with gradient g, at step t (1-based):
///   p <- p (1 - lr wd)                      (skipped for parameters that take no decay)
///   m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g^2
///   p <- p - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
/// The state (t, m, v) is what a checkpoint stores, so a resumed run continues bit for bit.
public struct AdamW: Sendable {
  public let config: TrainSpec.AdamW
  /// Steps taken (t of the last update; 0 before the first).
  public var step: Int = 0
  /// First and second moments by parameter name.
  public var firstMoment: [String: [Float]] = [:]
  public var secondMoment: [String: [Float]] = [:]

  public init(config: TrainSpec.AdamW) { self.config = config }

  /// No weight decay on norm weights, biases, A_log and dt_bias (fla / flame's convention): decaying a
  /// norm's gain or the forget gate's parameters toward 0 changes what the layer computes.
  public static func decays(_ name: String) -> Bool {
    !(name.hasSuffix("norm.weight") || name.hasSuffix(".bias") || name.hasSuffix(".A_log")
      || name.hasSuffix(".dt_bias"))
  }

  /// One update of every parameter in `parameters` with the gradient of the same name, at rate `lr`.
  public mutating func update(
    parameters: inout [String: [Float]], gradients: [String: [Float]], lr: Double
  ) {
    step += 1
    let c = config
    let t = Double(step)
    let correction1 = Float(1 - pow(c.beta1, t))
    let correction2Root = Float((1 - pow(c.beta2, t)).squareRoot())
    let (b1, b2, eps) = (Float(c.beta1), Float(c.beta2), Float(c.eps))
    let stepSize = Float(lr) / correction1
    for name in parameters.keys.sorted() {
      guard let g = gradients[name] else { continue }
      let decay: Float = Self.decays(name) ? 1 - Float(lr * c.weightDecay) : 1
      // Taken out of the dictionaries so each array is uniquely referenced: updated in place, not
      // copied on the first write.
      var m = firstMoment.removeValue(forKey: name) ?? [Float](repeating: 0, count: g.count)
      var v = secondMoment.removeValue(forKey: name) ?? [Float](repeating: 0, count: g.count)
      var w = parameters.removeValue(forKey: name)!
      let n = g.count
      w.withUnsafeMutableBufferPointer { p in
        m.withUnsafeMutableBufferPointer { m in
          v.withUnsafeMutableBufferPointer { v in
            g.withUnsafeBufferPointer { g in
              let (p, m, v, g) = (
                SendablePointer(p.baseAddress), SendablePointer(m.baseAddress),
                SendablePointer(v.baseAddress), SendablePointer(g.baseAddress)
              )
              // Elementwise, so any split over the workers gives the same bits.
              let workers = n >= 1 << 16 ? ParallelFor.cores : 1
              let c = Constants(
                decay: decay, b1: b1, b2: b2, stepSize: stepSize, correction2Root: correction2Root,
                eps: eps)
              ParallelFor.run(count: n, threads: workers) { range, _ in
                Self.update(p.pointer!, m.pointer!, v.pointer!, g.const!, range, c, jit: Self.jit)
              }
            }
          }
        }
      }
      parameters[name] = w
      firstMoment[name] = m
      secondMoment[name] = v
    }
  }
}

extension AdamW {
  /// One step's scalars: decay, the moments' rates, lr / (1 - b1^t), sqrt(1 - b2^t), eps.
  struct Constants {
    var decay, b1, b2, stepSize, correction2Root, eps: Float
  }

  /// The JIT'd update (`AdamWKernel`: the host's widest vectors, the same bits), compiled once; nil
  /// where it cannot be (the SIMD loop below runs then). small's AdamW, `deltac profile`, binaries
  /// alternating (Zen 4): see docs/performance.md section 0.
  static let jit: AdamWKernel.Fn? = try? AdamWKernel.function()

  /// Elements `range` of one parameter through `jit` when given, else `simd`.
  static func update(
    _ p: UnsafeMutablePointer<Float>, _ m: UnsafeMutablePointer<Float>,
    _ v: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ range: Range<Int>,
    _ c: Constants, jit: AdamWKernel.Fn?
  ) {
    guard let jit else { return simd(p, m, v, g, range, c) }
    let i = range.lowerBound
    jit(
      p + i, m + i, v + i, g + i, Int64(range.count), c.decay, c.b1, 1 - c.b1, c.b2, 1 - c.b2,
      c.stepSize, c.correction2Root, c.eps)
  }

  /// Elements `range` of one parameter, 16 at a time (`SIMD16`), then the tail one by one. The
  /// vector lanes do the same Float operations in the same order as `updateScalar` (no fused
  /// multiply-add: Swift does not contract), so the bits are the same. The scalar loop, which the
  /// compiler did not vectorize (a sqrt and two divisions per element), took 11.9 ms on one thread
  /// for small's 2.27M parameters, this one 5.1 ms (a standalone benchmark, alternating; the sqrt
  /// stays lane by lane, the rest runs 4 lanes wide); in `deltac profile`, AdamW went from 4.4-6.1
  /// to 2.8-3.0 ms a step on small and from 0.9-1.1 to 0.7 ms on tiny.
  static func simd(
    _ p: UnsafeMutablePointer<Float>, _ m: UnsafeMutablePointer<Float>,
    _ v: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ range: Range<Int>,
    _ c: Constants
  ) {
    typealias V = SIMD16<Float>
    var i = range.lowerBound
    while i + V.scalarCount <= range.upperBound {
      let gv = UnsafeRawPointer(g + i).loadUnaligned(as: V.self)
      var pv = UnsafeRawPointer(p + i).loadUnaligned(as: V.self)
      var mv = UnsafeRawPointer(m + i).loadUnaligned(as: V.self)
      var vv = UnsafeRawPointer(v + i).loadUnaligned(as: V.self)
      pv *= c.decay
      mv = c.b1 * mv + (1 - c.b1) * gv
      vv = c.b2 * vv + (1 - c.b2) * gv * gv
      pv -= c.stepSize * mv / (vv.squareRoot() / c.correction2Root + c.eps)
      UnsafeMutableRawPointer(p + i).storeBytes(of: pv, as: V.self)
      UnsafeMutableRawPointer(m + i).storeBytes(of: mv, as: V.self)
      UnsafeMutableRawPointer(v + i).storeBytes(of: vv, as: V.self)
      i += V.scalarCount
    }
    updateScalar(p, m, v, g, i..<range.upperBound, c)
  }

  /// The update one element at a time (`update`'s tail, and its reference in the tests).
  static func updateScalar(
    _ p: UnsafeMutablePointer<Float>, _ m: UnsafeMutablePointer<Float>,
    _ v: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ range: Range<Int>,
    _ c: Constants
  ) {
    for i in range {
      p[i] *= c.decay
      m[i] = c.b1 * m[i] + (1 - c.b1) * g[i]
      v[i] = c.b2 * v[i] + (1 - c.b2) * g[i] * g[i]
      // PyTorch's form: denom = sqrt(v) / sqrt(1 - b2^t) + eps; p -= (lr / (1 - b1^t)) m / denom.
      p[i] -= c.stepSize * m[i] / (v[i].squareRoot() / c.correction2Root + c.eps)
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
