/// The recurrent form: the forward for chunk size 1 (or `.recurrent` with boundary states every C tokens)
/// and the one-token inference step. Both run `recurrentTokens`, which makes n sweeps over the state per
/// token: sweep j applies step j-1 and, on the updated rows, takes S^T k_j (after the last step: the readout
/// S^T q and the next token's S^T k_0). The delta rule is column-separable (column j of S only needs column
/// j), so the sweeps run over a block of <= 32 state columns whose dot products stay in registers, and cost
/// exactly the model FLOPs, n (4 K V) + 2 K V per token.
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
        kb.copy(
          rows: K, cols: V, from: state, to: Operand("hs", (bh * chunks + ci) * kv, stride: V))
        let t0 = kb.let_("t0", ci * .const(C))
        let t1 = kb.let_("t1", .min(t0 + .const(C), "T"))
        if spec.gated {
          // e^g for tokens t0...t1 (the next-token lookahead clamps to T-1).
          kb.loop("t", t0, t1 + 1) { t in
            kb.store(
              "alphas", t - t0, .exp(.load(ptr: head.g, at: .min(t, "T" - 1) * head.sg, width: 1)))
          }
        }
        recurrentTokens(
          kb, spec, head, state: "S", from: t0, to: t1, length: "T",
          alphas: spec.gated ? "alphas" : nil)
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
      recurrentTokens(kb, spec, head, state: s, from: 0, to: 1, length: 1)
    }
    return Kernel(name: spec.stepName, params: stepParams, body: kb.statements)
  }

  /// Tokens [t0, t1) (t1 <= T): decay (if gated), n delta-rule steps, readout o_t = scale S^T q_t.
  /// The loop over column blocks is outermost, so the dot product with the next token's first key is taken
  /// in the same sweep as the readout and stays in registers: n sweeps over the state per token.
  static func recurrentTokens(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ head: Head, state: String, from t0: Index,
    to t1: Index,
    length: Index, alphas: String? = nil
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
    // With `alphas` (e^g of tokens t0...t1, precomputed), the hot loops make no libm calls, which would
    // clobber every vector register (caller-saved) and force the carried dot products to the stack.
    func alpha(_ t: Index) -> Expr? {
      guard spec.gated else { return nil }
      if let alphas {
        return kb.variable("alpha", width: 1, .load(ptr: alphas, at: t - t0, width: 1))
      }
      return kb.variable("alpha", width: 1, .exp(.load(ptr: head.g, at: t * head.sg, width: 1)))
    }

    kb.columnBlocks(cols: V, maxVectors: 4) { c0, w, nv in
      func zeros(_ rows: Int) -> [[Expr]] {
        (0..<rows).map { _ in
          (0..<nv).map { _ in kb.variable("acc", width: w, .const(0, width: w)) }
        }
      }
      func total(_ acc: [[Expr]], _ v: Int) -> Expr {
        acc.dropFirst().reduce(acc[0][v]) { $0 + $1[v] }
      }
      func col(_ v: Int) -> Index { c0 + .const(v * w) }
      // Prologue: S^T k for the first token's first step (before its decay: alpha scales the dot instead).
      let unroll = K % 2 == 0 ? 2 : 1
      let first = zeros(unroll)
      kb.loop("i", 0, .const(K), step: unroll) { i in
        for u in 0..<unroll {
          let ki = kb.variable("k", width: 1, key(t0, 0).load(0, i + .const(u)))
          for v in 0..<nv {
            kb.assign(first[u][v], .fma(ki, S.load(i + .const(u), col(v), width: w), first[u][v]))
          }
        }
      }
      let a0 = alpha(t0)
      let delta = (0..<nv).map { v -> Expr in
        let sk = a0.map { $0 * total(first, v) } ?? total(first, v)
        return kb.variable(
          "delta", width: w, beta(t0, 0) * (value(t0, 0).load(0, col(v), width: w) - sk))
      }
      kb.loop("t", t0, t1) { t in
        let a = alpha(t)
        // The next token (clamped at the end: its dot product is then computed and dropped).
        let next = kb.let_("tn", .min(t + 1, length - 1))
        for j in 1...n {
          let last = j == n
          let rows = last ? 1 : unroll  // the last sweep carries two sets of accumulators
          let acc = zeros(rows)
          let accNext = last ? zeros(1) : []
          kb.loop("i", 0, .const(K), step: rows) { i in
            for u in 0..<rows {
              let row = i + .const(u)
              let kp = kb.variable("kp", width: 1, key(t, j - 1).load(0, row))
              let xi = kb.variable(
                "x", width: 1, (last ? Operand(head.q, t * head.sq) : key(t, j)).load(0, row))
              let yi = last ? kb.variable("y", width: 1, key(next, 0).load(0, row)) : nil
              for v in 0..<nv {
                var s = S.load(row, col(v), width: w)
                if j == 1, let a { s = a * s }
                let s2 = kb.variable("s", width: w, .fma(kp, delta[v], s))
                kb.store(S.ptr, S.at(row, col(v)), s2)
                kb.assign(acc[u][v], .fma(xi, s2, acc[u][v]))
                if let yi { kb.assign(accNext[0][v], .fma(yi, s2, accNext[0][v])) }
              }
            }
          }
          if !last {
            for v in 0..<nv {
              kb.assign(
                delta[v], beta(t, j) * (value(t, j).load(0, col(v), width: w) - total(acc, v)))
            }
          } else {
            let an = alpha(next)
            for v in 0..<nv {
              kb.store(head.o, t * head.so + col(v), .const(spec.scale, width: 1) * acc[0][v])
              let sk = an.map { $0 * accNext[0][v] } ?? accNext[0][v]
              kb.assign(delta[v], beta(next, 0) * (value(next, 0).load(0, col(v), width: w) - sk))
            }
          }
        }
      }
    }
  }
}
