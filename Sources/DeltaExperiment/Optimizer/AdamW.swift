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
              ParallelFor.run(count: n, threads: workers) { range, _ in
                let (p, m, v, g) = (p.pointer!, m.pointer!, v.pointer!, g.const!)
                for i in range {
                  p[i] *= decay
                  m[i] = b1 * m[i] + (1 - b1) * g[i]
                  v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                  // PyTorch's form: denom = sqrt(v) / sqrt(1 - b2^t) + eps; p -= (lr / (1 - b1^t))
                  // m / denom.
                  p[i] -= stepSize * m[i] / (v[i].squareRoot() / correction2Root + eps)
                }
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
