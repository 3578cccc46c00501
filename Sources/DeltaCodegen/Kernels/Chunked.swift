/// Per-thread scratch of the chunked forward, in floats (Ci = C n sub-steps per chunk).
enum ChunkedLayout {
  static func of(_ spec: DeltaKernelSpec) -> ScratchLayout {
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let ci = C * spec.householder
    let sizes: [(String, Int)] = [
      ("S", K * V), ("Kc", ci * K), ("KT", K * ci), ("X", ci * (K + V)), ("A", ci * ci),
      ("Qc", C * K),
      ("P", C * ci), ("Oc", C * V), ("G", C), ("gam", C), ("Dt", C * C), ("bet", ci),
    ]
    return ScratchLayout(sizes)
  }
}

/// The chunked WY / UT forward (reference 3.1 with the CPU formulation of 3.3). Per chunk of C tokens
/// (Ci = C n sub-steps, interleaved order), with S the state entering the chunk and G the in-chunk
/// cumulative log decay per token (gamma = e^G):
///   A[i,j]  = beta_i (k_i . k_j) e^(G_ti - G_tj) for j < i                     (strictly lower)
///   X       = [beta gamma K | beta V], then rows i -= sum_{j<i} A[i,j] X[j]    (forward substitution: W | U)
///   Vnew    = U - W S                                                          (the per-step deltas)
///   O       = scale (gamma Q S + (Q K^T masked, decayed) Vnew)                 (queries after the last step)
///   S      <- gamma_last S + K^T (e^(G_last - G_t) Vnew)
/// The tail chunk is padded with k = v = beta = g = 0 steps, which leave the state unchanged, so every
/// loop has a constant trip count.
enum ChunkedKernels {
  static func forward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    let layout = ChunkedLayout.of(spec)
    kb.loop("bh", "bh0", "bh1") { bh in
      let head = RecurrentKernels.Head.forward(kb, spec: spec, bh: bh, fixed: layout.total)
      let w = layout.views(kb)
      let S = Operand(w["S"]!, 0, stride: V)
      kb.copy(rows: K, cols: V, from: Operand("h0", bh * kv, stride: V), to: S)
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("ci", 0, chunks) { c in
        kb.streamCopy(
          rows: K, cols: V, from: S, to: Operand("hs", (bh * chunks + c) * kv, stride: V))
        let t0 = kb.let_("t0", c * .const(C))
        let valid = kb.let_("L", .min(.const(C), "T" - t0))
        pack(kb, spec, head, w, t0: t0, valid: valid)
        chunk(kb, spec, head, w, t0: t0, valid: valid)
      }
      kb.copy(rows: K, cols: V, from: S, to: Operand("hT", bh * kv, stride: V))
    }
    kb.append(.fence)  // the streamed boundary states, before another thread's backward reads them
    return Kernel(
      name: spec.forwardName, params: RecurrentKernels.forwardParams, body: kb.statements)
  }

  /// Copies the chunk's inputs into contiguous, zero-padded blocks: Qc = scale q, Kc, KT = Kc^T,
  /// X = [beta gamma k | beta v], bet = beta; and for the gate G (cumsum), gam = e^G, Dt[t,s] = e^(G_t - G_s).
  static func pack(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ head: RecurrentKernels.Head,
    _ w: [String: String],
    t0: Index, valid: Index
  ) {
    let (K, V, C, n) = (spec.keyDim, spec.valueDim, spec.chunk, spec.householder)
    let ci = C * n
    let vw = vectorWidth(K)
    if spec.gated {
      let run = kb.variable("G", width: 1, 0.0)
      kb.loop("t", 0, .const(C)) { t in
        kb.when(.lt(t, valid)) {
          kb.assign(run, run + .load(ptr: head.g, at: (t0 + t) * head.sg, width: 1))
        }
        kb.store(w["G"]!, t, run)
        kb.store(w["gam"]!, t, .exp(run))
      }
      kb.loop("t", 0, .const(C)) { t in
        kb.loop("s", 0, t + 1) { s in
          kb.store(
            w["Dt"]!, t * .const(C) + s,
            .exp(.load(ptr: w["G"]!, at: t, width: 1) - .load(ptr: w["G"]!, at: s, width: 1)))
        }
      }
    }
    let X = Operand(w["X"]!, 0, stride: K + V)
    kb.loop("t", 0, .const(C)) { t in
      kb.when(.lt(t, valid)) {
        let tok = t0 + t
        kb.copy(
          rows: 1, cols: K, from: Operand(head.q, tok * head.sq),
          to: Operand(w["Qc"]!, t * .const(K)),
          scale: .const(spec.scale, width: 1))
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          let tau = kb.let_("tau", tok * .const(n) + .const(j))
          let beta = kb.variable(
            "beta", width: 1, .load(ptr: head.beta, at: tau * head.sb, width: 1))
          kb.store(w["bet"]!, i, beta)
          let coef =
            spec.gated
            ? kb.variable("c", width: 1, beta * .load(ptr: w["gam"]!, at: t, width: 1)) : beta
          let key = Operand(head.k, tau * head.sk)
          kb.loop("p", 0, .const(K), step: vw) { p in
            let x = kb.variable("kx", width: vw, key.load(0, p, width: vw))
            kb.store(w["Kc"]!, i * .const(K) + p, x)
            kb.store(X.ptr, X.at(i, p), coef * x)
          }
          kb.loop("p", 0, .const(K)) { p in kb.store(w["KT"]!, p * .const(ci) + i, key.load(0, p)) }
          kb.copy(
            rows: 1, cols: V, from: Operand(head.v, tau * head.sv),
            to: X.shifted(i * .const(K + V) + .const(K)), scale: beta)
        }
      } else: {
        kb.zero(rows: 1, cols: K, Operand(w["Qc"]!, t * .const(K)))
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          kb.store(w["bet"]!, i, 0.0)
          kb.zero(rows: 1, cols: K, Operand(w["Kc"]!, i * .const(K)))
          kb.zero(rows: 1, cols: K + V, X.shifted(i * .const(K + V)))
          kb.loop("p", 0, .const(K)) { p in kb.store(w["KT"]!, p * .const(ci) + i, 0.0) }
        }
      }
    }
  }

  static func chunk(
    _ kb: KernelBuilder, _ spec: DeltaKernelSpec, _ head: RecurrentKernels.Head,
    _ w: [String: String],
    t0: Index, valid: Index
  ) {
    let (K, V, C, n) = (spec.keyDim, spec.valueDim, spec.chunk, spec.householder)
    let ci = C * n
    let S = Operand(w["S"]!, 0, stride: V)
    let X = Operand(w["X"]!, 0, stride: K + V)
    let U = X.shifted(.const(K))
    let A = Operand(w["A"]!, 0, stride: ci)
    let P = Operand(w["P"]!, 0, stride: ci)
    let Oc = Operand(w["Oc"]!, 0, stride: V)
    let KT = Operand(w["KT"]!, 0, stride: ci)
    func decay(_ t: Index, _ s: Index) -> Expr {
      .load(ptr: w["Dt"]!, at: t * .const(C) + s, width: 1)
    }

    kb.comment("A = strictly-lower(beta K K^T, decayed)")
    kb.gemm(m: ci, n: ci, k: K, a: Operand(w["Kc"]!, 0, stride: K), b: KT, c: A, .overwrite)
    kb.loop("i", 0, .const(ci)) { i in
      let bi = kb.variable("bi", width: 1, .load(ptr: w["bet"]!, at: i, width: 1))
      kb.loop("j", 0, .const(ci)) { j in
        var a = bi * A.load(i, j)
        if spec.gated { a = a * decay(i / .const(n), j / .const(n)) }
        kb.store(A.ptr, A.at(i, j), .select(.lt(j, i), a, 0.0))
      }
    }
    kb.comment("forward substitution: [W | U] rows i -= sum_{j<i} A[i,j] [W | U] rows j")
    kb.loop("i", 1, .const(ci)) { i in
      kb.columnBlocks(cols: K + V, maxVectors: 8) { c0, vw, nv in
        let acc = (0..<nv).map { v in
          kb.variable("acc", width: vw, X.load(i, c0 + .const(v * vw), width: vw))
        }
        kb.loop("j", 0, i) { j in
          let a = kb.variable("a", width: 1, .neg(A.load(i, j)))
          for v in 0..<nv {
            kb.assign(acc[v], .fma(a, X.load(j, c0 + .const(v * vw), width: vw), acc[v]))
          }
        }
        for v in 0..<nv { kb.store(X.ptr, X.at(i, c0 + .const(v * vw)), acc[v]) }
      }
    }
    kb.comment("Vnew = U - W S")
    kb.gemm(m: ci, n: V, k: K, a: X, b: S, c: U, .subtract)
    kb.comment("P = (scale Q) K^T, causal (a token sees its own n steps), decayed")
    kb.gemm(m: C, n: ci, k: K, a: Operand(w["Qc"]!, 0, stride: K), b: KT, c: P, .overwrite)
    kb.loop("t", 0, .const(C)) { t in
      kb.loop("i", 0, .const(ci)) { i in
        var p = P.load(t, i)
        if spec.gated { p = p * decay(t, i / .const(n)) }
        kb.store(P.ptr, P.at(t, i), .select(.lt(i, (t + 1) * .const(n)), p, 0.0))
      }
    }
    kb.comment("O = gamma (scale Q) S + P Vnew")
    kb.gemm(m: C, n: V, k: K, a: Operand(w["Qc"]!, 0, stride: K), b: S, c: Oc, .overwrite)
    if spec.gated {
      kb.loop("t", 0, .const(C)) { t in
        kb.copy(
          rows: 1, cols: V, from: Oc.shifted(t * .const(V)), to: Oc.shifted(t * .const(V)),
          scale: .load(ptr: w["gam"]!, at: t, width: 1))
      }
    }
    kb.gemm(m: C, n: V, k: ci, a: P, b: U, c: Oc, .add)
    kb.loop("t", 0, valid) { t in
      kb.copy(
        rows: 1, cols: V, from: Oc.shifted(t * .const(V)), to: Operand(head.o, (t0 + t) * head.so))
    }
    kb.comment("S = gamma_last S + K^T (decayed Vnew)")
    if spec.gated {
      let last = Index.const(C - 1)
      kb.copy(rows: K, cols: V, from: S, to: S, scale: .load(ptr: w["gam"]!, at: last, width: 1))
      kb.loop("i", 0, .const(ci)) { i in
        kb.copy(
          rows: 1, cols: V, from: U.shifted(i * .const(K + V)), to: U.shifted(i * .const(K + V)),
          scale: decay(last, i / .const(n)))
      }
    }
    kb.gemm(m: K, n: V, k: ci, a: KT, b: U, c: S, .add)
  }
}
