/// The recurrent form: the forward for chunk size 1 (or `.recurrent` with boundary states every C tokens)
/// and the one-token inference step. Both run `recurrentToken`, which makes n+1 passes over the state
/// per token: pass 0 reads S^T k_0; pass j updates with step j-1 and, in the same sweep, reads S^T k_j
/// (or, after the last step, the readout S^T q). The delta rule is column-separable (column j of S only
/// needs column j), so each pass runs over a block of <= 32 state columns whose dot products stay in
/// registers: the passes cost exactly the model FLOPs, n (4 K V) + 2 K V per token.
enum RecurrentKernels {
  /// Pointers into one (batch, head) of the fla layouts, and their per-token strides (H-dependent).
  struct Head {
    var q = "qh", k = "kh", v = "vh", beta = "bh_", g = "gh", o = "oh"
    var sq: Index, sk: Index, sv: Index, sb: Index, sg: Index, so: Index

    /// Binds b = bh / H, h = bh % H and the per-head views of q, k, v, beta, g, o.
    init(_ kb: KernelBuilder, spec: DeltaKernelSpec, bh: Index, length: Index, names: [String: String] = [:]) {
      let (K, V, n) = (Index.const(spec.keyDim), Index.const(spec.valueDim), Index.const(spec.householder))
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
  }

  static let forwardParams: [Param] = [
    Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
    Param("h0", .ptr), Param("o", .ptr), Param("hT", .ptr), Param("hs", .ptr), Param("work", .ptr),
    Param("T", .i64), Param("H", .i64), Param("bh0", .i64), Param("bh1", .i64),
  ]

  static let stepParams: [Param] = [
    Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
    Param("state", .ptr), Param("o", .ptr), Param("H", .i64), Param("bh0", .i64), Param("bh1", .i64),
  ]

  /// Forward over T tokens, boundary states every C tokens into hs [B,H,ceil(T/C),K,V].
  static func forward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    kb.loop("bh", "bh0", "bh1") { bh in
      let head = Head(kb, spec: spec, bh: bh, length: "T")
      let state = Operand("S", 0, stride: V)
      kb.append(.view("S", base: "work", offset: 0))
      kb.copy(rows: K, cols: V, from: Operand("h0", bh * kv, stride: V), to: state)
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("ci", 0, chunks) { ci in
        kb.copy(rows: K, cols: V, from: state, to: Operand("hs", (bh * chunks + ci) * kv, stride: V))
        let t0 = kb.let_("t0", ci * .const(C))
        kb.loop("t", t0, .min(t0 + .const(C), "T")) { t in recurrentToken(kb, spec, head, state: "S", t: t) }
      }
      kb.copy(rows: K, cols: V, from: state, to: Operand("hT", bh * kv, stride: V))
    }
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
      recurrentToken(kb, spec, head, state: s, t: 0)
    }
    return Kernel(name: spec.stepName, params: stepParams, body: kb.statements)
  }

  /// Token t: decay (if gated), n delta-rule steps, readout o_t = scale S^T q_t.
  static func recurrentToken(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ head: Head, state: String, t: Index
  ) {
    let (K, V, n) = (spec.keyDim, spec.valueDim, spec.householder)
    let S = Operand(state, 0, stride: V)
    let alpha: Expr? = spec.gated ? kb.variable("alpha", width: 1, .exp(.load(ptr: head.g, at: t * head.sg, width: 1))) : nil
    let unroll = K % 2 == 0 ? 2 : 1
    func key(_ j: Int) -> Operand { Operand(head.k, (t * .const(n) + .const(j)) * head.sk) }
    func value(_ j: Int) -> Operand { Operand(head.v, (t * .const(n) + .const(j)) * head.sv) }
    func beta(_ j: Int) -> Expr { .load(ptr: head.beta, at: (t * .const(n) + .const(j)) * head.sb, width: 1) }
    let query = Operand(head.q, t * head.sq)

    kb.columnBlocks(cols: V, maxVectors: 4) { c0, w, nv in
      func zeros() -> [[Expr]] {
        (0..<unroll).map { _ in (0..<nv).map { _ in kb.variable("acc", width: w, .const(0, width: w)) } }
      }
      func total(_ acc: [[Expr]], _ v: Int) -> Expr { acc.dropFirst().reduce(acc[0][v]) { $0 + $1[v] } }
      // Pass 0: S^T k_0 (before the decay: alpha is applied to the dot product instead).
      var acc = zeros()
      kb.loop("i", 0, .const(K), step: unroll) { i in
        for u in 0..<unroll {
          let ki = kb.variable("k", width: 1, key(0).load(0, i + .const(u)))
          for v in 0..<nv {
            let s = S.load(i + .const(u), c0 + .const(v * w), width: w)
            kb.assign(acc[u][v], .fma(ki, s, acc[u][v]))
          }
        }
      }
      let delta = (0..<nv).map { v -> Expr in
        let sk = alpha.map { $0 * total(acc, v) } ?? total(acc, v)
        return kb.variable("delta", width: w, beta(0) * (value(0).load(0, c0 + .const(v * w), width: w) - sk))
      }
      // Pass j: apply step j-1, then dot with k_j (or q after the last step).
      for j in 1...n {
        let x = j < n ? key(j) : query
        acc = zeros()
        kb.loop("i", 0, .const(K), step: unroll) { i in
          for u in 0..<unroll {
            let row = i + .const(u)
            let kp = kb.variable("kp", width: 1, key(j - 1).load(0, row))
            let xi = kb.variable("x", width: 1, x.load(0, row))
            for v in 0..<nv {
              let col = c0 + .const(v * w)
              var s = S.load(row, col, width: w)
              if j == 1, let alpha { s = alpha * s }
              let s2 = kb.variable("s", width: w, .fma(kp, delta[v], s))
              kb.store(S.ptr, S.at(row, col), s2)
              kb.assign(acc[u][v], .fma(xi, s2, acc[u][v]))
            }
          }
        }
        for v in 0..<nv {
          let col = c0 + .const(v * w)
          if j < n {
            kb.assign(delta[v], beta(j) * (value(j).load(0, col, width: w) - total(acc, v)))
          } else {
            kb.store(head.o, t * head.so + col, .const(spec.scale, width: 1) * total(acc, v))
          }
        }
      }
    }
  }
}
