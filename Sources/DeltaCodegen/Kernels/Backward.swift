/// Per-thread scratch of the backward, in floats (Ci = C n sub-steps per chunk).
enum BackwardLayout {
  static func of(_ spec: DeltaKernelSpec) -> ScratchLayout {
    let (K, V) = (spec.keyDim, spec.valueDim)
    let ci = spec.chunk * spec.householder
    let sizes: [(String, Int)] = [
      ("S", K * V), ("dS", K * V), ("Sh", spec.chunk * K * V), ("Sroll", K * V), ("R", ci * V),
      ("dSk", V), ("dSkPrev", V),
      ("dkTmp", K), ("alphas", spec.chunk),
    ]
    return ScratchLayout(sizes)
  }
}

/// Exact backward (reference 4.2), memory-light (3.3): chunks in reverse; inside a chunk the sub-step
/// states are recomputed from the stored boundary state (Sh[tau] = state entering step tau, after the decay,
/// and R[tau] = v - Sh^T k), then the recurrent backward runs over them:
///   dS += scale q_t do_t^T;  per step (reverse): dSk = dS^T k, dSr = dS r,
///   dv = beta dSk, dbeta = k . dSr, dk = beta (dSr - Sh dSk), dS -= beta k dSk^T;
///   gated: dg_t = <dS, Sh[t n]>, dS *= alpha_t.
/// Both phases are fused into one sweep over the state per step (`BackwardSweeps`): the recompute like the
/// recurrent forward (column blocks, the update of step tau-1 and the dot of step tau in one sweep, dq_t as
/// partial row dots where S_t passes by); the reverse sweep for step tau applies the pending rank-1 update of
/// step tau+1 (and the gate / readout terms at token boundaries) and accumulates dS^T k for tau; the row dot
/// dS r - Sh dSk of the pending step's dk is taken on the rows before its update (one horizontal sum per row),
/// and dbeta = k^T dS r = dSk . r needs no row dot at all.
/// The kernels run it for chunk 1 (a stored state per token); every chunk C > 1 has the chunked
/// backward (`ChunkedBackwardKernels`). The generator still takes any C.
enum BackwardKernels {
  static let params: [Param] =
    [
      Param("q", .ptr), Param("k", .ptr), Param("v", .ptr), Param("beta", .ptr), Param("g", .ptr),
      Param("hs", .ptr), Param("dout", .ptr), Param("dhT", .ptr), Param("dq", .ptr),
      Param("dk", .ptr),
      Param("dv", .ptr), Param("dbeta", .ptr), Param("dg", .ptr), Param("dh0", .ptr),
      Param("work", .ptr),
      Param("T", .i64), Param("H", .i64), Param("bh0", .i64), Param("bh1", .i64),
    ] + InputActivationCode.inputStrides + InputActivationCode.gradientStrides

  static func backward(_ spec: DeltaKernelSpec) -> Kernel {
    let kb = KernelBuilder()
    let (K, V, C) = (spec.keyDim, spec.valueDim, spec.chunk)
    let kv = Index.const(K * V)
    let layout = BackwardLayout.of(spec)
    kb.loop("bh", "bh0", "bh1") { bh in
      let (x, d, finish) = RecurrentKernels.Head.backward(
        kb, spec: spec, bh: bh, fixed: layout.total)
      let w = layout.views(kb)
      let dS = Operand(w["dS"]!, 0, stride: V)
      kb.copy(rows: K, cols: V, from: Operand("dhT", bh * kv, stride: V), to: dS)
      // The pending-step buffers must hold finite values even when no step is pending (coefficient 0).
      kb.zero(rows: 1, cols: V, Operand(w["dSkPrev"]!))
      let chunks = kb.let_("nc", ("T" + .const(C - 1)) / .const(C))
      kb.loop("cc", 0, chunks) { cc in
        let c = kb.let_("ci", chunks - 1 - cc)
        let t0 = kb.let_("t0", c * .const(C))
        let valid = kb.let_("L", .min(.const(C), "T" - t0))
        kb.copy(
          rows: K, cols: V, from: Operand("hs", (bh * chunks + c) * kv, stride: V),
          to: Operand(w["S"]!, 0, stride: V))
        let sweeps = BackwardSweeps(kb: kb, spec: spec, x: x, d: d, w: w, t0: t0, valid: valid)
        kb.comment("recompute the chunk's states")
        sweeps.recompute()
        kb.comment("backward through the chunk")
        kb.loop("tt", 0, valid) { tt in sweeps.reverseToken(kb.let_("tl", valid - 1 - tt)) }
        sweeps.flush()
        finish(t0, t0 + valid)
      }
      kb.copy(rows: K, cols: V, from: dS, to: Operand("dh0", bh * kv, stride: V))
    }
    return Kernel(name: spec.backwardName, params: params, body: kb.statements)
  }
}
