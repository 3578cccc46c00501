import DeltaCodegen
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// Kernels compiled once per test process (memory-only cache): many tests share a specialization.
let testCache = KernelCache(directory: nil)

/// One test configuration: a specialization plus sizes and input ranges.
struct KernelCase: CustomTestStringConvertible, Sendable {
  var householder: Int
  var keyDim: Int
  var valueDim: Int
  var chunk: Int
  var gated: Bool
  var betaMax: Double
  var length: Int
  var form: DeltaKernelSpec.Form = .chunked
  var batch = 2
  var heads = 2
  /// The log decays g per token (gated cases).
  var gate: ClosedRange<Double> = -0.4...0

  var spec: DeltaKernelSpec {
    DeltaKernelSpec(
      keyDim: keyDim, valueDim: valueDim, householder: householder, chunk: chunk, gated: gated,
      form: form)
  }
  var dims: DeltaProductReference.Dims {
    .init(
      batch: batch, length: length, heads: heads, householder: householder, keyDim: keyDim,
      valueDim: valueDim)
  }
  var testDescription: String {
    "\(spec.forwardName)-T\(length)-beta\(Int(betaMax))" + (gate == -0.4...0 ? "" : "-g\(gate)")
  }
}

/// Random inputs in Float (what the kernels get) and the same values in Double (the reference's).
struct KernelInputs {
  var f: DeltaProductReference.Inputs<Float>
  var d: DeltaProductReference.Inputs<Double>
  var dOutput: [Float]
  var dFinal: [Float]

  init(_ c: KernelCase, seed: UInt64) {
    var rng = TestRNG(seed: seed)
    let dims = c.dims
    func unitRows(_ count: Int, _ width: Int) -> [Float] {
      var x = rng.array(count).map(Float.init)
      for r in 0..<(count / width) {
        let row = (r * width)..<((r + 1) * width)
        let norm = x[row].reduce(0) { $0 + $1 * $1 }.squareRoot()
        for i in row { x[i] /= norm }
      }
      return x
    }
    let q = unitRows(dims.qCount, c.keyDim)
    let k = unitRows(dims.kCount, c.keyDim)
    let v = rng.array(dims.vCount).map(Float.init)
    let beta = rng.array(dims.betaCount, 0.02, c.betaMax).map(Float.init)
    let g =
      c.gated
      ? rng.array(dims.gateCount, c.gate.lowerBound, c.gate.upperBound).map(Float.init) : nil
    let s0 = rng.array(dims.stateCount).map(Float.init)
    let scale = c.spec.scale
    f = .init(q: q, k: k, v: v, beta: beta, g: g, initialState: s0, scale: scale)
    func dbl(_ a: [Float]) -> [Double] { a.map(Double.init) }
    d = .init(
      q: dbl(q), k: dbl(k), v: dbl(v), beta: dbl(beta), g: g.map(dbl), initialState: dbl(s0),
      scale: Double(scale))
    dOutput = rng.array(dims.outputCount).map(Float.init)
    dFinal = rng.array(dims.stateCount).map(Float.init)
  }
}

/// The tolerance of the issue: max abs error / max abs of the fp64 reference, per tensor.
let relativeTolerance = 1e-5
