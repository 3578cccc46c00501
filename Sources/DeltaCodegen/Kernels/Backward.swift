/// Per-thread scratch of the backward, in floats (Ci = C n sub-steps per chunk).
struct BackwardLayout {
  var offsets: [String: Int] = [:]
  var total = 0

  init(spec: DeltaKernelSpec) {
    let (K, V) = (spec.keyDim, spec.valueDim)
    let ci = spec.chunk * spec.householder
    let sizes: [(String, Int)] = [
      ("S", K * V), ("dS", K * V), ("Sh", ci * K * V), ("R", ci * V), ("dSk", V), ("dSr", K), ("SdSk", K),
    ]
    for (name, size) in sizes {
      offsets[name] = total
      total += (size + 15) / 16 * 16
    }
  }
}

/// Exact backward (reference 4.2), memory-light (3.3): chunks in reverse; inside a chunk the sub-step
/// states are recomputed from the stored boundary state (Sh[tau] = state entering step tau, after the decay,
/// and R[tau] = v - Sh^T k), then the recurrent backward runs over them:
///   dS += scale q_t do_t^T;  per step (reverse): dSk = dS^T k, dSr = dS r,
///   dv = beta dSk, dbeta = k . dSr, dk = beta (dSr - Sh dSk), dS -= beta k dSk^T;
///   gated: dg_t = <dS, Sh[t n]>, dS *= alpha_t.
/// dq_t = scale S_t do_t is taken during the recompute, where S_t (state after token t) is at hand.
enum BackwardKernels {
  static let params: [Param] = [
    Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
    Param("hs", .ptr), Param("dout", .ptr), Param("dhT", .ptr), Param("dq", .ptr), Param("dk", .ptr),
    Param("dv", .ptr), Param("dbeta", .ptr), Param("dg", .ptr), Param("dh0", .ptr), Param("work", .ptr),
    Param("T", .i64), Param("H", .i64), Param("bh0", .i64), Param("bh1", .i64),
  ]

  static func backward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    let layout = BackwardLayout(spec: spec)
    kb.loop("bh", "bh0", "bh1") { bh in
      let x = RecurrentKernels.Head(kb, spec: spec, bh: bh, length: "T", names: ["o": ""])
      let d = RecurrentKernels.Head(
        kb, spec: spec, bh: bh, length: "T",
        names: ["q": "dq", "k": "dk", "v": "dv", "beta": "dbeta", "g": "dg", "o": "dout"])
      var w: [String: String] = [:]
      for name in layout.offsets.keys.sorted() { w[name] = kb.view(name, "work", .const(layout.offsets[name]!)) }
      let dS = Operand(w["dS"]!, 0, stride: V)
      kb.copy(rows: K, cols: V, from: Operand("dhT", bh * kv, stride: V), to: dS)
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("cc", 0, chunks) { cc in
        let c = kb.let_("ci", chunks - 1 - cc)
        let t0 = kb.let_("t0", c * .const(C))
        let valid = kb.let_("L", .min(.const(C), "T" - t0))
        kb.copy(rows: K, cols: V, from: Operand("hs", (bh * chunks + c) * kv, stride: V), to: Operand(w["S"]!, 0, stride: V))
        kb.comment("recompute the chunk's states")
        kb.loop("tl", 0, valid) { tl in recompute(kb, spec, x, d, w, t: t0 + tl, local: tl) }
        kb.comment("backward through the chunk")
        kb.loop("tt", 0, valid) { tt in
          let tl = kb.let_("tl", valid - 1 - tt)
          backToken(kb, spec, x, d, w, t: t0 + tl, local: tl)
        }
      }
      kb.copy(rows: K, cols: V, from: dS, to: Operand("dh0", bh * kv, stride: V))
    }
    return Kernel(name: spec.backwardName, params: params, body: kb.statements)
  }

  static func alpha(_ kb: KernelBuilder, _ x: RecurrentKernels.Head, _ t: Index) -> Expr {
    kb.variable("alpha", width: 1, .exp(.load(ptr: x.g, at: t * x.sg, width: 1)))
  }

  /// Token t's steps from S (state after token t-1): saves Sh and R, leaves S_t in S; dq_t = scale S_t do_t.
  static func recompute(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ x: RecurrentKernels.Head, _ d: RecurrentKernels.Head,
    _ w: [String: String], t: Index, local: Index
  ) {
    let (K, V, n) = (spec.keyDim, spec.valueDim, spec.householder)
    let S = Operand(w["S"]!, 0, stride: V)
    let a: Expr? = spec.gated ? alpha(kb, x, t) : nil
    for j in 0..<n {
      let tl = kb.let_("taul", local * .const(n) + .const(j))
      let tau = kb.let_("tau", t * .const(n) + .const(j))
      let Sh = Operand(w["Sh"]!, tl * .const(K * V), stride: V)
      let key = Operand(x.k, tau * x.sk)
      kb.columnBlocks(cols: V) { c0, vw, nv in
        let acc = (0..<nv).map { _ in kb.variable("acc", width: vw, .const(0, width: vw)) }
        kb.loop("i", 0, .const(K)) { i in
          let ki = kb.variable("k", width: 1, key.load(0, i))
          for v in 0..<nv {
            let col = c0 + .const(v * vw)
            var s = S.load(i, col, width: vw)
            if j == 0, let a { s = a * s }
            let sv = kb.variable("s", width: vw, s)
            kb.store(Sh.ptr, Sh.at(i, col), sv)
            kb.assign(acc[v], .fma(ki, sv, acc[v]))
          }
        }
        for v in 0..<nv {
          let col = c0 + .const(v * vw)
          kb.store(w["R"]!, tl * .const(V) + col, Operand(x.v, tau * x.sv).load(0, col, width: vw) - acc[v])
        }
      }
      let beta = kb.variable("beta", width: 1, .load(ptr: x.beta, at: tau * x.sb, width: 1))
      // S = Sh + beta k r^T (reading Sh, so the decay of step 0 is included).
      kb.columnBlocks(cols: V) { c0, vw, nv in
        let r = (0..<nv).map { v in
          kb.variable("r", width: vw, beta * .load(ptr: w["R"]!, at: tl * .const(V) + c0 + .const(v * vw), width: vw))
        }
        kb.loop("i", 0, .const(K)) { i in
          let ki = kb.variable("k", width: 1, key.load(0, i))
          for v in 0..<nv {
            let col = c0 + .const(v * vw)
            kb.store(S.ptr, S.at(i, col), .fma(ki, r[v], Sh.load(i, col, width: vw)))
          }
        }
      }
    }
    kb.rowDots(
      rows: K, cols: V, m: S, x: Operand(d.o, t * d.so), coef: .const(spec.scale, width: 1),
      out: Operand(d.q, t * d.sq))
  }

  /// The reverse sweep over token t (its states are in Sh, R).
  static func backToken(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ x: RecurrentKernels.Head, _ d: RecurrentKernels.Head,
    _ w: [String: String], t: Index, local: Index
  ) {
    let (K, V, n) = (spec.keyDim, spec.valueDim, spec.householder)
    let dS = Operand(w["dS"]!, 0, stride: V)
    let (dSk, dSr, SdSk) = (Operand(w["dSk"]!), Operand(w["dSr"]!), Operand(w["SdSk"]!))
    kb.rank1(
      rows: K, cols: V, m: dS, a: Operand(x.q, t * x.sq), b: Operand(d.o, t * d.so),
      coef: .const(spec.scale, width: 1))
    for j in stride(from: n - 1, through: 0, by: -1) {
      let tl = kb.let_("taul", local * .const(n) + .const(j))
      let tau = kb.let_("tau", t * .const(n) + .const(j))
      let Sh = Operand(w["Sh"]!, tl * .const(K * V), stride: V)
      let key = Operand(x.k, tau * x.sk)
      let one = Expr.const(1, width: 1)
      kb.columnDots(rows: K, cols: V, m: dS, y: key, coef: one, out: dSk)
      kb.rowDots(rows: K, cols: V, m: dS, x: Operand(w["R"]!, tl * .const(V)), coef: one, out: dSr)
      let beta = kb.variable("beta", width: 1, .load(ptr: x.beta, at: tau * x.sb, width: 1))
      kb.copy(rows: 1, cols: V, from: dSk, to: Operand(d.v, tau * d.sv), scale: beta)
      kb.store(d.beta, tau * d.sb, kb.dot(n: K, x: key, y: dSr))
      kb.rowDots(rows: K, cols: V, m: Sh, x: dSk, coef: one, out: SdSk)
      let kw = vectorWidth(K)
      kb.loop("i", 0, .const(K), step: kw) { i in
        kb.store(d.k, tau * d.sk + i, beta * (dSr.load(0, i, width: kw) - SdSk.load(0, i, width: kw)))
      }
      kb.rank1(rows: K, cols: V, m: dS, a: key, b: dSk, coef: .neg(beta))
    }
    if spec.gated {
      let Sh0 = Operand(w["Sh"]!, local * .const(n * K * V), stride: V)
      kb.store(d.g, t * d.sg, kb.dot(n: K * V, x: dS, y: Sh0))
      kb.copy(rows: K, cols: V, from: dS, to: dS, scale: alpha(kb, x, t))
    }
  }
}
