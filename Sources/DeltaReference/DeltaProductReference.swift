import DeltaRuntime

/// The DeltaProduct recurrence in its naive per-step form (reference sections 1.2, 4.1) and its exact
/// backward (section 4.2). This is the ground truth every faster path (chunked form, JIT kernels) is tested
/// against; it favours clarity over speed.
///
/// Legend: B batch, T tokens, H heads, n Householder steps per token, K = Dk, V = Dv.
/// Interleaved sub-step index tau = t*n + j (step-major within a token).
/// Layouts (row-major, fla's):
///   q     [B, T,   H, K]   unit-normalised queries (l2norm is a separate op)
///   k     [B, T*n, H, K]   unit-normalised keys
///   v     [B, T*n, H, V]
///   beta  [B, T*n, H]
///   g     [B, T,   H]      log decay (<= 0), applied once per token before its first step; nil = ungated
///   state [B, H, K, V]     S[i][j], i over keys, j over values
///   o     [B, T,   H, V]   o_t = scale * S_t^T q_t, read after the last step of token t
public enum DeltaProductReference {
  /// The shapes (`RecurrenceDims`) and operands (`RecurrenceInputs`) are DeltaRuntime's, shared
  /// with the JIT kernels.
  public typealias Dims = RecurrenceDims
  public typealias Inputs<S: RealScalar> = RecurrenceInputs<S>

  public struct Gradients<S: RealScalar>: Sendable {
    public var q: [S]
    public var k: [S]
    public var v: [S]
    public var beta: [S]
    /// nil when the recurrence is ungated.
    public var g: [S]?
    public var initialState: [S]
  }

  /// Runs the recurrence; returns o [B,T,H,V] and the final state [B,H,K,V].
  public static func forward<S: RealScalar>(_ x: Inputs<S>, dims: Dims) -> (
    output: [S], finalState: [S]
  ) {
    var output = [S](repeating: 0, count: dims.outputCount)
    var finalState = [S](repeating: 0, count: dims.stateCount)
    for b in 0..<dims.batch {
      for h in 0..<dims.heads {
        let trace = Trace(x, dims: dims, b: b, h: h, keepStates: false)
        let ix = Index(dims: dims, b: b, h: h)
        for t in 0..<dims.length {
          for j in 0..<dims.valueDim { output[ix.o(t) + j] = trace.output[t * dims.valueDim + j] }
        }
        for e in 0..<(dims.keyDim * dims.valueDim) { finalState[ix.state + e] = trace.state[e] }
      }
    }
    return (output, finalState)
  }

  /// Exact gradients (reference section 4.2) given dL/do and, optionally, dL/d(final state).
  public static func backward<S: RealScalar>(
    _ x: Inputs<S>, dims: Dims, dOutput: [S], dFinalState: [S]?
  ) -> Gradients<S> {
    let (K, V, n) = (dims.keyDim, dims.valueDim, dims.householder)
    var grads = Gradients<S>(
      q: .init(repeating: 0, count: dims.qCount), k: .init(repeating: 0, count: dims.kCount),
      v: .init(repeating: 0, count: dims.vCount), beta: .init(repeating: 0, count: dims.betaCount),
      g: x.g == nil ? nil : .init(repeating: 0, count: dims.gateCount),
      initialState: .init(repeating: 0, count: dims.stateCount))
    for b in 0..<dims.batch {
      for h in 0..<dims.heads {
        let trace = Trace(x, dims: dims, b: b, h: h, keepStates: true)
        let ix = Index(dims: dims, b: b, h: h)
        var dS = [S](repeating: 0, count: K * V)
        if let dF = dFinalState { for e in 0..<(K * V) { dS[e] = dF[ix.state + e] } }
        for t in stride(from: dims.length - 1, through: 0, by: -1) {
          // Readout: o_t = c * S_t^T q_t.
          let after = trace.stateAfterToken(t)
          for i in 0..<K {
            var acc: S = 0
            for j in 0..<V { acc += after[i * V + j] * dOutput[ix.o(t) + j] }
            grads.q[ix.q(t) + i] = x.scale * acc
          }
          for i in 0..<K {
            for j in 0..<V { dS[i * V + j] += x.scale * x.q[ix.q(t) + i] * dOutput[ix.o(t) + j] }
          }
          // Householder steps in reverse.
          for step in stride(from: n - 1, through: 0, by: -1) {
            let tau = t * n + step
            let pre = trace.stateBeforeStep(tau)
            let beta = x.beta[ix.beta(tau)]
            var r = [S](repeating: 0, count: V)  // v - S^T k
            var dSk = [S](repeating: 0, count: V)  // dS^T k
            var dSr = [S](repeating: 0, count: K)  // dS r
            for j in 0..<V {
              var sk: S = 0
              var dsk: S = 0
              for i in 0..<K {
                sk += pre[i * V + j] * x.k[ix.k(tau) + i]
                dsk += dS[i * V + j] * x.k[ix.k(tau) + i]
              }
              r[j] = x.v[ix.v(tau) + j] - sk
              dSk[j] = dsk
            }
            var dBeta: S = 0
            for i in 0..<K {
              var acc: S = 0
              for j in 0..<V { acc += dS[i * V + j] * r[j] }
              dSr[i] = acc
              dBeta += x.k[ix.k(tau) + i] * acc
            }
            grads.beta[ix.beta(tau)] = dBeta
            for j in 0..<V { grads.v[ix.v(tau) + j] = beta * dSk[j] }
            for i in 0..<K {
              var sDSk: S = 0
              for j in 0..<V { sDSk += pre[i * V + j] * dSk[j] }
              grads.k[ix.k(tau) + i] = beta * (dSr[i] - sDSk)
            }
            // dS <- (I - beta k k^T)^T dS
            for i in 0..<K {
              let ki = beta * x.k[ix.k(tau) + i]
              for j in 0..<V { dS[i * V + j] -= ki * dSk[j] }
            }
          }
          if let g = x.g {
            let pre = trace.stateBeforeStep(t * n)  // alpha_t * S_{t-1}
            var dg: S = 0
            for e in 0..<(K * V) { dg += dS[e] * pre[e] }
            grads.g![ix.g(t)] = dg
            let alpha = S.exp(g[ix.g(t)])
            for e in 0..<(K * V) { dS[e] *= alpha }
          }
        }
        for e in 0..<(K * V) { grads.initialState[ix.state + e] = dS[e] }
      }
    }
    return grads
  }

  /// Flat offsets into the fla layouts for one (batch, head).
  struct Index {
    let dims: Dims
    let b: Int
    let h: Int
    func q(_ t: Int) -> Int { ((b * dims.length + t) * dims.heads + h) * dims.keyDim }
    func o(_ t: Int) -> Int { ((b * dims.length + t) * dims.heads + h) * dims.valueDim }
    func g(_ t: Int) -> Int { (b * dims.length + t) * dims.heads + h }
    func k(_ tau: Int) -> Int {
      ((b * dims.length * dims.householder + tau) * dims.heads + h) * dims.keyDim
    }
    func v(_ tau: Int) -> Int {
      ((b * dims.length * dims.householder + tau) * dims.heads + h) * dims.valueDim
    }
    func beta(_ tau: Int) -> Int { (b * dims.length * dims.householder + tau) * dims.heads + h }
    var state: Int { (b * dims.heads + h) * dims.keyDim * dims.valueDim }
  }

  /// One (batch, head) run of the recurrence; optionally keeps every intermediate state for the backward.
  struct Trace<S: RealScalar> {
    /// [T, V]
    var output: [S]
    /// Final state [K, V].
    var state: [S]
    /// State entering each sub-step (after the token's decay), [T*n, K, V]; empty unless kept.
    var before: [S] = []
    /// State after each token's last step, [T, K, V]; empty unless kept.
    var after: [S] = []
    let stride: Int

    init(_ x: Inputs<S>, dims: Dims, b: Int, h: Int, keepStates: Bool) {
      let (K, V, n) = (dims.keyDim, dims.valueDim, dims.householder)
      let ix = Index(dims: dims, b: b, h: h)
      stride = K * V
      output = .init(repeating: 0, count: dims.length * V)
      state = .init(repeating: 0, count: K * V)
      if let s0 = x.initialState { for e in 0..<(K * V) { state[e] = s0[ix.state + e] } }
      if keepStates {
        before.reserveCapacity(dims.length * n * K * V)
        after.reserveCapacity(dims.length * K * V)
      }
      for t in 0..<dims.length {
        if let g = x.g {
          let alpha = S.exp(g[ix.g(t)])
          for e in 0..<(K * V) { state[e] *= alpha }
        }
        for step in 0..<n {
          let tau = t * n + step
          if keepStates { before.append(contentsOf: state) }
          let beta = x.beta[ix.beta(tau)]
          let (k, v) = (ix.k(tau), ix.v(tau))  // offsets hoisted: debug builds do not
          for j in 0..<V {
            var sk: S = 0
            for i in 0..<K { sk += state[i * V + j] * x.k[k + i] }
            let delta = beta * (x.v[v + j] - sk)
            for i in 0..<K { state[i * V + j] += x.k[k + i] * delta }
          }
        }
        if keepStates { after.append(contentsOf: state) }
        let q = ix.q(t)
        for j in 0..<V {
          var acc: S = 0
          for i in 0..<K { acc += state[i * V + j] * x.q[q + i] }
          output[t * V + j] = x.scale * acc
        }
      }
    }

    /// [K, V], indexed from 0.
    func stateBeforeStep(_ tau: Int) -> [S] { Array(before[(tau * stride)..<((tau + 1) * stride)]) }
    /// [K, V], indexed from 0.
    func stateAfterToken(_ t: Int) -> [S] { Array(after[(t * stride)..<((t + 1) * stride)]) }
  }
}
