/// The sizes of one DeltaProduct recurrence call. Legend: B batch, T tokens, H heads, n Householder
/// steps per token, K = Dk, V = Dv. Layouts (row-major, fla's; sub-step tau = t*n + j):
///   q [B, T, H, K], k [B, T*n, H, K], v [B, T*n, H, V], beta [B, T*n, H], g [B, T, H],
///   state [B, H, K, V], o [B, T, H, V].
/// The JIT kernels (`DeltaProductKernels`) and the reference recurrence (DeltaReference) share it.
public struct RecurrenceDims: Equatable, Hashable, Sendable {
  public var batch: Int
  public var length: Int
  public var heads: Int
  public var householder: Int
  public var keyDim: Int
  public var valueDim: Int

  public init(batch: Int, length: Int, heads: Int, householder: Int, keyDim: Int, valueDim: Int) {
    self.batch = batch
    self.length = length
    self.heads = heads
    self.householder = householder
    self.keyDim = keyDim
    self.valueDim = valueDim
  }

  public var qCount: Int { batch * length * heads * keyDim }
  public var kCount: Int { batch * length * householder * heads * keyDim }
  public var vCount: Int { batch * length * householder * heads * valueDim }
  public var betaCount: Int { batch * length * householder * heads }
  public var gateCount: Int { batch * length * heads }
  public var stateCount: Int { batch * heads * keyDim * valueDim }
  public var outputCount: Int { batch * length * heads * valueDim }

  /// The token strides of contiguous q, k, v (and of their gradients).
  public var contiguousStrides: TokenStrides {
    TokenStrides(
      q: heads * keyDim, k: householder * heads * keyDim, v: householder * heads * valueDim)
  }
}

/// Floats from one token's q (k, v) row block to the next: H K (n H K, n H V) when contiguous, the
/// fused projection's width when q, k, v are slices of it. Only kernels with input activations
/// (`DeltaKernelSpec.inputs`) read them; the others take contiguous q, k, v.
public struct TokenStrides: Equatable, Hashable, Sendable {
  public var q: Int
  public var k: Int
  public var v: Int

  public init(q: Int, k: Int, v: Int) {
    self.q = q
    self.k = k
    self.v = v
  }
}

/// The operands of one recurrence call in the layouts `RecurrenceDims` describes: g nil when
/// ungated, initialState nil for a zero initial state, scale the readout's (o_t = scale S_t^T q_t).
public struct RecurrenceInputs<S: RealScalar>: Sendable {
  public var q: [S]
  public var k: [S]
  public var v: [S]
  public var beta: [S]
  public var g: [S]?
  public var initialState: [S]?
  public var scale: S

  public init(q: [S], k: [S], v: [S], beta: [S], g: [S]?, initialState: [S]?, scale: S) {
    self.q = q
    self.k = k
    self.v = v
    self.beta = beta
    self.g = g
    self.initialState = initialState
    self.scale = scale
  }
}
