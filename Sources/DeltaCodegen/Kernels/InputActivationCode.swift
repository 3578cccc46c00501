import DeltaIR

/// The recurrence kernels' input activations (`InputActivation`, the op's `inputs=`): instead of
/// separate passes that write q_hat, k_hat and v to memory and read them back (and the same for
/// their gradients), each kernel reads its head's raw projection rows, activates them into its own
/// scratch (L2-resident: T (K + n K + n V) floats), runs on that scratch, and the backward turns the
/// gradients it left there into the raw rows' gradients, recomputing the activations.
///
/// Raw rows: token (b, t) of q starts at q + (b T + t) q_ts + h K; sub-step j of k at
/// k + (b T + t) k_ts + (j H + h) K; of v at v + (b T + t) v_ts + (j H + h) V (the `_ts` are the
/// tokens' strides in floats: n H K for a contiguous k, the fused projection's width for a slice of
/// it). The gradients go out the same way with dq_ts, dk_ts, dv_ts. Per row of q or k, with
/// s = silu(x) = x sg, sg = sigmoid(x) (s = x for `l2norm`): y = s r, r = 1 / sqrt(s . s + eps). The
/// backward's prologue also keeps sg (per element) and r (per row), so its epilogue reads neither x
/// nor computes an exponential: ds = r (dy - (y . dy) y), s = y / r, dx = ds (sg + s (1 - sg));
/// v: y = s, dx = dy (sg + y (1 - sg)) (copies for `l2norm`).
struct InputActivationCode {
  /// One head's q, k, v rows in scratch: [T, K], [T n, K], [T n, V].
  struct Rows {
    var q: String
    var k: String
    var v: String
  }

  let kb: KernelBuilder
  let spec: DeltaKernelSpec
  let b: Index
  let h: Index

  var K: Int { spec.keyDim }
  var V: Int { spec.valueDim }
  var n: Int { spec.householder }

  /// The kernel parameters of the raw rows' token strides (forward: the inputs; backward: also the
  /// gradients'), each named after its tensor (`strideParameter(of:)`).
  static let inputStrides = ["q", "k", "v"].map { Param(strideParameter(of: $0), .i64) }
  static let gradientStrides = ["dq", "dk", "dv"].map { Param(strideParameter(of: $0), .i64) }

  /// The token-stride parameter of the raw tensor `p`: `q_ts` for `q`.
  static func strideParameter(of p: String) -> String { p + "_ts" }

  /// Floats of one block of scratch: one head's q, k, v rows over T tokens.
  static func block(_ spec: DeltaKernelSpec, length: Int) -> Int {
    spec.inputs == .plain
      ? 0 : length * (spec.keyDim + spec.householder * (spec.keyDim + spec.valueDim))
  }

  /// Scratch of the forward kernels: the activated rows.
  static func forwardScratch(_ spec: DeltaKernelSpec, length: Int) -> Int {
    block(spec, length: length)
  }

  /// Scratch of the backward: the activated rows, their gradients, sg (with SiLU) and r per row.
  static func backwardScratch(_ spec: DeltaKernelSpec, length: Int) -> Int {
    guard spec.inputs != .plain else { return 0 }
    return (spec.inputs.silu ? 3 : 2) * block(spec, length: length)
      + length * (1 + spec.householder)
  }

  /// The scratch blocks of one head from `offset` floats into `work`: [T, K], [T n, K], [T n, V].
  func blocks(_ prefix: String, at offset: Index) -> Rows {
    let t = Index.name("T")
    let q = kb.view(prefix + "q", "work", offset)
    let k = kb.view(prefix + "k", "work", offset + t * .const(K))
    let v = kb.view(prefix + "v", "work", offset + t * .const(K + n * K))
    return Rows(q: q, k: k, v: v)
  }

  /// What the backward's prologue keeps for its epilogue: sg in `sigmoid` (rows like the
  /// activated ones), r per q row (T) then per k row (T n) in `norms`.
  struct Kept {
    var sigmoid: Rows?
    var norms: String
  }

  /// The backward's scratch after `offset`: activated rows, their gradients, what it keeps.
  func backwardBlocks(at offset: Index) -> (rows: Rows, grads: Rows, kept: Kept) {
    let size = Index.name("T") * .const(Self.block(spec, length: 1))
    let rows = blocks("a", at: offset)
    let grads = blocks("da", at: offset + size)
    let sigmoid = spec.inputs.silu ? blocks("sg", at: offset + size * 2) : nil
    let norms = kb.view(
      "rn", "work", offset + size * .const(spec.inputs.silu ? 3 : 2))
    return (rows, grads, Kept(sigmoid: sigmoid, norms: norms))
  }

  /// The start of row (t, j) of the raw tensor `p` (row width `w`, token stride `strideParameter(of: p)`).
  func raw(_ p: String, _ t: Index, _ j: Int, width w: Int) -> Index {
    (b * "T" + t) * .name(Self.strideParameter(of: p)) + (.const(j) * "H" + h) * .const(w)
  }

  /// Activates this head's q, k, v into `rows` (the forward kernels' and the backward's prologue;
  /// the backward keeps sg and r in `kept`).
  func prologue(into rows: Rows, keeping kept: Kept? = nil) {
    kb.comment("input activations (\(spec.inputs.rawValue)): this head's q, k, v into scratch")
    kb.loop("t", 0, "T") { t in
      prefetch("q", "k", "v", token: t)
      activate(
        "q", raw("q", t, 0, width: K), rows.q, t * .const(K), width: K,
        keep: kept.map { ($0.sigmoid?.q, $0.norms, t) })
      for j in 0..<n {
        let row = t * .const(n) + .const(j)
        activate(
          "k", raw("k", t, j, width: K), rows.k, row * .const(K), width: K,
          keep: kept.map { ($0.sigmoid?.k, $0.norms, .name("T") + row) })
        activate(
          "v", raw("v", t, j, width: V), rows.v, row * .const(V), width: V,
          keep: kept.map { ($0.sigmoid?.v, $0.norms, nil) })
      }
    }
  }

  /// The raw rows' gradients from the activated rows' ones, for tokens t0..<t1 (the backward's
  /// epilogue, run on each chunk once its rows are final).
  func epilogue(rows: Rows, grads: Rows, kept: Kept, from t0: Index, to t1: Index) {
    kb.comment("input activations (\(spec.inputs.rawValue)): gradients of the raw q, k, v rows")
    kb.loop("t", t0, t1) { t in
      prefetch("dq", "dk", "dv", token: t)
      gradient(
        rows.q, grads.q, kept.sigmoid?.q, t * .const(K), norm: (kept.norms, t), "dq",
        raw("dq", t, 0, width: K), width: K)
      for j in 0..<n {
        let row = t * .const(n) + .const(j)
        gradient(
          rows.k, grads.k, kept.sigmoid?.k, row * .const(K), norm: (kept.norms, .name("T") + row),
          "dk", raw("dk", t, j, width: K), width: K)
        gradient(
          rows.v, grads.v, kept.sigmoid?.v, row * .const(V), norm: nil, "dv",
          raw("dv", t, j, width: V), width: V)
      }
    }
  }

  /// Tokens ahead whose raw rows `prefetch` asks for.
  static let prefetchDistance = 4

  /// Asks for the cache lines of token t + `prefetchDistance`'s raw rows (the last token's near the
  /// end). Each token's rows lie a token stride apart, usually on another 4 KB page, where the
  /// hardware prefetchers stop: without this every row's first read, or the read for ownership
  /// before its first write, waits for L3. (Measured weakly: the backward at small's shape, one layer,
  /// took 4.2-4.4 ms more than the plain kernel without it, 2.8-2.9 ms with it, in separate runs.)
  func prefetch(_ q: String, _ k: String, _ v: String, token t: Index) {
    let ahead = kb.let_("tp", .min(t + .const(Self.prefetchDistance), .name("T") - 1))
    func lines(_ p: String, _ j: Int, _ width: Int) {
      let start = raw(p, ahead, j, width: width)
      for line in stride(from: 0, to: width, by: 16) { kb.prefetch(p, start + .const(line)) }
    }
    lines(q, 0, K)
    for j in 0..<n {
      lines(k, j, K)
      lines(v, j, V)
    }
  }

  /// One row of the raw tensor `src` ("q", "k" or "v") at `at`: y = l2norm(silu(x)) (q, k) or
  /// silu(x) (v), per `spec.inputs`, into `dst` at `dstAt`. `keep`: where sg goes (at `dstAt` of
  /// that block) and r (at its index of the norms; nil for v).
  func activate(
    _ src: String, _ at: Index, _ dst: String, _ dstAt: Index, width: Int,
    keep: (sigmoid: String?, norms: String, row: Index?)? = nil
  ) {
    let vw = vectorWidth(width)
    let lanes = (0..<(width / vw)).map { Index.const($0 * vw) }
    let isValue = src == "v"
    let s = lanes.map { c -> Expr in
      let x = kb.variable("x", width: vw, .load(ptr: src, at: at + c, width: vw))
      guard spec.inputs.silu else { return x }
      let sg = kb.variable("sg", width: vw, FusedArithmetic.sigmoid(x))
      if let p = keep?.sigmoid { kb.store(p, dstAt + c, sg) }
      return kb.variable("s", width: vw, x * sg)
    }
    let r = isValue ? nil : inverseNorm(s)
    if let r, let keep, let row = keep.row { kb.store(keep.norms, row, r) }
    for (c, sc) in zip(lanes, s) { kb.store(dst, dstAt + c, r.map { sc * $0 } ?? sc) }
  }

  /// One row's raw gradient from the activated row y (`rows` at `at`), its gradient dy (`grads`),
  /// sg (`sigmoid`) and, for q and k, r (`norm`), into `dst` at `dstAt`.
  func gradient(
    _ rows: String, _ grads: String, _ sigmoid: String?, _ at: Index,
    norm: (norms: String, row: Index)?, _ dst: String, _ dstAt: Index, width: Int
  ) {
    let vw = vectorWidth(width)
    let lanes = (0..<(width / vw)).map { Index.const($0 * vw) }
    let one = Expr.const(1, width: 1)
    let y = lanes.map { kb.variable("y", width: vw, .load(ptr: rows, at: at + $0, width: vw)) }
    let g = lanes.map { kb.variable("dy", width: vw, .load(ptr: grads, at: at + $0, width: vw)) }
    var ds = g
    var s = y
    if let norm, spec.inputs.normalizes {
      let r = kb.variable("r", width: 1, .load(ptr: norm.norms, at: norm.row, width: 1))
      let dot = kb.variable("yd", width: 1, .hsum(Self.sum(zip(y, g).map { $0 * $1 })))
      ds = zip(y, g).map { r * ($1 - dot * $0) }
      let inverse = kb.variable("nr", width: 1, one / r)
      s = y.map { $0 * inverse }
    }
    for (i, c) in lanes.enumerated() {
      guard let sigmoid else {
        kb.store(dst, dstAt + c, ds[i])
        continue
      }
      let sg = Expr.load(ptr: sigmoid, at: at + c, width: vw)
      kb.store(dst, dstAt + c, ds[i] * (sg + s[i] * (one - sg)))
    }
  }

  /// 1 / sqrt(s . s + eps) of a row held as vectors, or nil when the inputs are not normalised.
  func inverseNorm(_ s: [Expr]) -> Expr? {
    guard spec.inputs.normalizes else { return nil }
    let ss = Expr.hsum(Self.sum(s.map { $0 * $0 }))
    return kb.variable(
      "rn", width: 1, .const(1, width: 1) / .sqrt(ss + .const(Float(InputActivation.eps), width: 1))
    )
  }

  static func sum(_ terms: [Expr]) -> Expr { terms.dropFirst().reduce(terms[0], +) }
}
