import DeltaIR

/// One specialization of the DeltaProduct kernels: everything that is a compile-time constant in them.
///
/// Legend: B batch, T tokens, H heads, n Householder steps per token, K = Dk, V = Dv, C chunk (in tokens).
/// Tensors use fla's layouts (see `DeltaProductReference`): q [B,T,H,K], k [B,T*n,H,K], v [B,T*n,H,V],
/// beta [B,T*n,H], g [B,T,H], states [B,H,K,V], o [B,T,H,V]. B and T are run-time arguments; H too (it
/// only enters strides), so one kernel serves every batch, length and head count.
public struct DeltaKernelSpec: Hashable, Sendable, CustomStringConvertible {
  /// How the forward computes inside a chunk. Both store the state only at chunk boundaries.
  public enum Form: String, Hashable, Sendable {
    /// WY / UT transform (reference 3.1, 3.3): forward substitution, then GEMMs.
    case chunked
    /// Token by token (the delta rule is column-separable, so a block of state columns stays in registers).
    case recurrent
  }

  public var keyDim: Int
  public var valueDim: Int
  public var householder: Int
  /// Tokens per chunk: boundary states are stored every `chunk` tokens.
  public var chunk: Int
  public var gated: Bool
  public var scale: Float
  public var form: Form
  /// The activations q, k, v get inside the kernels (`InputActivationCode`); the step kernel never
  /// has any (it takes activated inputs).
  public var inputs: InputActivation = .plain

  /// Chunk size 1 is the pure recurrent form whatever `form` says.
  public init(
    keyDim: Int, valueDim: Int, householder: Int, chunk: Int, gated: Bool, scale: Float? = nil,
    form: Form = .chunked, inputs: InputActivation = .plain
  ) {
    precondition(keyDim > 0 && valueDim > 0 && householder > 0 && chunk > 0)
    self.inputs = inputs
    self.keyDim = keyDim
    self.valueDim = valueDim
    self.householder = householder
    self.chunk = chunk
    self.gated = gated
    self.scale = scale ?? 1 / Float(keyDim).squareRoot()
    self.form = chunk == 1 ? .recurrent : form
  }

  /// The shared part of every kernel name: `h2_k32_v32_c64_nogate` (`r64` for recurrent with chunk 64,
  /// a `_s<hex>` suffix when the scale is not 1/sqrt(Dk)).
  public var suffix: String {
    let c = form == .chunked ? "c\(chunk)" : (chunk == 1 ? "c1" : "r\(chunk)")
    var s = "h\(householder)_k\(keyDim)_v\(valueDim)_\(c)_\(gated ? "gate" : "nogate")"
    if scale != 1 / Float(keyDim).squareRoot() { s += "_s" + String(scale.bitPattern, radix: 16) }
    if inputs != .plain { s += "_" + inputs.rawValue }
    return s
  }

  public var forwardName: String { "dp_fwd_" + suffix }
  /// The backward depends on the chunk, not on the forward's form: both forms store the same
  /// boundary states, and for chunk C > 1 the backward is the chunked WY adjoint over those chunks
  /// (`ChunkedBackwardKernels`: faster than the recurrent backward at C = 8-16 from Dk = 16 to 128,
  /// about even at Dk = 32 with n_h = 4; docs/kernels.md section 8), so `rN` runs a recurrent forward
  /// with a chunked backward; chunk 1 has the recurrent backward.
  public var backwardName: String { "dp_bwd_" + backwardSpec.suffix }
  /// The step kernel depends on neither the chunk nor the form.
  public var stepName: String { "dp_step_" + stepSpec.suffix }
  public var description: String { forwardName }

  var backwardSpec: DeltaKernelSpec {
    var s = self
    s.form = chunk == 1 ? .recurrent : .chunked
    return s
  }
  var stepSpec: DeltaKernelSpec {
    var s = self
    s.chunk = 1
    s.form = .recurrent
    s.inputs = .plain
    return s
  }

  /// Number of chunks (boundary states) for T tokens.
  public func chunks(length: Int) -> Int { (length + chunk - 1) / chunk }

  /// Per-thread scratch of the forward kernel over T tokens, in floats: its own, then (with input
  /// activations) one head's activated q, k, v.
  public func forwardWorkspace(length: Int) -> Int {
    forwardWorkspace + InputActivationCode.forwardScratch(self, length: length)
  }

  /// The same for the backward, which also keeps their gradients (`InputActivationCode`).
  public func backwardWorkspace(length: Int) -> Int {
    backwardWorkspace + InputActivationCode.backwardScratch(self, length: length)
  }

  /// Per-thread scratch of the forward kernel's own, in floats.
  public var forwardWorkspace: Int {
    form == .recurrent ? keyDim * valueDim + chunk : ChunkedLayout.of(self).total
  }

  /// Per-thread scratch of the backward kernel's own, in floats: the chunk is recomputed into it.
  public var backwardWorkspace: Int {
    chunk == 1 ? BackwardLayout.of(self).total : ChunkedBackwardLayout.of(self).total
  }
}

extension DeltaKernelSpec {
  /// The specialization for a recurrence schedule (`auto` and `autotune`: `ChunkSize.resolved`, the
  /// kernels' default): `N` is the chunked form, `rN` and `1` the recurrent form.
  public init(
    keyDim: Int, valueDim: Int, householder: Int, schedule: ChunkSize, gated: Bool,
    scale: Float? = nil, inputs: InputActivation = .plain
  ) {
    let decided = schedule.resolved(householder: householder)
    self.init(
      keyDim: keyDim, valueDim: valueDim, householder: householder, chunk: decided.tokens ?? 1,
      gated: gated, scale: scale, form: decided.isChunked ? .chunked : .recurrent, inputs: inputs)
  }
}
