/// The sweeps of the backward kernel for one chunk (tokens t0 + tl, tl < valid). Step (tl, j) is sub-step
/// tl n + j of the chunk; Sh/R slots are indexed by it.
struct BackwardSweeps {
  let kb: KernelBuilder
  let spec: DeltaKernelSpec
  let x: RecurrentKernels.Head
  let d: RecurrentKernels.Head
  let w: [String: String]
  let t0: Index
  let valid: Index

  var K: Int { spec.keyDim }
  var V: Int { spec.valueDim }
  var n: Int { spec.householder }
  var scale: Expr { .const(spec.scale, width: 1) }

  func slot(_ tl: Index, _ j: Int) -> Index { tl * .const(n) + .const(j) }
  func tau(_ tl: Index, _ j: Int) -> Index { (t0 + tl) * .const(n) + .const(j) }
  func key(_ tl: Index, _ j: Int) -> Operand { Operand(x.k, tau(tl, j) * x.sk) }
  /// Where the recompute keeps the state entering step (tl, j): token starts (j = 0) are kept for the whole
  /// chunk (the reverse sweeps need them); later steps of a token only in one rolling buffer, and the reverse
  /// sweeps rebuild them from the token start (`pendingState`).
  func sh(_ tl: Index, _ j: Int) -> Operand {
    j == 0 ? Operand(w["Sh"]!, tl * .const(K * V), stride: V) : Operand(w["Sroll"]!, 0, stride: V)
  }
  func r(_ tl: Index, _ j: Int) -> Operand { Operand(w["R"]!, slot(tl, j) * .const(V)) }
  func beta(_ tl: Index, _ j: Int) -> Expr { .load(ptr: x.beta, at: tau(tl, j) * x.sb, width: 1) }
  /// e^g of the chunk's token tl, precomputed by `computeAlphas` (no libm call in the sweeps).
  func alpha(_ tl: Index) -> Expr {
    kb.variable("alpha", width: 1, .load(ptr: w["alphas"]!, at: tl, width: 1))
  }

  func computeAlphas() {
    guard spec.gated else { return }
    kb.loop("tl", 0, valid) { tl in
      kb.store(w["alphas"]!, tl, .exp(.load(ptr: x.g, at: (t0 + tl) * x.sg, width: 1)))
    }
  }
  /// Adds `value` to the scalar at ptr[at].
  func accumulate(_ ptr: String, _ at: Index, _ value: Expr) {
    kb.store(ptr, at, .load(ptr: ptr, at: at, width: 1) + value)
  }

  // MARK: recompute

  /// Sh, R for every step of the chunk, and dq_t = scale S_t do_t (S_t: state after token t).
  func recompute() {
    computeAlphas()
    kb.loop("tl", 0, valid) { tl in kb.zero(rows: 1, cols: K, Operand(d.q, (t0 + tl) * d.sq)) }
    kb.columnBlocks(cols: V, maxVectors: 4) { c0, vw, nv in
      let delta = (0..<nv).map { _ in kb.variable("delta", width: vw, .const(0, width: vw)) }
      recomputeStep(c0, vw, delta, tl: 0, j: 0, first: true)
      for j in 1..<max(n, 1) where n > 1 { recomputeStep(c0, vw, delta, tl: 0, j: j, first: false) }
      kb.loop("tl", 1, valid) { tl in
        for j in 0..<n { recomputeStep(c0, vw, delta, tl: tl, j: j, first: false) }
      }
      // The state after the chunk's last token only feeds its dq.
      let last = kb.let_("tlast", valid - 1)
      kb.loop("i", 0, .const(K)) { i in
        let kp = kb.variable("kp", width: 1, key(last, n - 1).load(0, i))
        let pq = kb.variable("pq", width: vw, .const(0, width: vw))
        for v in 0..<nv {
          let col = c0 + .const(v * vw)
          let s = Expr.fma(kp, delta[v], sh(last, n - 1).load(i, col, width: vw))
          kb.assign(pq, .fma(s, Operand(d.o, (t0 + last) * d.so).load(0, col, width: vw), pq))
        }
        accumulate(d.q, (t0 + last) * d.sq + i, scale * .hsum(pq))
      }
    }
  }

  /// One sweep over a column block: applies the previous step's update (delta), decays at a token start,
  /// stores Sh[tl, j], and takes R = v - Sh^T k; at a token start, also dq of the previous token.
  func recomputeStep(_ c0: Index, _ vw: Int, _ delta: [Expr], tl: Index, j: Int, first: Bool) {
    let nv = delta.count
    let S = Operand(w["S"]!, 0, stride: V)
    let (ptl, pj) = j > 0 ? (tl, j - 1) : (tl - 1, n - 1)  // the previous step
    let a: Expr? = j == 0 && spec.gated ? alpha(tl) : nil
    let acc = (0..<nv).map { _ in kb.variable("acc", width: vw, .const(0, width: vw)) }
    kb.loop("i", 0, .const(K)) { i in
      let kp = first ? nil : kb.variable("kp", width: 1, key(ptl, pj).load(0, i))
      let pq = j == 0 && !first ? kb.variable("pq", width: vw, .const(0, width: vw)) : nil
      let ki = kb.variable("k", width: 1, key(tl, j).load(0, i))
      for v in 0..<nv {
        let col = c0 + .const(v * vw)
        var s = kb.variable(
          "s", width: vw,
          kp.map { .fma($0, delta[v], sh(ptl, pj).load(i, col, width: vw)) }
            ?? S.load(i, col, width: vw))
        if let pq {
          kb.assign(pq, .fma(s, Operand(d.o, (t0 + ptl) * d.so).load(0, col, width: vw), pq))
        }
        if let a { s = kb.variable("s", width: vw, a * s) }
        kb.store(sh(tl, j).ptr, sh(tl, j).at(i, col), s)
        kb.assign(acc[v], .fma(ki, s, acc[v]))
      }
      if let pq { accumulate(d.q, (t0 + ptl) * d.sq + i, scale * .hsum(pq)) }
    }
    let b = kb.variable("beta", width: 1, beta(tl, j))
    for v in 0..<nv {
      let col = c0 + .const(v * vw)
      let rv = kb.variable(
        "r", width: vw, Operand(x.v, tau(tl, j) * x.sv).load(0, col, width: vw) - acc[v])
      kb.store(w["R"]!, r(tl, j).at(0, col), rv)
      kb.assign(delta[v], b * rv)
    }
  }

  // MARK: reverse sweeps

  /// A step whose rank-1 update is still to be applied to dS (the step after the current one).
  struct Pending {
    var tl: Index
    var j: Int
    /// nil: always real; otherwise the step exists only when the condition holds (else coefficient 0).
    var real: Cond?
    /// Token boundary: the gate of token tl follows the step (dg, then dS *= alpha).
    var gate: Bool
  }

  func reverseToken(_ tl: Index) {
    for j in stride(from: n - 1, through: 0, by: -1) {
      let pending =
        j == n - 1
        ? Pending(tl: tl + 1, j: 0, real: .lt(tl + 1, valid), gate: spec.gated)
        : Pending(tl: tl, j: j + 1, real: nil, gate: false)
      sweep(pending: pending, current: (tl, j))
    }
  }

  /// After the chunk: the pending first step and gate of its first token.
  func flush() { sweep(pending: Pending(tl: 0, j: 0, real: nil, gate: spec.gated), current: nil) }

  /// One sweep over dS for the pending step p (tau+1) and the current step c (tau). Per row i:
  ///   dk_p[i] = beta_p (dS_old[i] . r_p - Sh_p[i] . dSk_p)     (one row dot: dS_old is dS before p's update)
  ///   dS[i] -= beta_p k_p[i] dSk_p; gate: dg += dS[i] . Sh_p[i], dS[i] *= alpha;  readout: dS[i] += scale q_i do
  ///   dSk_c += k_c[i] dS[i]
  /// and after it dv_c = beta_c dSk_c, dbeta_c = dSk_c . r_c (= k^T dS r).
  func sweep(pending p: Pending?, current: (tl: Index, j: Int)?) {
    let dS = Operand(w["dS"]!, 0, stride: V)
    let vwFull = vectorWidth(V)
    // A pending step that may not exist reads clamped (valid, finite) slots with coefficient 0.
    var pb: Expr = 0.0
    var pa: Expr = 1.0
    var ptl: Index = 0
    var rawBeta: Expr = 0.0
    if let p {
      ptl = p.real == nil ? p.tl : kb.let_("ptl", .min(p.tl, valid - 1))
      rawBeta = kb.variable("pbeta", width: 1, beta(ptl, p.j))
      pb = p.real.map { kb.variable("pb", width: 1, .select($0, rawBeta, 0.0)) } ?? rawBeta
      if p.gate {
        let a = alpha(ptl)
        pa = p.real.map { kb.variable("pa", width: 1, .select($0, a, 1.0)) } ?? a
      }
    }
    let betas = (0..<(p?.j ?? 0)).map { l in kb.variable("bl", width: 1, beta(ptl, l)) }
    let dg = p?.gate == true ? kb.variable("dgacc", width: vwFull, .const(0, width: vwFull)) : nil
    if p != nil { kb.zero(rows: 1, cols: K, Operand(w["dkTmp"]!)) }
    kb.columnBlocks(cols: V, maxVectors: 4) { c0, vw, nv in
      let dSk =
        current == nil
        ? [] : (0..<nv).map { _ in kb.variable("dsk", width: vw, .const(0, width: vw)) }
      kb.loop("i", 0, .const(K)) { i in
        let dv = (0..<nv).map { v in
          kb.variable("d", width: vw, dS.load(i, c0 + .const(v * vw), width: vw))
        }
        if let p {
          let kpi = kb.variable("kp", width: 1, .neg(pb) * key(ptl, p.j).load(0, i))
          // Sh of step j > 0 = Sh of the token start + sum_{l<j} beta_l k_l r_l^T.
          let rebuild = (0..<p.j).map { l in
            kb.variable("bk", width: 1, betas[l] * key(ptl, l).load(0, i))
          }
          let row = kb.variable("rowdot", width: vw, .const(0, width: vw))
          for v in 0..<nv {
            let col = c0 + .const(v * vw)
            let prev = kb.variable(
              "dskp", width: vw, Operand(w["dSkPrev"]!).load(0, col, width: vw))
            let s = kb.variable("sh", width: vw, sh(ptl, 0).load(i, col, width: vw))
            for l in 0..<p.j {
              kb.assign(s, .fma(rebuild[l], r(ptl, l).load(0, col, width: vw), s))
            }
            kb.assign(row, .fma(dv[v], r(ptl, p.j).load(0, col, width: vw), row))
            kb.assign(row, .fma(.neg(s), prev, row))
            kb.assign(dv[v], .fma(kpi, prev, dv[v]))
            if let dg { kb.assign(dg, .fma(dv[v], s, dg)) }
            if p.gate { kb.assign(dv[v], pa * dv[v]) }
          }
          accumulate(w["dkTmp"]!, i, .hsum(row))
        }
        if let (tl, j) = current {
          if j == n - 1 {
            let cq = kb.variable("cq", width: 1, scale * Operand(x.q, (t0 + tl) * x.sq).load(0, i))
            for v in 0..<nv {
              let col = c0 + .const(v * vw)
              kb.assign(
                dv[v], .fma(cq, Operand(d.o, (t0 + tl) * d.so).load(0, col, width: vw), dv[v]))
            }
          }
          let ki = kb.variable("k", width: 1, key(tl, j).load(0, i))
          for v in 0..<nv { kb.assign(dSk[v], .fma(ki, dv[v], dSk[v])) }
        }
        for v in 0..<nv { kb.store(dS.ptr, dS.at(i, c0 + .const(v * vw)), dv[v]) }
      }
      for v in 0..<dSk.count { kb.store(w["dSk"]!, c0 + .const(v * vw), dSk[v]) }
    }
    if let p { finishPending(p, tl: ptl, beta: rawBeta, dg: dg) }
    if let (tl, j) = current { finishCurrent(tl: tl, j: j) }
  }

  /// dk (and dg of the token) of the pending step, if it exists.
  func finishPending(_ p: Pending, tl: Index, beta: Expr, dg: Expr?) {
    let emit = {
      self.kb.copy(
        rows: 1, cols: self.K, from: Operand(self.w["dkTmp"]!),
        to: Operand(self.d.k, self.tau(tl, p.j) * self.d.sk),
        scale: beta)
      if let dg { self.kb.store(self.d.g, (self.t0 + tl) * self.d.sg, .hsum(dg)) }
    }
    if let real = p.real { kb.when(real, emit) } else { emit() }
  }

  /// dv, dbeta of the current step; its dS^T k becomes the next sweep's pending data.
  func finishCurrent(tl: Index, j: Int) {
    let b = kb.variable("beta", width: 1, beta(tl, j))
    kb.copy(
      rows: 1, cols: V, from: Operand(w["dSk"]!), to: Operand(d.v, tau(tl, j) * d.sv), scale: b)
    kb.store(d.beta, tau(tl, j) * d.sb, kb.dot(n: V, x: Operand(w["dSk"]!), y: r(tl, j)))
    kb.copy(rows: 1, cols: V, from: Operand(w["dSk"]!), to: Operand(w["dSkPrev"]!))
  }
}
