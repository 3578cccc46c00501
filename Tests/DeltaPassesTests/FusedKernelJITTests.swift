import DeltaCodegen
import DeltaIR
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// One chain of elementwise ops and norms over x, g, dy [N, W], a row vector r [N, 1] and a weight w [W].
struct FusedCase: Sendable, CustomTestStringConvertible {
  var name: String
  var body: String
  var outputs: [String]
  var testDescription: String { name }

  static let all: [FusedCase] = [
    FusedCase(
      name: "rmsnorm-swiglu",
      body: """
        %n: f32[N,W] = rms_norm[eps=1e-06] %x, w
        %s: f32[N,W] = silu %g
        %m: f32[N,W] = mul %n, %s
        """, outputs: ["m"]),
    FusedCase(
      name: "gated-rmsnorm", body: "%m: f32[N,W] = gated_rms_norm[eps=1e-05] %x, %g, w",
      outputs: ["m"]),
    FusedCase(
      name: "rmsnorm-grad",
      body: "%dx: f32[N,W], %dw: f32[W] = rms_norm_grad[eps=1e-06] %x, w, %dy",
      outputs: ["dx", "dw"]),
    FusedCase(
      name: "gated-rmsnorm-grad",
      body:
        "%dx: f32[N,W], %dg: f32[N,W], %dw: f32[W] = gated_rms_norm_grad[eps=1e-05] %x, %g, w, %dy",
      outputs: ["dx", "dg", "dw"]),
    FusedCase(
      name: "l2norm-and-grad",
      body: """
        %y: f32[N,W] = l2norm[eps=1e-06] %x
        %dx: f32[N,W] = l2norm_grad[eps=1e-06] %x, %dy
        %s: f32[N,W] = add %y, %dx
        """, outputs: ["s"]),
    FusedCase(
      name: "elementwise-broadcasts",
      body: """
        %a: f32[N,W] = silu_grad %x, %dy
        %b: f32[N,W] = sigmoid %g
        %c: f32[N,W] = mul_scalar[value=2.0] %b
        %d: f32[N,W] = add_scalar[value=-1.0] %c
        %e: f32[N,W] = mul %a, %r
        %f: f32[N,W] = sub %e, w
        %h: f32[N,W] = square %x
        %i: f32[N,W] = add_scalar[value=0.5] %h
        %j: f32[N,W] = log %i
        %k: f32[N,W] = exp %d
        %l: f32[N,W] = div %j, %k
        %m: f32[N,W] = neg %f
        %o: f32[N,W] = add %l, %m
        %q: f32[N,W] = rsqrt %i
        %z: f32[N,W] = mul %o, %q
        """, outputs: ["z", "a"]),
    FusedCase(
      name: "gate-softplus",
      body: """
        %a: f32[N,W] = mul_scalar[value=10.0] %x
        %u: f32[N,W] = add %a, w
        %s: f32[N,W] = softplus %u
        %n: f32[N,W] = neg %s
        %e: f32[N,W] = mul %n, %r
        """, outputs: ["e", "s"]),
  ]

  func graph(rows: Int, width: Int) throws -> Graph {
    let text = """
      graph @\(name.replacingOccurrences(of: "-", with: "_")) {
        param w: f32[W]
        input %x: f32[N,W]
        input %g: f32[N,W]
        input %dy: f32[N,W]
        input %r: f32[N,1]
      \(body.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      \(outputs.map { "  output \($0) = %\($0)" }.joined(separator: "\n"))
      }

      """
    return try GraphParser.parse(
      text.replacingOccurrences(of: "[N,", with: "[\(rows),")
        .replacingOccurrences(of: "N,W]", with: "N,\(width)]")
        .replacingOccurrences(of: ",W]", with: ",\(width)]")
        .replacingOccurrences(of: "[W]", with: "[\(width)]"))
  }
}

/// Every fused kernel's JIT output (fp32, 2 workers where the size allows) against the unfused graph on
/// the fp64 interpreter, at odd row counts and widths below, at and above the vector width (16 + 8 +
/// scalars: 29, 91), unrolled (up to 64: values kept across passes) and as loops.
@Suite struct FusedKernelJITTests {
  @Test(
    arguments: FusedCase.all,
    [(7, 5), (37, 8), (11, 29), (9, 61), (5, 64), (301, 67), (4, 91), (3, 131)])
  func jitMatchesFp64Reference(_ c: FusedCase, _ size: (Int, Int)) throws {
    let (rows, width) = size
    let g = try c.graph(rows: rows, width: width)
    let fused = FuseElementwise.run(g)
    try Verifier.verify(fused)
    #expect(fused.nodes.filter { $0.op.name == "fused" }.count == 1)
    var rng = TestRNG(seed: UInt64(rows * 1000 + width))
    let w = rng.array(width, 0.5, 1.5)
    let data = (0..<3).map { _ in rng.array(rows * width, -3, 3) }
    let r = rng.array(rows)
    func feed<S: RealScalar>(_: S.Type) -> [String: TensorValue<S>] {
      var inputs: [String: TensorValue<S>] = [:]
      for (k, name) in ["x", "g", "dy"].enumerated() {
        inputs[name] = .real(Tensor(shape: [rows, width], data: data[k].map { S($0) }))
      }
      inputs["r"] = .real(Tensor(shape: [rows, 1], data: r.map { S($0) }))
      return inputs
    }
    let want = try Interpreter<Double>.run(
      g, parameters: ["w": Tensor(shape: [width], data: w)], inputs: feed(Double.self))
    let executor = try Executor(fused, threads: 2, cache: KernelCache(directory: nil))
    #expect(executor.fused.count == 1)
    let got = try executor.run(
      parameters: ["w": Tensor(shape: [width], data: w.map { Float($0) })], inputs: feed(Float.self)
    )
    for name in c.outputs {
      let cmp = compare(name, got[name]!.data, want[name]!.data)
      #expect(cmp.maxRel <= 1e-5, "\(c.name) \(rows)x\(width): \(cmp)")
    }
  }

  /// A lone softplus kernel elementwise against the fp64 reference (ScalarMath.softplus, torch's
  /// threshold 20) on fp32-exact inputs in [-80, 80] plus the edges (0, tiny, around +-20, +-80):
  /// every element within 1e-6 relative (~8 fp32 ulps), so the tiny values (softplus(x) ~ e^x for
  /// x << 0) are accurate too, not only the large ones. The fused program on the fp64 interpreter
  /// gives the op's values exactly.
  @Test func softplusKernelMatchesFp64ReferenceElementwise() throws {
    let (rows, width) = (33, 19)
    let text = """
      graph @sp {
        input %x: f32[\(rows),\(width)]
        %y: f32[\(rows),\(width)] = softplus %x
        output y = %y
      }

      """
    let g = try GraphParser.parse(text)
    let fused = FuseElementwise.run(g)
    try Verifier.verify(fused)
    #expect(fused.nodes.map(\.op.name) == ["fused"])
    var rng = TestRNG(seed: 14)
    let edges: [Double] = [0, 1e-8, -1e-8, 1, -1, 19.5, 20, 20.5, -20, -30, -80, 80, 17, -17, 0.5]
    let x = (edges + rng.array(rows * width - edges.count, -80, 80)).map { Double(Float($0)) }
    let want = try Interpreter<Double>.run(
      g, parameters: [:], inputs: ["x": .real(Tensor(shape: [rows, width], data: x))])["y"]!.data
    let reference = try Interpreter<Double>.run(
      fused, parameters: [:], inputs: ["x": .real(Tensor(shape: [rows, width], data: x))])["y"]!
      .data
    #expect(reference == want)
    let executor = try Executor(fused, threads: 2, cache: KernelCache(directory: nil))
    let got = try executor.run(
      parameters: [:],
      inputs: ["x": .real(Tensor(shape: [rows, width], data: x.map { Float($0) }))])["y"]!.data
    var worst = (rel: 0.0, x: 0.0)
    for i in x.indices {
      let rel = abs(Double(got[i]) - want[i]) / want[i]
      if !(rel <= worst.rel) { worst = (rel, x[i]) }
    }
    #expect(worst.rel <= 1e-6, "worst relative error \(worst.rel) at x = \(worst.x)")
  }
}
