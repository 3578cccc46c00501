import DeltaIR
import DeltaSpec

// The GatedDeltaProduct token mixer, reference section 1.2, steps 1-8, in fla's parameter order:
// q_proj, k_proj, v_proj, b_proj, [a_proj, A_log, dt_bias], [q_conv1d, k_conv1d, v_conv1d],
// [g_proj], o_norm, o_proj.

extension Lowering {
  /// x: the pre-normed hidden state [B,T,D]; returns the mixer output [B,T,D].
  mutating func tokenMixer(_ i: Int, _ x: Value) throws -> Value {
    let p = "model.layers.\(i).attn"
    let l = "l\(i)"
    let d = Dim(model.hiddenSize)
    let (h, k, v, n) = (model.numHeads, model.keyHeadDim, model.valueHeadDim, model.numHouseholder)
    let qW = param("\(p).q_proj.weight", [Dim(h * k), d])
    let kW = param("\(p).k_proj.weight", [Dim(n * h * k), d])
    let vW = param("\(p).v_proj.weight", [Dim(n * h * v), d])
    let bW = param("\(p).b_proj.weight", [Dim(n * h), d])

    // Step 1: projections.
    let qRaw = try b.emit(.linear, [x, qW], name: "\(l).q_proj")
    let kRaw = try b.emit(.linear, [x, kW], name: "\(l).k_proj")
    let vRaw = try b.emit(.linear, [x, vW], name: "\(l).v_proj")
    let bRaw = try b.emit(.linear, [x, bW], name: "\(l).b_proj")

    // Step 5: forget gate g = -exp(A_log) * softplus(a_proj x + dt_bias), [B,T,H].
    var g: Value?
    if model.useForgetGate {
      let aW = param("\(p).a_proj.weight", [Dim(h), d])
      let aLog = param("\(p).A_log", [Dim(h)])
      let dtBias = param("\(p).dt_bias", [Dim(h)])
      let a = try b.emit(.linear, [x, aW], name: "\(l).a_proj")
      let u = try b.emit(.add, [a, dtBias], name: "\(l).gate_in")
      let sp = try b.emit(.unary(.softplus), [u], name: "\(l).gate_softplus")
      let decayRate = try b.emit(
        .unary(.neg), [try b.emit(.unary(.exp), [aLog], name: "\(l).A")], name: "\(l).neg_A")
      g = try b.emit(.mul, [sp, decayRate], name: "\(l).g")
    }

    // Step 2: short conv + SiLU, or SiLU alone; steps 3 and 6: heads (channel j*H*K + h*K + d ->
    // [.., j, h, d]) and unit-norm q, k. The recurrence applies the SiLU (without a conv) and the
    // norm itself unless the options say otherwise (`InputActivation`).
    let inside: InputActivation =
      options.recurrenceInputs ? (model.useShortConv ? .l2norm : .siluL2norm) : .plain
    func act(_ u: Value, _ conv: String, _ channels: Int, _ name: String) throws -> Value {
      inside.silu ? u : try activate(u, conv: conv, channels: channels, name: name)
    }
    let q = try act(qRaw, "\(p).q_conv1d", h * k, "\(l).q")
    let kAct = try act(kRaw, "\(p).k_conv1d", n * h * k, "\(l).k")
    let vAct = try act(vRaw, "\(p).v_conv1d", n * h * v, "\(l).v")
    let qHeads = try b.emit(.reshape(["B", "T", Dim(h), Dim(k)]), [q], name: "\(l).q_heads")
    let kHeads = try b.emit(
      .reshape(["B", "T", Dim(n), Dim(h), Dim(k)]), [kAct], name: "\(l).k_heads")
    let vHeads = try b.emit(
      .reshape(["B", "T", Dim(n), Dim(h), Dim(v)]), [vAct], name: "\(l).v_heads")
    let l2 = Op.l2norm(eps: InputActivation.eps)
    let qHat = inside.normalizes ? qHeads : try b.emit(l2, [qHeads], name: "\(l).q_hat")
    let kHat = inside.normalizes ? kHeads : try b.emit(l2, [kHeads], name: "\(l).k_hat")

    // Step 4: beta = sigmoid(b), doubled when eigenvalues may be negative.
    var beta = try b.emit(
      .unary(.sigmoid), [bRaw], name: model.allowNegEigval ? "\(l).b_sigmoid" : "\(l).beta")
    if model.allowNegEigval { beta = try b.emit(.mulScalar(2), [beta], name: "\(l).beta") }
    let betaHeads = try b.emit(
      .reshape(["B", "T", Dim(n), Dim(h)]), [beta], name: "\(l).beta_heads")

    // Step 7: the recurrence.
    var params = DeltaProductParams(
      numHouseholder: n, gated: g != nil, scale: 1.0 / Double(k).squareRoot(), chunk: options.chunk)
    params.inputs = inside
    let o = try b.emit(
      .deltaProduct(params), [qHat, kHat, vHeads, betaHeads] + (g.map { [$0] } ?? []),
      name: "\(l).o")

    // Step 8: o_norm (gated by silu(g_proj x) or plain RMSNorm over V per head), o_proj.
    let normed: Value
    if model.useOutputGate {
      let gW = param("\(p).g_proj.weight", [Dim(h * v), d])
      let gate = try b.emit(.linear, [x, gW], name: "\(l).g_proj")
      let gateHeads = try b.emit(
        .reshape(["B", "T", Dim(h), Dim(v)]), [gate], name: "\(l).gate_heads")
      let w = param("\(p).o_norm.weight", [Dim(v)])
      normed = try b.emit(.gatedRMSNorm(eps: eps), [o, gateHeads, w], name: "\(l).o_norm")
    } else {
      let w = param("\(p).o_norm.weight", [Dim(v)])
      normed = try b.emit(.rmsNorm(eps: eps), [o, w], name: "\(l).o_norm")
    }
    let flat = try b.emit(.reshape(["B", "T", Dim(h * v)]), [normed], name: "\(l).o_flat")
    let oW = param("\(p).o_proj.weight", [d, Dim(h * v)])
    return try b.emit(.linear, [flat, oW], name: "\(l).attn_out")
  }

  /// `silu(conv1d(u))` with fla's depthwise causal conv (weight [C,1,W], optional bias), or `silu(u)`.
  private mutating func activate(_ u: Value, conv: String, channels: Int, name: String) throws
    -> Value
  {
    guard model.useShortConv else { return try b.emit(.unary(.silu), [u], name: name) }
    let c = Dim(channels)
    var operands = [u, param("\(conv).weight", [c, 1, Dim(model.convSize)])]
    if model.convBias { operands.append(param("\(conv).bias", [c])) }
    let y = try b.emit(.conv1d, operands, name: "\(name)_conv")
    return try b.emit(.unary(.silu), [y], name: name)
  }
}
