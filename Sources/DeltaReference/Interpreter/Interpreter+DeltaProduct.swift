import DeltaIR
import DeltaRuntime

/// `deltaproduct` and `deltaproduct_grad` through the naive per-step reference. The IR's
/// k [B, T, n, H, K] is fla's interleaved [B, T*n, H, K] in the same memory, which is the layout
/// `DeltaProductReference` reads.
extension Interpreter {
  static func deltaProductForward(_ p: DeltaProductParams, _ x: [TensorValue<S>]) throws
    -> [TensorValue<S>]
  {
    let (raw, dims) = try deltaProductInputs(p, x)
    let (o, state) = DeltaProductReference.forward(activated(raw, p.inputs, dims), dims: dims)
    let (B, T, H, V) = (dims.batch, dims.length, dims.heads, dims.valueDim)
    let out = real([B, T, H, V], o)
    return p.finalState ? [out, real([B, H, dims.keyDim, V], state)] : [out]
  }

  /// Operands: the forward's, then do, then dS_T iff final_state. Results dq, dk, dv, dbeta, [dg],
  /// [dinitial_state], each shaped like its primal.
  static func deltaProductBackward(_ p: DeltaProductParams, _ x: [TensorValue<S>]) throws
    -> [TensorValue<S>]
  {
    let count = p.forwardOperandCount
    let (raw, dims) = try deltaProductInputs(p, Array(x[0..<count]))
    let dOutput = try real(x[count]).data
    let dFinal = p.finalState ? try real(x[count + 1]).data : nil
    let g = DeltaProductReference.backward(
      activated(raw, p.inputs, dims), dims: dims, dOutput: dOutput, dFinalState: dFinal)
    let (K, V) = (dims.keyDim, dims.valueDim)
    let dq = inputGradient(raw.q, g.q, width: K, p.inputs, isValue: false)
    let dk = inputGradient(raw.k, g.k, width: K, p.inputs, isValue: false)
    let dv = inputGradient(raw.v, g.v, width: V, p.inputs, isValue: true)
    var results = [
      real(x[0].shape, dq), real(x[1].shape, dk), real(x[2].shape, dv), real(x[3].shape, g.beta),
    ]
    if p.gated { results.append(real(x[4].shape, g.g!)) }
    if p.initialState { results.append(real(x[count - 1].shape, g.initialState)) }
    return results
  }

  /// The recurrence's inputs after the op's own activations (`InputActivation`): q and k per row of
  /// K, v per row of V.
  static func activated(
    _ raw: DeltaProductReference.Inputs<S>, _ inputs: InputActivation,
    _ dims: DeltaProductReference.Dims
  ) -> DeltaProductReference.Inputs<S> {
    var a = raw
    a.q = activation(raw.q, width: dims.keyDim, inputs, isValue: false)
    a.k = activation(raw.k, width: dims.keyDim, inputs, isValue: false)
    a.v = activation(raw.v, width: dims.valueDim, inputs, isValue: true)
    return a
  }

  /// q, k: l2norm (of silu); v: silu or nothing (the kernel tests' reference too).
  public static func activation(_ x: [S], width: Int, _ inputs: InputActivation, isValue: Bool)
    -> [S]
  {
    let s = inputs.silu ? x.map(ScalarMath.silu) : x
    guard !isValue, inputs.normalizes else { return s }
    return ReferenceKernels.l2NormForward(
      x: s, rows: s.count / width, dim: width, eps: S(InputActivation.eps))
  }

  /// The gradient of a raw operand from that of its activation (the chain rule of `activation`).
  public static func inputGradient(
    _ x: [S], _ dy: [S], width: Int, _ inputs: InputActivation, isValue: Bool
  ) -> [S] {
    let s = inputs.silu ? x.map(ScalarMath.silu) : x
    let ds =
      isValue || !inputs.normalizes
      ? dy
      : ReferenceKernels.l2NormBackward(
        x: s, dY: dy, rows: s.count / width, dim: width, eps: S(InputActivation.eps))
    guard inputs.silu else { return ds }
    return zip(ds, x).map { $0 * ScalarMath.siluDerivative($1) }
  }

  /// q [B, T, H, K], k [B, T, n, H, K], v [B, T, n, H, V], beta [B, T, n, H], g [B, T, H],
  /// initial_state [B, H, K, V] (the last two as the parameters say).
  static func deltaProductInputs(
    _ p: DeltaProductParams, _ x: [TensorValue<S>]
  ) throws -> (DeltaProductReference.Inputs<S>, DeltaProductReference.Dims) {
    let (q, k, v, beta) = (try real(x[0]), try real(x[1]), try real(x[2]), try real(x[3]))
    let g = p.gated ? try real(x[4]).data : nil
    let s0 = p.initialState ? try real(x[p.forwardOperandCount - 1]).data : nil
    let dims = DeltaProductReference.Dims(
      batch: q.shape[0], length: q.shape[1], heads: q.shape[2], householder: p.numHouseholder,
      keyDim: q.shape[3], valueDim: v.shape[4])
    let inputs = DeltaProductReference.Inputs(
      q: q.data, k: k.data, v: v.data, beta: beta.data, g: g, initialState: s0, scale: S(p.scale))
    return (inputs, dims)
  }
}
