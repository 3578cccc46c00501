/// Global-norm gradient clipping and the finiteness checks that stop a run.
public enum GradientChecks {
  /// The L2 norm over every gradient (accumulated in Double, names in sorted order so the sum is the
  /// same on every run).
  public static func globalNorm(_ gradients: [String: [Float]]) -> Double {
    var sum = 0.0
    for name in gradients.keys.sorted() {
      for g in gradients[name]! { sum += Double(g) * Double(g) }
    }
    return sum.squareRoot()
  }

  /// PyTorch's `clip_grad_norm_`: when the norm exceeds `maxNorm`, every gradient is scaled by
  /// `maxNorm / (norm + 1e-6)`. Returns the norm before clipping.
  @discardableResult
  public static func clip(_ gradients: inout [String: [Float]], maxNorm: Double) -> Double {
    let norm = globalNorm(gradients)
    guard norm > maxNorm else { return norm }
    let scale = Float(maxNorm / (norm + 1e-6))
    for name in gradients.keys.sorted() {
      gradients[name] = gradients[name]!.map { $0 * scale }
    }
    return norm
  }

  /// The first tensor (in sorted name order) holding a NaN or an infinity, with how many and the first
  /// bad element; nil when all are finite.
  public static func firstNonFinite(_ tensors: [String: [Float]]) -> (
    name: String, count: Int, index: Int, value: Float
  )? {
    for name in tensors.keys.sorted() {
      let t = tensors[name]!
      guard let i = t.firstIndex(where: { !$0.isFinite }) else { continue }
      return (name, t.reduce(0) { $0 + ($1.isFinite ? 0 : 1) }, i, t[i])
    }
    return nil
  }
}
