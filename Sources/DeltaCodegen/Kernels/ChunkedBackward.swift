/// Per-thread scratch of the chunked backward, in floats (Ci = C n sub-steps per chunk). Some
/// blocks are stacked so that one GEMM covers several terms:
///   SdS = [S | dS] (K x 2V; dS lives here across chunks),
///   Bk  = [dS^T; S^T; Qs; K] ((2V + C + Ci) x K; Qs = scale Q, K the chunk's keys),
///   Ak  = [diag(D) Vnew | -diag(c) Yb | dP^T | N + N^T] (Ci x (2V + C + Ci)), so dK = Ak Bk,
///   QK  = [diag(gamma) Qs; -diag(c) K] ((C + Ci) x K), OY = [dO; Yb] ((C + Ci) x V), so
///   dS_prev = gamma_last dS + QK^T OY.
enum ChunkedBackwardLayout {
  static func of(_ spec: DeltaKernelSpec) -> ScratchLayout {
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let ci = C * spec.householder
    let ak = 2 * V + C + ci
    let sizes: [(String, Int)] = [
      ("SdS", K * 2 * V), ("Bk", ak * K), ("Ak", ci * ak), ("QK", (C + ci) * K),
      ("OY", (C + ci) * V), ("KT", K * ci), ("QcT", K * C), ("dOT", V * C), ("Gm", ci * ci),
      ("KSdS", ci * 2 * V), ("Rr", ci * V), ("Vn", ci * V), ("VnT", V * ci), ("PT", ci * C),
      ("dQc", C * K), ("bet", ci), ("dbet", ci), ("colZ", ci), ("cRow", ci),
      ("alpha", C),
      ("gam", C), ("Dt", C * C), ("M", C * C), ("En", C * ci), ("dG", C),
    ]
    return ScratchLayout(sizes)
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
///   dK      = diag(D) Vnew dS^T - diag(c) Yb S^T + dP^T Qs + (N + N^T) K,
///             N = strictly_lower(-Yb Vnew^T) (.) E   (= diag(beta) dA (.) E)
///   dV      = Yb,  dbeta_i = Y_i . r_i  (the X0 and the A terms together, as in the recurrent form)
///   dG      from every e^G: gamma (readout, R0), gamma_last and D (state update), decay (P), E (A);
///           then dg_s = sum_{t >= s in the chunk} dG_t.
/// The forward substitution and the backward one (rows in reverse) are blocked: 4 rows at a time
/// in registers, the solved rows applied as a GEMM-like update. K S and K dS are one GEMM, dK one
/// GEMM over the stacked Ak, Bk, dS_prev one over QK, OY (layout above). Every decay factor comes
/// from products of the chunk's e^g. The tail chunk is padded with k = v = beta = g = 0 steps and
/// zero dO rows, as in the forward.
enum ChunkedBackwardKernels {
  static func backward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    let layout = ChunkedBackwardLayout.of(spec)
    kb.loop("bh", "bh0", "bh1") { bh in
      let (x, d, finish) = RecurrentKernels.Head.backward(
        kb, spec: spec, bh: bh, fixed: layout.total)
      let w = layout.views(kb)
      let dS = Operand(w["SdS"]!, .const(V), stride: 2 * V)
      kb.copy(rows: K, cols: V, from: Operand("dhT", bh * kv, stride: V), to: dS)
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("cc", 0, chunks) { cc in
        let c = kb.let_("ci", chunks - 1 - cc)
        let t0 = kb.let_("t0", c * .const(C))
        let valid = kb.let_("L", .min(.const(C), "T" - t0))
        // The next chunk's (c - 1) rows of dO, a token stride apart, asked for while this one
        // computes (its pack waited on them: small's two backward nodes 48.9 -> 48.0 ms a step,
        // three alternating runs; the next head's input rows and this chunk's gradient rows,
        // prefetched the same way, measured no gain).
        kb.loop("tp", t0 - .min(t0, .const(C)), t0) { t in
          for line in stride(from: 0, to: V, by: 16) {
            kb.prefetch(d.o, t * d.so + .const(line))
          }
        }
        let chunk = ChunkedBackwardChunk(kb: kb, spec: spec, x: x, d: d, w: w, t0: t0, valid: valid)
        chunk.load(hs: Operand("hs", (bh * chunks + c) * kv, stride: V))
        chunk.pack()
        chunk.recompute()
        chunk.backward()
        chunk.write()
        finish(t0, t0 + valid)
      }
      kb.copy(rows: K, cols: V, from: dS, to: Operand("dh0", bh * kv, stride: V))
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
  /// Columns of Ak (rows of Bk).
  var ak: Int { 2 * V + C + ci }

  func op(_ name: String, _ stride: Int, at offset: Int = 0) -> Operand {
    Operand(w[name]!, .const(offset), stride: stride)
  }
  func scalar(_ name: String, _ at: Index) -> Expr { .load(ptr: w[name]!, at: at, width: 1) }
  func accumulate(_ name: String, _ at: Index, _ value: Expr) {
    kb.store(w[name]!, at, scalar(name, at) + value)
  }

  // The stacked blocks (see `ChunkedBackwardLayout`).
  var S: Operand { op("SdS", 2 * V) }
  var dS: Operand { op("SdS", 2 * V, at: V) }
  var dST: Operand { op("Bk", K) }
  var ST: Operand { op("Bk", K, at: V * K) }
  var Qc: Operand { op("Bk", K, at: 2 * V * K) }
  var Kc: Operand { op("Bk", K, at: (2 * V + C) * K) }
  var DVn: Operand { op("Ak", ak) }
  var cYb: Operand { op("Ak", ak, at: V) }
  var dPT: Operand { op("Ak", ak, at: 2 * V) }
  var Ns: Operand { op("Ak", ak, at: 2 * V + C) }
  var Qg: Operand { op("QK", K) }
  var Kgn: Operand { op("QK", K, at: C * K) }
  var dOc: Operand { op("OY", V) }
  var Yb: Operand { op("OY", V, at: C * V) }

  /// C (=, +=, -=) A B with a register tile for 16-lane vectors (up to 16 accumulators).
  func gemm(
    m: Int, n: Int, k: Int, a: Operand, b: Operand, c: Operand, _ mode: KernelBuilder.Accumulate,
    transposeA: Bool = false, lowerOnly: Bool = false, scaleC: Expr? = nil,
    output: ((Index, Index, Expr) -> Void)? = nil
  ) {
    let vw = vectorWidth(n)
    let nv = largestDivisor(of: n / vw, atMost: lowerOnly ? 1 : 4)
    kb.gemm(
      m: m, n: n, k: k, a: a, b: b, c: c, mode, rows: nv >= 4 ? 4 : 8, vectors: nv,
      transposeA: transposeA, lowerOnly: lowerOnly, scaleC: scaleC, output: output)
  }

  /// Row `row` of m (cols wide) times s, in place.
  func scaleRow(_ m: Operand, _ row: Index, cols: Int, by s: Expr) {
    let r = m.shifted(row * .const(m.stride))
    kb.copy(rows: 1, cols: cols, from: r, to: r, scale: s)
  }

  /// sum_p x[p] y[p] over two rows of `cols` floats.
  func rowDot(_ x: Operand, _ xr: Index, _ y: Operand, _ yr: Index, cols: Int) -> Expr {
    kb.dot(
      n: cols, x: x.shifted(xr * .const(x.stride)), y: y.shifted(yr * .const(y.stride)))
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
    kb.copy(rows: K, cols: V, from: hs, to: S)
    kb.transpose(rows: K, cols: V, from: hs, to: ST)
    kb.transpose(rows: K, cols: V, from: dS, to: dST)
  }

  /// The decay tables from alpha_t = e^(g_t) (1 on padded tokens): gam[t] = prod_{s <= t} alpha_s,
  /// Dt[t, s] = prod_{s < u <= t} alpha_u for s <= t (else 0), M[s, t] = Dt[t, s] (the causal mask of
  /// P^T, decayed), En[t, j] = Dt[t, j / n] (E per sub-step column; its last row is D), cRow[i] =
  /// gam[i / n]. Ungated: M is the 0/1 mask.
  func packGate() {
    let Dt = op("Dt", C)
    let M = op("M", C)
    guard gated else {
      kb.loop("s", 0, .const(C)) { s in
        kb.loop("t", 0, .const(C)) { t in
          kb.store(M.ptr, M.at(s, t), .select(.le(s, t), 1.0, 0.0))
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
      for j in 0..<n { kb.store(w["cRow"]!, t * .const(n) + .const(j), run) }
    }
    kb.loop("s", 0, .const(C)) { s in kb.store(Dt.ptr, Dt.at(0, s), .select(.eq(s, 0), 1.0, 0.0)) }
    kb.loop("t", 1, .const(C)) { t in
      let a = kb.variable("a", width: 1, scalar("alpha", t))
      kb.loop("s", 0, .const(C)) { s in
        let decayed = a * Dt.load(t - 1, s)
        kb.store(Dt.ptr, Dt.at(t, s), .select(.lt(s, t), decayed, .select(.eq(s, t), 1.0, 0.0)))
      }
    }
    kb.transpose(rows: C, cols: C, from: Dt, to: M)
    let En = op("En", ci)
    kb.loop("t", 0, .const(C)) { t in
      kb.loop("s", 0, .const(C)) { s in
        let e = kb.variable("e", width: 1, Dt.load(t, s))
        for j in 0..<n { kb.store(En.ptr, En.at(t, s * .const(n) + .const(j)), e) }
      }
    }
  }

  /// D_i = e^(G_last - G_t(i)) and c_i = gamma_t(i) for row i (gated only).
  func decayToEnd(_ i: Index) -> Expr { op("En", ci).load(.const(C - 1), i) }
  func gammaRow(_ i: Index) -> Expr { scalar("cRow", i) }

  /// The chunk's inputs in zero-padded blocks: Qc = scale q, Qg = gamma Qc; Kc, Kgn = -c K;
  /// Rr = v (R0 after the recompute); bet; dOc = dO; and the transposes KT, QcT, dOT.
  func pack() {
    packGate()
    let vk = vectorWidth(K)
    kb.loop("t", 0, .const(C)) { t in
      kb.when(.lt(t, valid)) {
        let tok = t0 + t
        let gam = gated ? kb.variable("gm", width: 1, scalar("gam", t)) : nil
        let q = Operand(x.q, tok * x.sq)
        kb.loop("p", 0, .const(K), step: vk) { p in
          let qv = kb.variable(
            "qv", width: vk, .const(spec.scale, width: 1) * q.load(0, p, width: vk))
          kb.store(Qc.ptr, Qc.at(t, p), qv)
          kb.store(Qg.ptr, Qg.at(t, p), gam.map { $0 * qv } ?? qv)
        }
        kb.copy(rows: 1, cols: V, from: Operand(d.o, tok * d.so), to: dOc.shifted(t * .const(V)))
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          let tau = kb.let_("tau", tok * .const(n) + .const(j))
          kb.store(w["bet"]!, i, .load(ptr: x.beta, at: tau * x.sb, width: 1))
          let key = Operand(x.k, tau * x.sk)
          kb.loop("p", 0, .const(K), step: vk) { p in
            let kx = kb.variable("kx", width: vk, key.load(0, p, width: vk))
            kb.store(Kc.ptr, Kc.at(i, p), kx)
            kb.store(Kgn.ptr, Kgn.at(i, p), gam.map { .neg($0) * kx } ?? .neg(kx))
          }
          kb.copy(
            rows: 1, cols: V, from: Operand(x.v, tau * x.sv), to: op("Rr", V).shifted(i * .const(V))
          )
        }
      } else: {
        kb.zero(rows: 1, cols: K, Qc.shifted(t * .const(K)))
        kb.zero(rows: 1, cols: K, Qg.shifted(t * .const(K)))
        kb.zero(rows: 1, cols: V, dOc.shifted(t * .const(V)))
        for j in 0..<n {
          let i = kb.let_("i", t * .const(n) + .const(j))
          kb.store(w["bet"]!, i, 0.0)
          kb.zero(rows: 1, cols: K, Kc.shifted(i * .const(K)))
          kb.zero(rows: 1, cols: K, Kgn.shifted(i * .const(K)))
          kb.zero(rows: 1, cols: V, op("Rr", V).shifted(i * .const(V)))
        }
      }
    }
    kb.transpose(rows: ci, cols: K, from: Kc, to: op("KT", ci))
    kb.transpose(rows: C, cols: K, from: Qc, to: op("QcT", C))
    kb.transpose(rows: C, cols: V, from: dOc, to: op("dOT", C))
  }

  // MARK: recompute

  /// Gm (strictly lower part), K [S | dS], r and Vnew (Rr, Vn, diag(D) Vnew in Ak, VnT), P^T.
  func recompute() {
    let Gm = op("Gm", ci)
    kb.comment("Gm = K K^T (.) E, strictly lower part")
    gemm(m: ci, n: ci, k: K, a: Kc, b: op("KT", ci), c: Gm, .overwrite, lowerOnly: true)
    if gated {
      let wi = vectorWidth(ci)
      rows { i, t in
        kb.loop("j", 0, .const(ci), step: wi) { j in
          kb.store(
            Gm.ptr, Gm.at(i, j), Gm.load(i, j, width: wi) * op("En", ci).load(t, j, width: wi))
        }
      }
    }
    kb.comment("[K S | K dS]; R0 = V - diag(c) K S")
    let KSdS = op("KSdS", 2 * V)
    gemm(m: ci, n: 2 * V, k: K, a: Kc, b: S, c: KSdS, .overwrite)
    let vv = vectorWidth(V)
    let Rr = op("Rr", V)
    kb.loop("i", 0, .const(ci)) { i in
      let cf = gated ? kb.variable("cf", width: 1, .neg(gammaRow(i))) : nil
      kb.loop("p", 0, .const(V), step: vv) { p in
        let ks = KSdS.load(i, p, width: vv)
        let r0 =
          cf.map { Expr.fma($0, ks, Rr.load(i, p, width: vv)) } ?? Rr.load(i, p, width: vv) - ks
        kb.store(Rr.ptr, Rr.at(i, p), r0)
      }
    }
    kb.comment("forward substitution: r = R0 - Gm Vnew (strictly lower), Vnew = beta r")
    forwardSubstitution()
    kb.transpose(rows: ci, cols: V, from: op("Vn", V), to: op("VnT", ci))
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
  /// update), then the block's own rows in order, in registers. Stores r, Vnew and D Vnew.
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
          let i = kb.let_("i", i0 + .const(r))
          for r2 in 0..<r {
            let a = kb.variable("a", width: 1, Gm.load(i, i0 + .const(r2)))
            for v in 0..<nv { kb.assign(acc[r][v], .fma(a, solved[r2][v], acc[r][v])) }
          }
          let beta = kb.variable("bi", width: 1, scalar("bet", i))
          let dEnd = gated ? kb.variable("di", width: 1, decayToEnd(i)) : nil
          solved.append(
            (0..<nv).map { v in
              let col = c0 + .const(v * vw)
              let rv = kb.variable("r", width: vw, Rr.load(i, col, width: vw) - acc[r][v])
              kb.store(Rr.ptr, Rr.at(i, col), rv)
              let vn = kb.variable("vn", width: vw, beta * rv)
              kb.store(Vn.ptr, Vn.at(i, col), vn)
              kb.store(DVn.ptr, DVn.at(i, col), dEnd.map { $0 * vn } ?? vn)
              return vn
            })
        }
      }
    }
  }

  // MARK: backward

  func backward() {
    let (Vn, PT, dQc) = (op("Vn", V), op("PT", C), op("dQc", K))
    let KSdS = op("KSdS", 2 * V)
    let last = Index.const(C - 1)
    let vv = vectorWidth(V)
    if gated { kb.zero(rows: 1, cols: C, op("dG", C)) }

    kb.comment("dVnew = diag(D) K dS + P^T dO (in Yb); dG from D, gamma_last")
    if gated {
      let zsum = kb.variable("zsum", width: 1, 0.0)
      rows { i, t in
        let dEnd = kb.variable("di", width: 1, decayToEnd(i))
        let z = kb.variable("z", width: vv, .const(0, width: vv))
        kb.loop("p", 0, .const(V), step: vv) { p in
          let y = kb.variable("y", width: vv, dEnd * KSdS.load(i, .const(V) + p, width: vv))
          kb.store(Yb.ptr, Yb.at(i, p), y)
          kb.assign(z, .fma(y, Vn.load(i, p, width: vv), z))
        }
        let zs = kb.variable("zs", width: 1, .hsum(z))
        kb.assign(zsum, zsum + zs)
        accumulate("dG", t, .neg(zs))
      }
      let sdS = kb.variable("sds", width: vv, .const(0, width: vv))
      kb.loop("r", 0, .const(K)) { r in
        kb.loop("p", 0, .const(V), step: vv) { p in
          kb.assign(sdS, .fma(S.load(r, p, width: vv), dS.load(r, p, width: vv), sdS))
        }
      }
      accumulate("dG", last, zsum + scalar("gam", last) * .hsum(sdS))
    } else {
      kb.copy(rows: ci, cols: V, from: KSdS.shifted(.const(V)), to: Yb)
    }
    gemm(m: ci, n: V, k: C, a: PT, b: dOc, c: Yb, .add)

    kb.comment("dP^T = Vnew dO^T (in Ak); dG from the decay of P; masked and decayed")
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

    kb.comment("dQs = diag(gamma) dO S^T + dP K; dG from gamma in the readout")
    gemm(m: C, n: K, k: V, a: dOc, b: ST, c: dQc, .overwrite)
    if gated {
      kb.loop("t", 0, .const(C)) { t in
        let gm = kb.variable("gm", width: 1, scalar("gam", t))
        accumulate("dG", t, gm * rowDot(Qc, t, dQc, t, cols: K))
        scaleRow(dQc, t, cols: K, by: gm)
      }
    }
    kb.comment("dq = scale dQs, straight from the GEMM's tiles")
    gemm(m: C, n: K, k: ci, a: dPT, b: Kc, c: dQc, .add, transposeA: true) { t, col, value in
      kb.when(.lt(t, valid)) {
        kb.store(d.q, (t0 + t) * d.sq + col, .const(spec.scale, width: 1) * value)
      }
    }

    kb.comment("backward substitution: Y = (I + A)^-T dVnew, Yb = beta Y, dbeta = Y . r; dG from c")
    backSubstitution()
    writeValues()

    kb.comment("dS = gamma_last dS + [gamma Qs; -c K]^T [dO; Yb]")
    gemm(
      m: K, n: V, k: C + ci, a: op("QK", K), b: op("OY", V), c: dS, .add, transposeA: true,
      scaleC: gated ? scalar("gam", last) : nil)

    kb.comment("N = strictly_lower(-Yb Vnew^T) (.) E (in Ak); dG from E; N + N^T")
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
        for j in 0..<n { accumulate("dG", t, .neg(scalar("colZ", t * .const(n) + .const(j)))) }
      }
    }

    kb.comment("dK = [D Vnew | -c Yb | dP^T | N + N^T] [dS^T; S^T; Qs; K]")
    // (An overwrite with `output` never touches C: the tiles go to dk.)
    gemm(m: ci, n: K, k: ak, a: op("Ak", ak), b: op("Bk", K), c: Operand(d.k), .overwrite) {
      i, col, value in
      kb.when(.lt(i, valid * .const(n))) {
        kb.store(d.k, (t0 * .const(n) + i) * d.sk + col, value)
      }
    }
  }

  /// Rows in reverse, 4 (b) at a time: acc = dVnew_i - sum over the solved rows j >= i0 + b of
  /// Gm[j, i] Yb_j, then the block's rows in reverse order, in registers. Stores Yb and -c Yb (Ak),
  /// accumulates dbeta = Y . r and (gated) dG_t(i) -= c_i Yb_i . (K S)_i.
  func backSubstitution() {
    let b = largestDivisor(of: ci, atMost: 4)
    let nb = ci / b
    let (Gm, Rr, KSdS) = (op("Gm", ci), op("Rr", V), op("KSdS", 2 * V))
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
          let i = kb.let_("i", i0 + .const(r))
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
          let cf = kb.variable("cf", width: 1, gated ? .neg(gammaRow(i)) : -1.0)
          let ks = gated ? kb.variable("ks", width: vw, .const(0, width: vw)) : nil
          solved[r] = (0..<nv).map { v in
            let col = c0 + .const(v * vw)
            let yb = kb.variable("yb", width: vw, beta * acc[r][v])
            kb.store(Yb.ptr, Yb.at(i, col), yb)
            kb.store(cYb.ptr, cYb.at(i, col), cf * yb)
            if let ks { kb.assign(ks, .fma(yb, KSdS.load(i, col, width: vw), ks)) }
            return yb
          }
          if let ks { accumulate("dG", i / .const(n), cf * .hsum(ks)) }
        }
      }
    }
  }

  // MARK: outputs

  /// The outputs go out as soon as they are final: dq and dk from the tiles of their last GEMMs, dv
  /// and dbeta after the backward substitution, dg at the end; the stores to the gradients, which
  /// miss the cache, drain while the next blocks compute instead of in one burst.
  /// For token rows t < valid: body(t, token).
  func validTokens(_ body: (Index, Index) -> Void) {
    kb.loop("t", 0, valid) { t in body(t, t0 + t) }
  }

  /// dv = Yb and dbeta.
  func writeValues() {
    validTokens { t, tok in
      for j in 0..<n {
        let i = kb.let_("i", t * .const(n) + .const(j))
        let tau = kb.let_("tau", tok * .const(n) + .const(j))
        kb.copy(rows: 1, cols: V, from: Yb.shifted(i * .const(V)), to: Operand(d.v, tau * d.sv))
        kb.store(d.beta, tau * d.sb, scalar("dbet", i))
      }
    }
  }

  /// dg = the reverse cumsum of dG.
  func write() {
    guard gated else { return }
    let run = kb.variable("dgrun", width: 1, 0.0)
    kb.loop("tt", 0, .const(C)) { tt in
      let t = kb.let_("t", .const(C - 1) - tt)
      kb.assign(run, run + scalar("dG", t))
      kb.when(.lt(t, valid)) { kb.store(d.g, (t0 + t) * d.sg, run) }
    }
  }
}
