import DeltaIR
import DeltaRuntime

/// `deltaproduct` and `deltaproduct_grad` through the naive per-step reference. The IR's
/// k [B, T, n, H, K] is fla's interleaved [B, T*n, H, K] in the same memory, which is the layout
/// `DeltaProductReference` reads.
extension Interpreter {
  static func deltaProductForward(_ p: DeltaProductParams, _ x: [TensorValue<S>]) throws
    -> [TensorValue<S>]
  {
    let (inputs, dims) = try deltaProductInputs(p, x)
    let (o, state) = DeltaProductReference.forward(inputs, dims: dims)
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
    let (inputs, dims) = try deltaProductInputs(p, Array(x[0..<count]))
    let dOutput = try real(x[count]).data
    let dFinal = p.finalState ? try real(x[count + 1]).data : nil
    let g = DeltaProductReference.backward(
      inputs, dims: dims, dOutput: dOutput, dFinalState: dFinal)
    var results = [
      real(x[0].shape, g.q), real(x[1].shape, g.k), real(x[2].shape, g.v), real(x[3].shape, g.beta),
    ]
    if p.gated { results.append(real(x[4].shape, g.g!)) }
    if p.initialState { results.append(real(x[count - 1].shape, g.initialState)) }
    return results
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
