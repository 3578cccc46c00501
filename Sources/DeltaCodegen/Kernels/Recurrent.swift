/// The recurrent form: the forward for chunk size 1 (or `.recurrent` with boundary states every C tokens)
/// and the one-token inference step. Both run `recurrentTokens`, which makes one sweep over the state per
/// token: it applies the previous token's n steps and, on the updated rows, takes the dots with this
/// token's n keys and q. The delta rule is column-separable (column j of S only needs column j), so the
/// sweeps run over a block of <= 32 state columns whose dot products stay in registers, and cost the
/// model FLOPs, n (4 K V) + 2 K V per token, plus the keys' Gram (n (n + 1) / 2 dots of K per token and
/// column block).
enum RecurrentKernels {
  /// Pointers into one (batch, head) of the fla layouts, and their per-token strides (H-dependent).
  struct Head {
    var q = "qh", k = "kh", v = "vh", beta = "bh_", g = "gh", o = "oh"
    var sq: Index, sk: Index, sv: Index, sb: Index, sg: Index, so: Index

    /// Binds b = bh / H, h = bh % H and the per-head views of q, k, v, beta, g, o.
    init(
      _ kb: KernelBuilder, spec: DeltaKernelSpec, bh: Index, length: Index,
      names: [String: String] = [:]
    ) {
      let (K, V, n) = (
        Index.const(spec.keyDim), Index.const(spec.valueDim), Index.const(spec.householder)
      )
      let b = kb.let_("b", bh / "H")
      let h = kb.let_("h", bh % "H")
      sq = kb.let_("sq", "H" * K)
      sv = kb.let_("sv", "H" * V)
      sk = sq
      sb = "H"
      sg = "H"
      so = sv
      let bT = kb.let_("bT", b * length * "H" + h)  // (b*T*H + h): token-grid row of this head
      let bTn = kb.let_("bTn", b * length * n * "H" + h)  // the same on the interleaved grid
      q = kb.view("qh", names["q"] ?? "q", bT * K)
      k = kb.view("kh", names["k"] ?? "k", bTn * K)
      v = kb.view("vh", names["v"] ?? "v", bTn * V)
      beta = kb.view("betah", names["beta"] ?? "beta", bTn)
      if spec.gated { g = kb.view("gh", names["g"] ?? "g", bT) }
      if names["o"] != "" { o = kb.view("oh", names["o"] ?? "o", bT * V) }  // "": no such tensor
    }

    /// A forward kernel's head: with input activations (`spec.inputs`), q, k, v are this head's
    /// activated rows in the scratch after the kernel's own `fixed` floats.
    static func forward(_ kb: KernelBuilder, spec: DeltaKernelSpec, bh: Index, fixed: Int) -> Head {
      var head = Head(kb, spec: spec, bh: bh, length: "T")
      guard spec.inputs != .plain else { return head }
      let code = InputActivationCode(kb: kb, spec: spec, b: bh / "H", h: bh % "H")
      let rows = code.blocks("a", at: .const(fixed))
      code.prologue(into: rows)
      head.read(rows, spec)
      return head
    }

    /// A backward kernel's heads, and the code that ends each chunk (tokens from..<to; with input
    /// activations: the raw rows' gradients from the activated ones, which the kernel leaves in
    /// scratch).
    static func backward(_ kb: KernelBuilder, spec: DeltaKernelSpec, bh: Index, fixed: Int) -> (
      x: Head, d: Head, finish: (_ from: Index, _ to: Index) -> Void
    ) {
      var (x, d) = backward(kb, spec: spec, bh: bh)
      guard spec.inputs != .plain else { return (x, d, { _, _ in }) }
      let code = InputActivationCode(kb: kb, spec: spec, b: bh / "H", h: bh % "H")
      let (rows, grads, kept) = code.backwardBlocks(at: .const(fixed))
      code.prologue(into: rows, keeping: kept)
      x.read(rows, spec)
      d.read(grads, spec)
      return (x, d, { code.epilogue(rows: rows, grads: grads, kept: kept, from: $0, to: $1) })
    }

    /// q, k, v from one head's contiguous scratch rows.
    mutating func read(_ rows: InputActivationCode.Rows, _ spec: DeltaKernelSpec) {
      (q, k, v) = (rows.q, rows.k, rows.v)
      (sq, sk, sv) = (.const(spec.keyDim), .const(spec.keyDim), .const(spec.valueDim))
    }

    /// The two heads of a backward kernel over T tokens: the primal inputs (no o), and the
    /// gradients (dq, dk, dv, dbeta, dg) with dout in place of o.
    static func backward(_ kb: KernelBuilder, spec: DeltaKernelSpec, bh: Index) -> (
      x: Head, d: Head
    ) {
      let x = Head(kb, spec: spec, bh: bh, length: "T", names: ["o": ""])
      let d = Head(
        kb, spec: spec, bh: bh, length: "T",
        names: ["q": "dq", "k": "dk", "v": "dv", "beta": "dbeta", "g": "dg", "o": "dout"])
      return (x, d)
    }
  }

  static let forwardParams: [Param] =
    [
      Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
      Param("h0", .ptr), Param("o", .ptr), Param("hT", .ptr), Param("hs", .ptr),
      Param("work", .ptr),
      Param("T", .i64), Param("H", .i64), Param("bh0", .i64), Param("bh1", .i64),
    ] + InputActivationCode.inputStrides

  static let stepParams: [Param] = [
    Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
    Param("state", .ptr), Param("o", .ptr), Param("H", .i64), Param("bh0", .i64),
    Param("bh1", .i64),
  ]

  /// Forward over T tokens, boundary states every C tokens into hs [B,H,ceil(T/C),K,V].
  static func forward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    kb.loop("bh", "bh0", "bh1") { bh in
      let head = Head.forward(kb, spec: spec, bh: bh, fixed: spec.forwardWorkspace)
      let state = Operand("S", 0, stride: V)
      kb.append(.view("S", base: "work", offset: 0))
      kb.append(.view("alphas", base: "work", offset: .const(K * V)))
      kb.copy(rows: K, cols: V, from: Operand("h0", bh * kv, stride: V), to: state)
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("ci", 0, chunks) { ci in
        kb.streamCopy(
          rows: K, cols: V, from: state, to: Operand("hs", (bh * chunks + ci) * kv, stride: V))
        let t0 = kb.let_("t0", ci * .const(C))
        let t1 = kb.let_("t1", .min(t0 + .const(C), "T"))
        if spec.gated {
          // e^g for tokens t0..<t1.
          kb.loop("t", t0, t1) { t in
            kb.store("alphas", t - t0, .exp(.load(ptr: head.g, at: t * head.sg, width: 1)))
          }
        }
        recurrentTokens(
          kb, spec, head, state: "S", from: t0, to: t1, alphas: spec.gated ? "alphas" : nil)
      }
      kb.copy(rows: K, cols: V, from: state, to: Operand("hT", bh * kv, stride: V))
    }
    kb.append(.fence)  // the streamed boundary states, before another thread's backward reads them
    return Kernel(name: spec.forwardName, params: forwardParams, body: kb.statements)
  }

  /// One token for every (b, h) in [bh0, bh1): the state [B,H,K,V] is updated in place; q, k, v, beta, g, o
  /// are the fla layouts with T = 1.
  static func step(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let kv = Index.const(spec.keyDim * spec.valueDim)
    kb.loop("bh", "bh0", "bh1") { bh in
      let head = Head(kb, spec: spec, bh: bh, length: 1)
      let s = kb.view("S", "state", bh * kv)
      recurrentTokens(kb, spec, head, state: s, from: 0, to: 1)
    }
    return Kernel(name: spec.stepName, params: stepParams, body: kb.statements)
  }

  /// Tokens [t0, t1) (t1 <= T): decay (if gated), n delta-rule steps, readout o_t = scale S_t^T q_t,
  /// in one sweep over the state per token. The sweep for token t applies token t-1's decay and n
  /// rank-1 updates to the rows it stores and, on the updated rows, takes the dots with token t's n
  /// keys and q (n + 1 dots); token t's deltas then follow from those dots and the Gram of its keys,
  ///   S_j^T k_j = alpha_t S^T k_j + sum_{l<j} delta_l (k_l . k_j),  delta_j = beta_j (v_j - S_j^T k_j),
  /// and its readout from its deltas, S_t^T q = alpha_t S^T q + sum_j delta_j (k_j . q) (S: the state
  /// after token t-1). A last sweep applies token t1-1, so the state is whole when the call returns.
  /// The same FMAs as n sweeps a token, with a third of the loads and stores of the state and one
  /// pipeline drain (deltas waiting on the sweep's dots) instead of n: `deltac bench kernels --form
  /// recurrent --threads 1`, forward at Dk = Dv = 64, n_h = 2, T = 512: 63% -> 80% of one core's peak
  /// (Zen 4); n_h = 1 62 -> 76%, n_h = 3 gated (small) 63 -> 73%, n_h = 4 gated 63 -> 74%, Dk = 32
  /// 70 -> 76%, Dk = 128 65 -> 83%. Column blocks of at most 2 vectors: n + 1 dot accumulators and n
  /// deltas per vector stay in registers.
  static func recurrentTokens(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ head: Head, state: String, from t0: Index,
    to t1: Index, alphas: String? = nil
  ) {
    let (K, V, n) = (spec.keyDim, spec.valueDim, spec.householder)
    let S = Operand(state, 0, stride: V)
    func key(_ t: Index, _ j: Int) -> Operand {
      Operand(head.k, (t * .const(n) + .const(j)) * head.sk)
    }
    func value(_ t: Index, _ j: Int) -> Operand {
      Operand(head.v, (t * .const(n) + .const(j)) * head.sv)
    }
    func beta(_ t: Index, _ j: Int) -> Expr {
      .load(ptr: head.beta, at: (t * .const(n) + .const(j)) * head.sb, width: 1)
    }
    func alpha(_ t: Index) -> Expr? {
      guard spec.gated else { return nil }
      if let alphas {
        return kb.variable("alpha", width: 1, .load(ptr: alphas, at: t - t0, width: 1))
      }
      return kb.variable("alpha", width: 1, .exp(.load(ptr: head.g, at: t * head.sg, width: 1)))
    }
    kb.columnBlocks(cols: V, maxVectors: 2) { c0, w, nv in
      func col(_ v: Int) -> Index { c0 + .const(v * w) }
      let delta = (0..<n).map { _ in
        (0..<nv).map { _ in kb.variable("delta", width: w, .const(0, width: w)) }
      }
      // Applies token p's update to every row (when p is given), stores it, and returns the dots
      // of the rows with token t's keys and q (when t is given).
      func sweep(apply p: Index?, dotsOf t: Index?) -> [[Expr]] {
        let acc =
          t == nil
          ? []
          : (0...n).map { _ in
            (0..<nv).map { _ in kb.variable("acc", width: w, .const(0, width: w)) }
          }
        let decay = p.flatMap { alpha($0) }
        kb.loop("i", 0, .const(K)) { i in
          let kp = p.map { p in
            (0..<n).map { j in kb.variable("kp", width: 1, key(p, j).load(0, i)) }
          }
          let xs = t.map { t in
            (0..<n).map { j in kb.variable("x", width: 1, key(t, j).load(0, i)) }
              + [kb.variable("x", width: 1, Operand(head.q, t * head.sq).load(0, i))]
          }
          for v in 0..<nv {
            var s: Expr = S.load(i, col(v), width: w)
            if let kp {
              if let decay { s = decay * s }
              for j in 0..<n { s = .fma(kp[j], delta[j][v], s) }
              s = kb.variable("s", width: w, s)
              kb.store(S.ptr, S.at(i, col(v)), s)
            } else {
              s = kb.variable("s", width: w, s)
            }
            for (j, x) in (xs ?? []).enumerated() { kb.assign(acc[j][v], .fma(x, s, acc[j][v])) }
          }
        }
        return acc
      }
      // Token t's deltas and readout from the sweep's dots.
      func solve(_ t: Index, _ acc: [[Expr]]) {
        let a = alpha(t)
        let q = Operand(head.q, t * head.sq)
        // gram[j][l] = k_l . k_j for l < j.
        let gram = (0..<n).map { j in
          (0..<j).map { l in kb.dot(n: K, x: key(t, l), y: key(t, j)) }
        }
        let kq = (0..<n).map { j in kb.dot(n: K, x: key(t, j), y: q) }
        for j in 0..<n {
          let b = kb.variable("beta", width: 1, beta(t, j))
          for v in 0..<nv {
            var sk: Expr = a.map { $0 * acc[j][v] } ?? acc[j][v]
            for l in 0..<j { sk = .fma(gram[j][l], delta[l][v], sk) }
            kb.assign(delta[j][v], b * (value(t, j).load(0, col(v), width: w) - sk))
          }
        }
        for v in 0..<nv {
          var o: Expr = a.map { $0 * acc[n][v] } ?? acc[n][v]
          for j in 0..<n { o = .fma(kq[j], delta[j][v], o) }
          kb.store(head.o, t * head.so + col(v), .const(spec.scale, width: 1) * o)
        }
      }
      solve(t0, sweep(apply: nil, dotsOf: t0))
      kb.loop("t", t0 + 1, t1) { t in solve(t, sweep(apply: t - 1, dotsOf: t)) }
      _ = sweep(apply: t1 - 1, dotsOf: nil)
    }
  }
}
