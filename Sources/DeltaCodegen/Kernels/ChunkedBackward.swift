/// Per-thread scratch of the chunked backward, in floats (Ci = C n sub-steps per chunk).
struct ChunkedBackwardLayout {
  var offsets: [String: Int] = [:]
  var total = 0

  init(spec: DeltaKernelSpec) {
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let ci = C * spec.householder
    let sizes: [(String, Int)] = [
      ("S", K * V), ("ST", V * K), ("dS", K * V), ("dST", V * K),
      ("Kc", ci * K), ("KT", K * ci), ("Kg", ci * K), ("Qc", C * K), ("QcT", K * C),
      ("Qg", C * K), ("dOc", C * V), ("dOT", V * C), ("Gm", ci * ci), ("Rr", ci * V),
      ("Vn", ci * V), ("VnT", V * ci), ("PT", ci * C), ("dPT", ci * C), ("Yb", ci * V),
      ("dKc", ci * K), ("dQc", C * K), ("Hk", ci * K), ("Ns", ci * ci), ("bet", ci),
      ("dbet", ci), ("colZ", ci), ("alpha", C), ("gam", C), ("Dt", C * C), ("M", C * C),
      ("En", C * ci), ("dG", C),
    ]
    for (name, size) in sizes {
      offsets[name] = total
      total += (size + 15) / 16 * 16  // 64-byte aligned blocks
    }
  }
}

/// The chunked WY backward: the adjoint of `ChunkedKernels.forward`, chunk by chunk in reverse, in
/// GEMM-shaped blocks. Per chunk (Ci = C n sub-steps, interleaved rows i of token t(i); S = hs[c] the
/// state entering it, dS the gradient of the state leaving it; gamma_t = e^(G_t), G the in-chunk
/// cumulative log gate; E_ij = e^(G_t(i) - G_t(j)), D_i = e^(G_last - G_t(i)), c_i = gamma_t(i)):
///
/// The forward is recomputed in the form Vnew = (I + A)^-1 diag(beta) R0 with R0 = V - diag(c) K S
/// (algebraically U - W S of the forward; W and U are never formed), A = strictly_lower(diag(beta) Gm),
/// Gm = K K^T (.) E. The forward substitution keeps r = R0 - strictly_lower(Gm) Vnew (the recurrent
/// form's v - S^T k), Vnew = diag(beta) r. P^T = mask(K Qs^T (.) decay) with Qs = scale Q.
/// Then, with Y = (I + A)^-T dVnew and Yb = diag(beta) Y:
///   dVnew   = P^T dO + diag(D) K dS
///   dS_prev = gamma_last dS + Qs^T diag(gamma) dO - (diag(c) K)^T Yb
///   dP^T    = Vnew dO^T, masked and decayed;  dQs = diag(gamma) dO S^T + dP^T^T K
///   dK      = diag(D) Vnew dS^T + dP^T Qs - diag(c) Yb S^T + (N + N^T) K,
///             N = strictly_lower(-Yb Vnew^T) (.) E   (= diag(beta) dA (.) E)
///   dV      = Yb,  dbeta_i = Y_i . r_i  (the X0 and the A terms together, as in the recurrent form)
///   dG      from every e^G: gamma (readout, R0), gamma_last and D (state update), decay (P), E (A);
///           then dg_s = sum_{t >= s in the chunk} dG_t.
/// The forward substitution and the backward one (rows in reverse) are blocked: 4 rows at a time
/// in registers, the solved rows applied as a GEMM-like update. Every decay factor comes from products
/// of the chunk's e^g (C exp calls per chunk). The tail chunk is padded with k = v = beta = g = 0
/// steps and zero dO rows, as in the forward.
enum ChunkedBackwardKernels {
  static func backward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    let layout = ChunkedBackwardLayout(spec: spec)
    kb.loop("bh", "bh0", "bh1") { bh in
      let x = RecurrentKernels.Head(kb, spec: spec, bh: bh, length: "T", names: ["o": ""])
      let d = RecurrentKernels.Head(
        kb, spec: spec, bh: bh, length: "T",
        names: ["q": "dq", "k": "dk", "v": "dv", "beta": "dbeta", "g": "dg", "o": "dout"])
      var w: [String: String] = [:]
      for name in layout.offsets.keys.sorted() {
        w[name] = kb.view(name, "work", .const(layout.offsets[name]!))
      }
      kb.copy(
        rows: K, cols: V, from: Operand("dhT", bh * kv, stride: V),
        to: Operand(w["dS"]!, 0, stride: V)
      )
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("cc", 0, chunks) { cc in
        let c = kb.let_("ci", chunks - 1 - cc)
        let t0 = kb.let_("t0", c * .const(C))
        let valid = kb.let_("L", .min(.const(C), "T" - t0))
        let chunk = ChunkedBackwardChunk(kb: kb, spec: spec, x: x, d: d, w: w, t0: t0, valid: valid)
        chunk.load(hs: Operand("hs", (bh * chunks + c) * kv, stride: V))
        chunk.pack()
        chunk.recompute()
        chunk.backward()
        chunk.write()
      }
      kb.copy(
        rows: K, cols: V, from: Operand(w["dS"]!, 0, stride: V),
        to: Operand("dh0", bh * kv, stride: V)
      )
    }
    return Kernel(name: spec.backwardName, params: BackwardKernels.params, body: kb.statements)
  }
}

/// The code of one chunk of the chunked backward (tokens t0 + t, t < valid; rows i = t n + j).
struct ChunkedBackwardChunk {
  let kb: KernelBuilder
  let spec: DeltaKernelSpec
  let x: RecurrentKernels.Head
  let d: RecurrentKernels.Head
  let w: [String: String]
  let t0: Index
  let valid: Index

  var K: Int { spec.keyDim }
  var V: Int { spec.valueDim }
  var C: Int { spec.chunk }
  var n: Int { spec.householder }
  var ci: Int { spec.chunk * spec.householder }
  var gated: Bool { spec.gated }

  func op(_ name: String, _ stride: Int) -> Operand { Operand(w[name]!, 0, stride: stride) }
  func scalar(_ name: String, _ at: Index) -> Expr { .load(ptr: w[name]!, at: at, width: 1) }
  func accumulate(_ name: String, _ at: Index, _ value: Expr) {
    kb.store(w[name]!, at, scalar(name, at) + value)
  }
  /// The keys as the R0 and dS_prev terms use them: diag(c) K when gated.
  var keysScaled: Operand { op(gated ? "Kg" : "Kc", K) }
  var queriesScaled: Operand { op(gated ? "Qg" : "Qc", K) }

  /// C (=, +=, -=) A B with a register tile for 16-lane vectors (up to 16 accumulators).
  func gemm(
    m: Int, n: Int, k: Int, a: Operand, b: Operand, c: Operand, _ mode: KernelBuilder.Accumulate,
    transposeA: Bool = false, lowerOnly: Bool = false
  ) {
    let vw = vectorWidth(n)
    let nv = largestDivisor(of: n / vw, atMost: lowerOnly ? 1 : 4)
    kb.gemm(
      m: m, n: n, k: k, a: a, b: b, c: c, mode, rows: nv >= 4 ? 4 : 8, vectors: nv,
      transposeA: transposeA, lowerOnly: lowerOnly)
  }

  /// dst[cols, rows] = src[rows, cols]^T (scalar).
  func transpose(rows: Int, cols: Int, _ src: Operand, _ dst: Operand) {
    kb.loop("i", 0, .const(rows)) { i in
      kb.loop("j", 0, .const(cols)) { j in kb.store(dst.ptr, dst.at(j, i), src.load(i, j)) }
    }
  }

  /// Row i of a matrix scaled in place by a scalar.
  func scaleRow(_ m: Operand, _ row: Index, cols: Int, by s: Expr) {
    kb.copy(
      rows: 1, cols: cols, from: m.shifted(row * .const(m.stride)),
      to: m.shifted(row * .const(m.stride)), scale: s)
  }

  /// For each sub-step row i = t n + j: body(i, t).
  func rows(_ body: (Index, Index) -> Void) {
    kb.loop("t", 0, .const(C)) { t in
      for j in 0..<n { body(kb.let_("i", t * .const(n) + .const(j)), t) }
    }
  }

  // MARK: inputs

  /// S = hs[c] and S^T; dS^T of the gradient leaving the chunk.
  func load(hs: Operand) {
    kb.copy(rows: K, cols: V, from: hs, to: op("S", V))
    transpose(rows: K, cols: V, op("S", V), op("ST", K))
    transpose(rows: K, cols: V, op("dS", V), op("dST", K))
  }

  /// The decay tables from alpha_t = e^(g_t) (1 on padded tokens): gam[t] = prod_{s <= t} alpha_s,
  /// Dt[t, s] = prod_{s < u <= t} alpha_u for s <= t (else 0), M[s, t] = Dt[t, s] (the causal mask of
  /// P^T, decayed), En[t, j] = Dt[t, j / n] (E per sub-step column). Ungated: M is the 0/1 mask.
  func packGate() {
    let Dt = op("Dt", C)
    let M = op("M", C)
    guard gated else {
      kb.loop("s", 0, .const(C)) { s in
        kb.loop("t", 0, .const(C)) { t in kb.store(M.ptr, M.at(s, t), .select(.le(s, t), 1.0, 0.0))
        }
      }
      return
    }
    kb.loop("t", 0, .const(C)) { t in
      kb.when(.lt(t, valid)) {
        kb.store(w["alpha"]!, t, .exp(.load(ptr: x.g, at: (t0 + t) * x.sg, width: 1)))
      } else: {
        kb.store(w["alpha"]!, t, 1.0)
      }
    }
    let run = kb.variable("gam", width: 1, 1.0)
    kb.loop("t", 0, .const(C)) { t in
      kb.assign(run, run * scalar("alpha", t))
      kb.store(w["gam"]!, t, run)
    }
    kb.loop("s", 0, .const(C)) { s in kb.store(Dt.ptr, Dt.at(0, s), .select(.eq(s, 0), 1.0, 0.0)) }
    kb.loop("t", 1, .const(C)) { t in
      let a = kb.variable("a", width: 1, scalar("alpha", t))
      kb.loop("s", 0, .const(C)) { s in
        let decayed = a * Dt.load(t - 1, s)
        kb.store(Dt.ptr, Dt.at(t, s), .select(.lt(s, t), decayed, .select(.eq(s, t), 1.0, 0.0)))
      }
    }
    transpose(rows: C, cols: C, Dt, M)
    let En = op("En", ci)
    kb.loop("t", 0, .const(C)) { t in
      kb.loop("s", 0, .const(C)) { s in
        let e = kb.variable("e", width: 1, Dt.load(t, s))
        for j in 0..<n { kb.store(En.ptr, En.at(t, s * .const(n) + .const(j)), e) }
      }
    }
  }

  /// The chunk's inputs in zero-padded blocks: Qc = scale q, QcT, Qg = gamma Qc; Kc, KT, Kg = c K;
  /// Rr = v (R0 after the recompute's GEMM); bet; dOc = dO, dOT.
  func pack() {
    packGate()
    let vk = vectorWidth(K)
    let (Qc, QcT, Qg) = (op("Qc", K), op("QcT", C), op("Qg", K))
    let (Kc, KT, Kg) = (op("Kc", K), op("KT", ci), op("Kg", K))
    let (dOc, dOT, Rr) = (op("dOc", V), op("dOT", C), op("Rr", V))
    kb.loop("t", 0, .const(C)) { t in
      kb.when(.lt(t, valid)) {
        let tok = t0 + t
        let gam = gated ? kb.variable("gm", width: 1, scalar("gam", t)) : nil
        let q = Operand(x.q, tok * x.sq)
        let scale = Expr.const(spec.scale, width: 1)
        kb.loop("p", 0, .const(K), step: vk) { p in
          let qv = kb.variable("qv", width: vk, scale * q.load(0, p, width: vk))
          kb.store(Qc.ptr, Qc.at(t, p), qv)
          if let gam { kb.store(Qg.ptr, Qg.at(t, p), gam * qv) }
        }
        kb.loop("p", 0, .const(K)) { p in kb.store(QcT.ptr, QcT.at(p, t), scale * q.load(0, p)) }
        let dout = Operand(d.o, tok * d.so)
        kb.copy(rows: 1, cols: V, from: dout, to: dOc.shifted(t * .const(V)))
        kb.loop("p", 0, .const(V)) { p in kb.store(dOT.ptr, dOT.at(p, t), dout.load(0, p)) }
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          let tau = kb.let_("tau", tok * .const(n) + .const(j))
          kb.store(w["bet"]!, i, .load(ptr: x.beta, at: tau * x.sb, width: 1))
          let key = Operand(x.k, tau * x.sk)
          kb.loop("p", 0, .const(K), step: vk) { p in
            let kx = kb.variable("kx", width: vk, key.load(0, p, width: vk))
            kb.store(Kc.ptr, Kc.at(i, p), kx)
            if let gam { kb.store(Kg.ptr, Kg.at(i, p), gam * kx) }
          }
          kb.loop("p", 0, .const(K)) { p in kb.store(KT.ptr, KT.at(p, i), key.load(0, p)) }
          kb.copy(rows: 1, cols: V, from: Operand(x.v, tau * x.sv), to: Rr.shifted(i * .const(V)))
        }
      } else: {
        kb.zero(rows: 1, cols: K, Qc.shifted(t * .const(K)))
        if gated { kb.zero(rows: 1, cols: K, Qg.shifted(t * .const(K))) }
        kb.loop("p", 0, .const(K)) { p in kb.store(QcT.ptr, QcT.at(p, t), 0.0) }
        kb.zero(rows: 1, cols: V, dOc.shifted(t * .const(V)))
        kb.loop("p", 0, .const(V)) { p in kb.store(dOT.ptr, dOT.at(p, t), 0.0) }
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          kb.store(w["bet"]!, i, 0.0)
          kb.zero(rows: 1, cols: K, Kc.shifted(i * .const(K)))
          if gated { kb.zero(rows: 1, cols: K, Kg.shifted(i * .const(K))) }
          kb.loop("p", 0, .const(K)) { p in kb.store(KT.ptr, KT.at(p, i), 0.0) }
          kb.zero(rows: 1, cols: V, Rr.shifted(i * .const(V)))
        }
      }
    }
  }

  // MARK: recompute

  /// Gm (strictly lower part), r and Vnew (Rr, Vn, VnT), P^T (masked, decayed).
  func recompute() {
    let (Kc, KT, Gm) = (op("Kc", K), op("KT", ci), op("Gm", ci))
    kb.comment("Gm = K K^T (.) E, strictly lower part")
    gemm(m: ci, n: ci, k: K, a: Kc, b: KT, c: Gm, .overwrite, lowerOnly: true)
    if gated {
      let wi = vectorWidth(ci)
      rows { i, t in
        kb.loop("j", 0, .const(ci), step: wi) { j in
          kb.store(
            Gm.ptr, Gm.at(i, j), Gm.load(i, j, width: wi) * op("En", ci).load(t, j, width: wi))
        }
      }
    }
    kb.comment("R0 = V - diag(c) K S")
    gemm(m: ci, n: V, k: K, a: keysScaled, b: op("S", V), c: op("Rr", V), .subtract)
    kb.comment("forward substitution: r = R0 - Gm Vnew (strictly lower), Vnew = beta r")
    forwardSubstitution()
    transpose(rows: ci, cols: V, op("Vn", V), op("VnT", ci))
    kb.comment("P^T = mask(K (scale Q)^T (.) decay)")
    let PT = op("PT", C)
    gemm(m: ci, n: C, k: K, a: Kc, b: op("QcT", C), c: PT, .overwrite)
    let wc = vectorWidth(C)
    rows { i, t in
      kb.loop("s", 0, .const(C), step: wc) { s in
        kb.store(PT.ptr, PT.at(i, s), PT.load(i, s, width: wc) * op("M", C).load(t, s, width: wc))
      }
    }
  }

  /// Rows of 4 (b) at a time: acc = sum over the solved rows j < i0 of Gm[i, j] Vnew_j (a GEMM-like
  /// update), then the block's own rows in order, in registers.
  func forwardSubstitution() {
    let b = largestDivisor(of: ci, atMost: 4)
    let (Gm, Rr, Vn) = (op("Gm", ci), op("Rr", V), op("Vn", V))
    kb.columnBlocks(cols: V, maxVectors: 4) { c0, vw, nv in
      kb.loop("ib", 0, .const(ci / b)) { ib in
        let i0 = kb.let_("i0", ib * .const(b))
        let acc = (0..<b).map { _ in
          (0..<nv).map { _ in kb.variable("acc", width: vw, .const(0, width: vw)) }
        }
        kb.loop("j", 0, i0) { j in
          let y = (0..<nv).map { v in
            kb.variable("y", width: vw, Vn.load(j, c0 + .const(v * vw), width: vw))
          }
          for r in 0..<b {
            let a = kb.variable("a", width: 1, Gm.load(i0 + .const(r), j))
            for v in 0..<nv { kb.assign(acc[r][v], .fma(a, y[v], acc[r][v])) }
          }
        }
        var solved: [[Expr]] = []
        for r in 0..<b {
          let i = i0 + .const(r)
          for r2 in 0..<r {
            let a = kb.variable("a", width: 1, Gm.load(i, i0 + .const(r2)))
            for v in 0..<nv { kb.assign(acc[r][v], .fma(a, solved[r2][v], acc[r][v])) }
          }
          let beta = kb.variable("bi", width: 1, scalar("bet", i))
          solved.append(
            (0..<nv).map { v in
              let col = c0 + .const(v * vw)
              let rv = kb.variable("r", width: vw, Rr.load(i, col, width: vw) - acc[r][v])
              kb.store(Rr.ptr, Rr.at(i, col), rv)
              let vn = kb.variable("vn", width: vw, beta * rv)
              kb.store(Vn.ptr, Vn.at(i, col), vn)
              return vn
            })
        }
      }
    }
  }

  // MARK: backward

  func backward() {
    let (S, ST, dS, dST) = (op("S", V), op("ST", K), op("dS", V), op("dST", K))
    let (Kc, Qc, dOc, Vn) = (op("Kc", K), op("Qc", K), op("dOc", V), op("Vn", V))
    let (Yb, dKc, dQc, PT, dPT) = (
      op("Yb", V), op("dKc", K), op("dQc", K), op("PT", C), op("dPT", C)
    )
    let Dt = op("Dt", C)
    let last = Index.const(C - 1)
    if gated { kb.zero(rows: 1, cols: C, op("dG", C)) }

    kb.comment("dVnew = diag(D) K dS + P^T dO (in Yb)")
    gemm(m: ci, n: V, k: K, a: Kc, b: dS, c: Yb, .overwrite)
    if gated { rows { i, t in scaleRow(Yb, i, cols: V, by: Dt.load(last, t)) } }
    gemm(m: ci, n: V, k: C, a: PT, b: dOc, c: Yb, .add)

    kb.comment("dK = diag(D) Vnew dS^T; dG from gamma_last and D")
    gemm(m: ci, n: K, k: V, a: Vn, b: dST, c: dKc, .overwrite)
    if gated {
      let zsum = kb.variable("zsum", width: 1, 0.0)
      rows { i, t in
        let dk = Operand(dKc.ptr, i * .const(K))
        let z = kb.variable(
          "z", width: 1, Dt.load(last, t) * kb.dot(n: K, x: Operand(Kc.ptr, i * .const(K)), y: dk))
        kb.assign(zsum, zsum + z)
        accumulate("dG", t, -z)
        scaleRow(dKc, i, cols: K, by: Dt.load(last, t))
      }
      let sdS = kb.dot(n: K * V, x: S, y: dS)
      accumulate("dG", last, zsum + scalar("gam", last) * sdS)
      kb.comment("dS = gamma_last dS + ...")
      kb.copy(rows: K, cols: V, from: dS, to: dS, scale: scalar("gam", last))
    }
    kb.comment("dS += (scale Q)^T diag(gamma) dO")
    gemm(m: K, n: V, k: C, a: queriesScaled, b: dOc, c: dS, .add, transposeA: true)

    kb.comment("dP^T = Vnew dO^T; dG from the decay of P; masked and decayed")
    gemm(m: ci, n: C, k: V, a: Vn, b: op("dOT", C), c: dPT, .overwrite)
    let wc = vectorWidth(C)
    rows { i, t in
      if gated {
        let row = kb.variable("prow", width: wc, .const(0, width: wc))
        kb.loop("s", 0, .const(C), step: wc) { s in
          let p = kb.variable("p", width: wc, dPT.load(i, s, width: wc) * PT.load(i, s, width: wc))
          kb.assign(row, row + p)
          kb.store(w["dG"]!, s, .load(ptr: w["dG"]!, at: s, width: wc) + p)
        }
        accumulate("dG", t, .neg(.hsum(row)))
      }
      kb.loop("s", 0, .const(C), step: wc) { s in
        kb.store(
          dPT.ptr, dPT.at(i, s), dPT.load(i, s, width: wc) * op("M", C).load(t, s, width: wc))
      }
    }
    kb.comment("dK += dP^T (scale Q)")
    gemm(m: ci, n: K, k: C, a: dPT, b: Qc, c: dKc, .add)

    kb.comment("dQs = diag(gamma) dO S^T + dP K; dG from gamma in the readout")
    gemm(m: C, n: K, k: V, a: dOc, b: ST, c: dQc, .overwrite)
    if gated {
      kb.loop("t", 0, .const(C)) { t in
        let row = Operand(dQc.ptr, t * .const(K))
        accumulate(
          "dG", t, scalar("gam", t) * kb.dot(n: K, x: Operand(Qc.ptr, t * .const(K)), y: row))
        scaleRow(dQc, t, cols: K, by: scalar("gam", t))
      }
    }
    gemm(m: C, n: K, k: ci, a: dPT, b: Kc, c: dQc, .add, transposeA: true)

    kb.comment("backward substitution: Y = (I + A)^-T dVnew, Yb = beta Y, dbeta = Y . r")
    backSubstitution()

    kb.comment("dS -= (diag(c) K)^T Yb")
    gemm(m: K, n: V, k: ci, a: keysScaled, b: Yb, c: dS, .subtract, transposeA: true)

    kb.comment("dK -= diag(c) Yb S^T; dG from c")
    if gated {
      let H = op("Hk", K)
      gemm(m: ci, n: K, k: V, a: Yb, b: ST, c: H, .overwrite)
      rows { i, t in
        let h = Operand(H.ptr, i * .const(K))
        let cf = kb.variable("cf", width: 1, scalar("gam", t))
        accumulate("dG", t, -cf * kb.dot(n: K, x: Operand(Kc.ptr, i * .const(K)), y: h))
        let vk = vectorWidth(K)
        kb.loop("p", 0, .const(K), step: vk) { p in
          kb.store(
            dKc.ptr, dKc.at(i, p), .fma(-cf, h.load(0, p, width: vk), dKc.load(i, p, width: vk)))
        }
      }
    } else {
      gemm(m: ci, n: K, k: V, a: Yb, b: ST, c: dKc, .subtract)
    }

    kb.comment("N = strictly_lower(-Yb Vnew^T) (.) E; dG from E; dK += (N + N^T) K")
    let Ns = op("Ns", ci)
    gemm(m: ci, n: ci, k: V, a: Yb, b: op("VnT", ci), c: Ns, .overwrite, lowerOnly: true)
    if gated { kb.zero(rows: 1, cols: ci, op("colZ", ci)) }
    rows { i, t in
      let rowZ = gated ? kb.variable("rowz", width: 1, 0.0) : nil
      kb.loop("j", 0, i) { j in
        let dab = kb.variable("dab", width: 1, .neg(Ns.load(i, j)))
        let nij = gated ? kb.variable("nij", width: 1, dab * op("En", ci).load(t, j)) : dab
        kb.store(Ns.ptr, Ns.at(i, j), nij)
        kb.store(Ns.ptr, Ns.at(j, i), nij)
        if let rowZ {
          let z = kb.variable("z", width: 1, dab * op("Gm", ci).load(i, j))
          kb.assign(rowZ, rowZ + z)
          accumulate("colZ", j, z)
        }
      }
      kb.store(Ns.ptr, Ns.at(i, i), 0.0)
      if let rowZ { accumulate("dG", t, rowZ) }
    }
    if gated {
      kb.loop("t", 0, .const(C)) { t in
        for j in 0..<n { accumulate("dG", t, -scalar("colZ", t * .const(n) + .const(j))) }
      }
    }
    gemm(m: ci, n: K, k: ci, a: Ns, b: Kc, c: dKc, .add)
  }

  /// Rows in reverse, 4 (b) at a time: acc = dVnew_i - sum over the solved rows j >= i0 + b of
  /// Gm[j, i] Yb_j, then the block's rows in reverse order, in registers.
  func backSubstitution() {
    let b = largestDivisor(of: ci, atMost: 4)
    let nb = ci / b
    let (Gm, Rr, Yb) = (op("Gm", ci), op("Rr", V), op("Yb", V))
    kb.zero(rows: 1, cols: ci, op("dbet", ci))
    kb.columnBlocks(cols: V, maxVectors: 4) { c0, vw, nv in
      kb.loop("ib", 0, .const(nb)) { ib in
        let i0 = kb.let_("i0", (.const(nb - 1) - ib) * .const(b))
        let acc = (0..<b).map { r in
          (0..<nv).map { v in
            kb.variable("acc", width: vw, Yb.load(i0 + .const(r), c0 + .const(v * vw), width: vw))
          }
        }
        kb.loop("j", i0 + .const(b), .const(ci)) { j in
          let y = (0..<nv).map { v in
            kb.variable("y", width: vw, Yb.load(j, c0 + .const(v * vw), width: vw))
          }
          for r in 0..<b {
            let a = kb.variable("a", width: 1, .neg(Gm.load(j, i0 + .const(r))))
            for v in 0..<nv { kb.assign(acc[r][v], .fma(a, y[v], acc[r][v])) }
          }
        }
        var solved: [[Expr]] = Array(repeating: [], count: b)
        for r in stride(from: b - 1, through: 0, by: -1) {
          let i = i0 + .const(r)
          for r2 in (r + 1)..<b {
            let a = kb.variable("a", width: 1, .neg(Gm.load(i0 + .const(r2), i)))
            for v in 0..<nv { kb.assign(acc[r][v], .fma(a, solved[r2][v], acc[r][v])) }
          }
          let dot = kb.variable("dot", width: vw, .const(0, width: vw))
          for v in 0..<nv {
            kb.assign(dot, .fma(acc[r][v], Rr.load(i, c0 + .const(v * vw), width: vw), dot))
          }
          accumulate("dbet", i, .hsum(dot))
          let beta = kb.variable("bi", width: 1, scalar("bet", i))
          solved[r] = (0..<nv).map { v in
            let yb = kb.variable("yb", width: vw, beta * acc[r][v])
            kb.store(Yb.ptr, Yb.at(i, c0 + .const(v * vw)), yb)
            return yb
          }
        }
      }
    }
  }

  // MARK: outputs

  /// dq = scale dQs, dk, dv = Yb, dbeta of the valid rows; dg = reverse cumsum of dG.
  func write() {
    kb.loop("t", 0, valid) { t in
      let tok = t0 + t
      kb.copy(
        rows: 1, cols: K, from: Operand(w["dQc"]!, t * .const(K)), to: Operand(d.q, tok * d.sq),
        scale: .const(spec.scale, width: 1))
      for j in 0..<n {
        let i = kb.let_("i", t * .const(n) + .const(j))
        let tau = kb.let_("tau", tok * .const(n) + .const(j))
        kb.copy(
          rows: 1, cols: K, from: Operand(w["dKc"]!, i * .const(K)), to: Operand(d.k, tau * d.sk))
        kb.copy(
          rows: 1, cols: V, from: Operand(w["Yb"]!, i * .const(V)), to: Operand(d.v, tau * d.sv))
        kb.store(d.beta, tau * d.sb, scalar("dbet", i))
      }
    }
    guard gated else { return }
    let run = kb.variable("dgrun", width: 1, 0.0)
    kb.loop("tt", 0, .const(C)) { tt in
      let t = kb.let_("t", .const(C - 1) - tt)
      kb.assign(run, run + scalar("dG", t))
      kb.when(.lt(t, valid)) { kb.store(d.g, (t0 + t) * d.sg, run) }
    }
  }
}
