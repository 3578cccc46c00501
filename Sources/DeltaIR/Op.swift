// The closed set of graph ops. Adding an op means: a case here (with its semantics), its text form
// (OpText.swift), its shape rule (ShapeInference.swift), its VJP rule (DeltaPasses/Autodiff), and the
// interpreter. The exhaustive switches make the compiler list every place.
//
// Conventions for every op:
// - Tensors are dense row-major. `...` is any number of leading (batch) dims, possibly zero.
// - Float ops accept f32 or f64; all float operands and results of one node share the dtype.
// - Index operands (`ids`, `labels`) are i32.
// - "Broadcasting" (binary ops only): shapes are aligned at the trailing dim; a missing leading dim
//   counts as 1; each aligned pair must be equal or one of them must be the concrete dim 1, and the
//   result takes the other. Symbolic dims only broadcast against an equal dim or 1.
// - Multi-result ops bind their results in the order listed.

/// One graph operation with its typed parameters.
public enum Op: Hashable, Sendable {
  // ** 1 -- constants, lookup **

  /// `full[value=v, shape=S, dtype=D]`: no operands; a tensor of dtype D and shape S with every element v.
  /// Symbolic dims in S take their values from the graph inputs at run time.
  case full(value: Double, type: TensorType)
  /// `embedding ids, weight`: ids i32[...], weight [V,D] -> [..., D]; `out[i, :] = weight[ids[i], :]`.
  /// An id outside 0..<V is an error.
  case embedding

  // ** 2 -- linear algebra **

  /// `linear x, weight`: x [..., K], weight [N, K] (fla's nn.Linear [out, in], no bias) -> [..., N];
  /// `out[..., n] = sum_k x[..., k] * weight[n, k]` (x @ weight^T).
  case linear
  /// `matmul[transpose_a=ta, transpose_b=tb] a, b`: a is [..., M, K] ([..., K, M] when ta), b is
  /// [K, N] ([N, K] when tb) shared across the batch, or [..., K, N] ([..., N, K] when tb) with the same
  /// leading dims as a. Result [..., M, N]: `out[..., m, n] = sum_k A[..., m, k] * B[..., k, n]` where
  /// A, B are a, b with their last two dims swapped when the flag is set. Rank of a >= 2.
  case matmul(transposeA: Bool, transposeB: Bool)

  // ** 3 -- elementwise unary (same shape and dtype out as in) **

  /// `NAME x` for each unary function (`silu x`, `exp x`, ...; `Unary` has the list and meanings).
  case unary(Unary)
  /// `mul_scalar[value=c] x`: c * x.
  case mulScalar(Double)
  /// `add_scalar[value=c] x`: x + c.
  case addScalar(Double)
  /// `silu_grad x, dy`: dy * silu'(x) = dy * s * (1 + x * (1 - s)) with s = sigmoid(x); x, dy same shape.
  case siluGrad

  // ** 4 -- elementwise binary (broadcasting; see the header) **

  /// `add a, b`: a + b.
  case add
  /// `sub a, b`: a - b.
  case sub
  /// `mul a, b`: a * b.
  case mul
  /// `div a, b`: a / b.
  case div

  // ** 5 -- reductions and shape **

  /// `reduce_sum[axes=[..], keepdims=k] x`: sum over the listed axes (non-negative, increasing). With
  /// keepdims the reduced axes stay with size 1, else they are removed (all axes -> a scalar `[]`).
  case reduceSum(axes: [Int], keepDims: Bool)
  /// `reduce_mean[axes=[..], keepdims=k] x`: reduce_sum divided by the product of the reduced dims.
  case reduceMean(axes: [Int], keepDims: Bool)
  /// `broadcast_to[shape=S] x`: x broadcast (rules of the header) to shape S, which must have rank >= x's.
  case broadcastTo(Shape)
  /// `reshape[shape=S] x`: same elements in the same row-major order, new shape S (equal element count).
  case reshape(Shape)
  /// `transpose[perm=P] x`: `out.dims[i] = x.dims[P[i]]`; `out[i_0, .., i_r] = x[j]` with `j[P[a]] = i_a`.
  case transpose(perm: [Int])
  /// `concat[axis=a] x0, x1, ...`: joins along axis a; other dims equal.
  case concat(axis: Int)
  /// `split[axis=a, sizes=[s0, s1, ..]] x`: results x[.., 0..<s0, ..], x[.., s0..<s0+s1, ..], ... along
  /// axis a; the sizes are concrete and sum to x's dim a.
  case split(axis: Int, sizes: [Int])

  // ** 6 -- convolution **

  /// `conv1d x, weight[, bias]`: depthwise causal convolution over time, no activation.
  /// x [..., T, C] (time second to last, channels last), weight [C, 1, W] (fla nn.Conv1d) or [C, W],
  /// optional bias [C]. `out[..., t, c] = sum_{i=0}^{W-1} w[c, i] * x[..., t-W+1+i, c] (+ bias[c])`
  /// with x at negative times = 0 (zero left padding).
  case conv1d
  /// `conv1d_grad x, weight, dy`: the VJP of conv1d. Results dx [..., T, C] and dweight (shape of weight).
  /// `dx[.., s, c] = sum_i w[c, i] * dy[.., s+W-1-i, c]` (dy beyond T = 0),
  /// `dw[c, i] = sum_{.., t} dy[.., t, c] * x[.., t-W+1+i, c]`. The bias gradient is a reduce_sum of dy.
  case conv1dGrad
  /// `conv1d_silu x, weight[, bias]`: `silu(conv1d(x, weight[, bias]))` in one op (fuse-convolutions
  /// emits it over the q, k and v channels concatenated). Operands and result as `conv1d`.
  case conv1dSilu
  /// `conv1d_silu_grad x, weight, dy`: the VJP of `conv1d_silu` (dy: the cotangent of its result).
  /// With z = conv1d(x, weight): the `conv1d_grad` of (x, weight, silu_grad(z, dy)); results dx and
  /// dweight. Emitted by passes after autodiff (it has no VJP itself).
  case conv1dSiluGrad

  // ** 7 -- normalization (over the last dim; eps as given) **

  /// `rms_norm[eps=e] x, weight`: x [..., D], weight [D]; `x * rsqrt(mean(x^2 over D) + e) * weight`.
  case rmsNorm(eps: Double)
  /// `rms_norm_grad[eps=e] x, weight, dy`: results dx [..., D] and dweight [D] (summed over `...`).
  /// With r = rsqrt(mean(x^2) + e), xh = x * r, u = dy * weight: `dx = r * (u - xh * mean(u * xh))`,
  /// `dweight = sum_{...} dy * xh`.
  case rmsNormGrad(eps: Double)
  /// `gated_rms_norm[eps=e] x, gate, weight`: fla FusedRMSNormGated with swish: x, gate [..., D],
  /// weight [D]; `rms_norm(x) * weight * silu(gate)`.
  case gatedRMSNorm(eps: Double)
  /// `gated_rms_norm_grad[eps=e] x, gate, weight, dy`: results dx, dgate [..., D] and dweight [D].
  /// With n = rms_norm[eps](x, weight) and s = silu(gate): the rms_norm_grad of (x, weight, dy * s)
  /// gives dx and dweight; `dgate = silu_grad(gate, dy * n)`.
  case gatedRMSNormGrad(eps: Double)
  /// `l2norm[eps=e] x`: x [..., D]; `x / sqrt(sum(x^2 over D) + e)` (eps inside the sqrt, fla uses 1e-6).
  case l2norm(eps: Double)
  /// `l2norm_grad[eps=e] x, dy`: dx [..., D]; with r = 1/sqrt(sum x^2 + e), y = x * r:
  /// `dx = r * (dy - y * sum(y * dy))`.
  case l2normGrad(eps: Double)

  // ** 8 -- the recurrence **

  /// `deltaproduct[...] q, k, v, beta[, g][, initial_state]`: (Gated) DeltaProduct, reference section 1.2
  /// step 7 and 4.1, with the scale. Shapes (per the parameters, see `DeltaProductParams`; n = num_householder):
  /// q [B, T, H, K] (already unit-normalised), k [B, T, n, H, K] (unit-normalised), v [B, T, n, H, V],
  /// beta [B, T, n, H], g [B, T, H] (log decay, present iff gated), initial_state [B, H, K, V] (present
  /// iff initial_state). k/v/beta are fla's interleaved [B, T*n, H, ..] (same memory; sub-step t*n+j).
  /// Per batch and head, S (K x V) starts at initial_state or 0; for t in 0..<T:
  /// `if gated: S = exp(g[t]) * S`; for j in 0..<n: `S = S + beta[t,j] * k[t,j] (v[t,j] - S^T k[t,j])^T`;
  /// `o[t] = scale * S^T q[t]`. Results: o [B, T, H, V], then S_T [B, H, K, V] iff final_state.
  /// `chunk` is a scheduling hint only; every chunk size gives the same result. With `inputs=l2norm`
  /// q and k arrive raw and the op unit-normalises them first (`l2norm[eps=1e-6]` per row of K); with
  /// `inputs=silu_l2norm` q and k get `l2norm(silu(.))` and v `silu(.)` (see `InputActivation`).
  case deltaProduct(DeltaProductParams)
  /// `deltaproduct_grad[...] q, k, v, beta[, g][, initial_state], do[, dfinal_state]`: the exact VJP
  /// (reference section 4.2) of `deltaproduct` with the same parameters, except that here `final_state`
  /// means the cotangent dS_T [B, H, K, V] is an operand (else it is zero). Results: dq, dk, dv, dbeta,
  /// then dg iff gated, then dinitial_state iff initial_state; each shaped like its primal.
  case deltaProductGrad(DeltaProductParams)

  // ** 9 -- loss **

  /// `cross_entropy[ignore_index=i] logits, labels`: logits [..., V], labels i32[...] -> scalar `[]`:
  /// mean over positions p with labels[p] != i of `logsumexp(logits[p, :]) - logits[p, labels[p]]`
  /// (0 when every position is ignored). A label outside 0..<V other than i is an error.
  case crossEntropy(ignoreIndex: Int)
  /// `cross_entropy_grad[ignore_index=i] logits, labels, dloss`: dloss a scalar `[]`; result dlogits
  /// [..., V] = `dloss * (softmax(logits[p]) - onehot(labels[p])) / count` for kept positions p
  /// (count = number of kept positions), 0 on ignored positions.
  case crossEntropyGrad(ignoreIndex: Int)
  /// `embedding_grad[num_embeddings=V] ids, dy`: ids i32[...], dy [..., D] -> [V, D], scatter-add:
  /// `out[v, :] = sum over positions p with ids[p] == v of dy[p, :]`.
  case embeddingGrad(numEmbeddings: Int)

  // ** 10 -- fused kernels (made by passes after autodiff; not differentiable) **

  /// `fused[kernel=NAME, shape=S, operands=[..], program=[..], results=[..]] x0, x1, ...`: a chain of
  /// elementwise ops and row norms run as one kernel over the rows of the domain S; the program and
  /// its semantics are in FusedKernel.swift. Results: one per listed instruction.
  case fused(FusedKernel)
}

/// What `deltaproduct` applies to its q, k, v operands before the recurrence (reference section 1.2,
/// steps 2 and 6): the model's activations run inside the recurrence kernels, which read the
/// projections' raw rows and write the gradients of those rows, instead of separate passes that
/// write and read q_hat, k_hat, v and their gradients. `deltaproduct_grad` with the same value
/// returns the gradients of the raw operands.
public enum InputActivation: String, Hashable, Sendable, CaseIterable {
  /// q, k already unit-normalised, v as given.
  case plain = "none"
  /// q, k: `l2norm[eps=1e-6]`; v as given (the short-conv models: conv1d + SiLU come first).
  case l2norm
  /// q, k: `l2norm[eps=1e-6](silu(.))`; v: `silu(v)`.
  case siluL2norm = "silu_l2norm"

  /// The epsilon inside the square root of the q/k norm (fla's l2norm).
  public static let eps = 1e-6
  public var silu: Bool { self == .siluL2norm }
  public var normalizes: Bool { self != .plain }
}

/// Parameters of `deltaproduct` and `deltaproduct_grad`.
public struct DeltaProductParams: Hashable, Sendable {
  /// n_h: Householder steps per token (>= 1).
  public var numHouseholder: Int
  /// Gated DeltaProduct: g [B, T, H] is an operand and S decays by exp(g_t) once per token.
  public var gated: Bool
  /// The readout scale (Dk^-1/2 in the model).
  public var scale: Double
  public var chunk: ChunkSize
  /// Why `chunk` was chosen (set by choose-chunk-size; printed after the chunk, e.g.
  /// `chunk=r16 (model: 1.9 ms vs 2.4 ms at 32)`). nil when the spec fixed it.
  public var chunkReason: String?
  /// plan-memory decided not to keep the forward's boundary states for the backward: the backward
  /// recomputes them (`states=recompute` in the IR; absent: stored).
  public var recomputeStates: Bool = false
  /// An initial state [B, H, K, V] is the last forward operand (else S_0 = 0).
  public var initialState: Bool
  /// Forward: the final state is a second result. Grad: its cotangent is the last operand.
  public var finalState: Bool
  /// The activations applied to q, k, v inside the op (`inputs=` in the IR; absent: none).
  public var inputs: InputActivation = .plain

  public init(
    numHouseholder: Int, gated: Bool, scale: Double, chunk: ChunkSize = .auto,
    initialState: Bool = false, finalState: Bool = false
  ) {
    self.numHouseholder = numHouseholder
    self.gated = gated
    self.scale = scale
    self.chunk = chunk
    self.initialState = initialState
    self.finalState = finalState
  }

  /// Forward operand count: q, k, v, beta, [g], [initial_state].
  public var forwardOperandCount: Int { 4 + (gated ? 1 : 0) + (initialState ? 1 : 0) }
}

extension Op {
  /// Ops that apply one function to each element (unary or broadcasting binary): fuse-elementwise
  /// fuses them. Every op is listed, so a new one must say.
  public var isElementwise: Bool {
    switch self {
    case .unary, .mulScalar, .addScalar, .siluGrad, .add, .sub, .mul, .div:
      return true
    case .full, .embedding, .linear, .matmul, .reduceSum, .reduceMean, .broadcastTo, .reshape,
      .transpose, .concat, .split, .conv1d, .conv1dGrad, .conv1dSilu, .conv1dSiluGrad, .rmsNorm,
      .rmsNormGrad, .gatedRMSNorm, .gatedRMSNormGrad, .l2norm, .l2normGrad, .deltaProduct,
      .deltaProductGrad, .crossEntropy, .crossEntropyGrad, .embeddingGrad, .fused:
      return false
    }
  }
  /// Ops that compute a derivative: autodiff emits them (and passes, `conv1d_silu_grad`); the
  /// forward lowering never does. Every op is listed, so a new one must say.
  public var isGradient: Bool {
    switch self {
    case .siluGrad, .conv1dGrad, .conv1dSiluGrad, .rmsNormGrad, .gatedRMSNormGrad, .l2normGrad,
      .deltaProductGrad, .crossEntropyGrad, .embeddingGrad:
      return true
    case .full, .embedding, .linear, .matmul, .unary, .mulScalar, .addScalar, .add, .sub, .mul,
      .div, .reduceSum, .reduceMean, .broadcastTo, .reshape, .transpose, .concat, .split, .conv1d,
      .conv1dSilu, .rmsNorm, .gatedRMSNorm, .l2norm, .deltaProduct, .crossEntropy, .fused:
      return false
    }
  }
}
