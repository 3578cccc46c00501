import DeltaIR

/// Writes the nodes of one fusion group as a `FusedKernel` program: each op becomes a few program
/// instructions (a norm becomes its row reductions and elementwise steps), identical instructions
/// are shared.
struct FusedProgramBuilder {
  typealias Arg = FusedKernel.Arg
  typealias F = FusedKernel.Function

  var program: [FusedKernel.Instruction] = []
  var memo: [FusedKernel.Instruction: Int] = [:]
  /// External operands with the kind they are read with.
  var operands: [(value: Value, kind: FusedKernel.OperandKind)] = []
  /// Values of the group (and external operands) as arguments.
  var env: [Value: Arg] = [:]

  mutating func argument(_ v: Value, kind: FusedKernel.OperandKind) -> Arg {
    if let a = env[v], kind == .full { return a }
    if let j = operands.firstIndex(where: { $0.value == v && $0.kind == kind }) {
      return .operand(j)
    }
    operands.append((v, kind))
    return .operand(operands.count - 1)
  }

  mutating func emit(_ f: F, _ args: Arg...) -> Arg {
    let ins = FusedKernel.Instruction(f, args)
    if let i = memo[ins] { return .temp(i) }
    program.append(ins)
    memo[ins] = program.count - 1
    return .temp(program.count - 1)
  }

  /// Adds one node of the group; `kinds` say how its inputs are read when external.
  mutating func add(_ node: Node, kinds: [FusedKernel.OperandKind]) {
    let x = zip(node.inputs, kinds).map { argument($0, kind: $1) }
    for (r, a) in zip(node.results, translate(node.op, x)) { env[r.value] = a }
  }

  /// The instructions of one op; one argument per op result.
  mutating func translate(_ op: Op, _ x: [Arg]) -> [Arg] {
    switch op {
    case .unary(let f): return [emit(.unary(f), x[0])]
    case .mulScalar(let c): return [emit(.mul, x[0], .const(c))]
    case .addScalar(let c): return [emit(.add, x[0], .const(c))]
    case .siluGrad: return [emit(.mul, x[1], emit(.dsilu, x[0]))]
    case .add: return [emit(.add, x[0], x[1])]
    case .sub: return [emit(.sub, x[0], x[1])]
    case .mul: return [emit(.mul, x[0], x[1])]
    case .div: return [emit(.div, x[0], x[1])]
    case .reshape: return [x[0]]
    case .rmsNorm(let eps):
      return [emit(.mul, emit(.mul, x[0], rms(x[0], eps)), x[1])]
    case .gatedRMSNorm(let eps):
      let y = emit(.mul, emit(.mul, x[0], rms(x[0], eps)), x[2])
      return [emit(.mul, y, emit(.unary(.silu), x[1]))]
    case .rmsNormGrad(let eps):
      let g = rmsGrad(x: x[0], weight: x[1], dy: x[2], eps)
      return [g.dx, emit(.colsum, emit(.mul, x[2], g.xhat))]
    case .gatedRMSNormGrad(let eps):
      // The rms_norm_grad of (x, weight, dy * silu(gate)); dgate = silu_grad(gate, dy * n).
      let dys = emit(.mul, x[3], emit(.unary(.silu), x[1]))
      let g = rmsGrad(x: x[0], weight: x[2], dy: dys, eps)
      let n = emit(.mul, g.xhat, x[2])
      let dgate = emit(.mul, emit(.mul, x[3], n), emit(.dsilu, x[1]))
      return [g.dx, dgate, emit(.colsum, emit(.mul, dys, g.xhat))]
    case .l2norm(let eps):
      return [emit(.mul, x[0], l2(x[0], eps))]
    case .l2normGrad(let eps):
      let r = l2(x[0], eps)
      let y = emit(.mul, x[0], r)
      let s = emit(.rsum, emit(.mul, y, x[1]))
      return [emit(.mul, r, emit(.sub, x[1], emit(.mul, y, s)))]
    case .full, .embedding, .linear, .matmul, .reduceSum, .reduceMean, .broadcastTo, .transpose,
      .concat, .split, .conv1d, .conv1dGrad, .conv1dSilu, .conv1dSiluGrad, .deltaProduct,
      .deltaProductGrad, .crossEntropy, .crossEntropyGrad, .embeddingGrad, .fused:
      preconditionFailure("fuse-elementwise: \(op.name) is not fusible")
    }
  }

  /// rsqrt(mean(x^2) + eps).
  mutating func rms(_ x: Arg, _ eps: Double) -> Arg {
    emit(.unary(.rsqrt), emit(.add, emit(.rmean, emit(.unary(.square), x)), .const(eps)))
  }

  /// rsqrt(sum(x^2) + eps).
  mutating func l2(_ x: Arg, _ eps: Double) -> Arg {
    emit(.unary(.rsqrt), emit(.add, emit(.rsum, emit(.unary(.square), x)), .const(eps)))
  }

  /// With r = rms(x), xhat = x r, u = dy w: dx = r (u - xhat mean(u xhat)).
  mutating func rmsGrad(x: Arg, weight: Arg, dy: Arg, _ eps: Double) -> (dx: Arg, xhat: Arg) {
    let r = rms(x, eps)
    let xhat = emit(.mul, x, r)
    let u = emit(.mul, dy, weight)
    let m = emit(.rmean, emit(.mul, u, xhat))
    return (emit(.mul, r, emit(.sub, u, emit(.mul, xhat, m))), xhat)
  }
}
