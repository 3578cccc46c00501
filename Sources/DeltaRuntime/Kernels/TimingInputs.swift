/// Deterministic inputs of the right ranges for timing the recurrence kernels (`deltac bench kernels`,
/// `chunk_size: autotune`): unit q and k rows, v and the output cotangent in (-1, 1), beta in
/// (0.1, 1.9), log gates in (-0.15, -0.05). One seeded stream, so a timing sees the same data each run.
public struct TimingInputs: Sendable {
  public var inputs: RecurrenceInputs<Float>
  /// dL/do [B,T,H,V], for the backward.
  public var dOutput: [Float]

  /// `scale`: the readout scale (default Dk^-1/2).
  public init(dims d: RecurrenceDims, gated: Bool, scale: Float? = nil) {
    var seed: UInt64 = 42
    func next() -> Float {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(seed >> 40) / Float(1 << 24) * 2 - 1
    }
    func unit(_ count: Int, _ width: Int) -> [Float] {
      var x = (0..<count).map { _ in next() }
      for r in 0..<(count / width) {
        let row = (r * width)..<((r + 1) * width)
        let n = max(1e-6, row.reduce(Float(0)) { $0 + x[$1] * x[$1] }.squareRoot())
        for i in row { x[i] /= n }
      }
      return x
    }
    inputs = .init(
      q: unit(d.qCount, d.keyDim), k: unit(d.kCount, d.keyDim),
      v: (0..<d.vCount).map { _ in next() }, beta: (0..<d.betaCount).map { _ in 1 + next() * 0.9 },
      g: gated ? (0..<d.gateCount).map { _ in -0.1 + 0.05 * next() } : nil,
      initialState: nil, scale: scale ?? 1 / Float(d.keyDim).squareRoot())
    dOutput = (0..<d.outputCount).map { _ in next() }
  }
}
