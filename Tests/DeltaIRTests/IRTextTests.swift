import DeltaIR
import DeltaTestSupport
import Testing

/// A small hand-built graph using a multi-result op, parameters and every attribute kind.
func sampleGraph() throws -> Graph {
  let b = GraphBuilder(name: "sample")
  let w = b.parameter("model.layers.0.attn.q_proj.weight", TensorType(.f32, [256, 128]))
  let kw = b.parameter("model.layers.0.attn.k_proj.weight", TensorType(.f32, [512, 128]))
  let vw = b.parameter("model.layers.0.attn.v_proj.weight", TensorType(.f32, [512, 128]))
  let bw = b.parameter("model.layers.0.attn.b_proj.weight", TensorType(.f32, [16, 128]))
  let x = b.input("x", TensorType(.f32, ["B", "T", 128]))
  let q = try b.emit(.linear, [x, w], name: "q")
  let q4 = try b.emit(.reshape(["B", "T", 8, 32]), [q], name: "q4")
  let qn = try b.emit(.l2norm(eps: 1e-6), [q4], name: "qn")
  let k = try b.emit(.linear, [x, kw], name: "k")
  let k5 = try b.emit(.reshape(["B", "T", 2, 8, 32]), [k], name: "k5")
  let kn = try b.emit(.l2norm(eps: 1e-6), [k5], name: "kn")
  let v = try b.emit(.unary(.silu), [try b.emit(.linear, [x, vw], name: "v")], name: "v")
  let v5 = try b.emit(.reshape(["B", "T", 2, 8, 32]), [v], name: "v5")
  let beta = try b.emit(
    .mulScalar(2),
    [try b.emit(.unary(.sigmoid), [try b.emit(.linear, [x, bw], name: "b")], name: "b")],
    name: "beta")
  let beta4 = try b.emit(.reshape(["B", "T", 2, 8]), [beta], name: "beta4")
  let p = DeltaProductParams(
    numHouseholder: 2, gated: false, scale: 0.17677669529663687, finalState: true)
  let os = try b.emit(.deltaProduct(p), [qn, kn, v5, beta4], names: ["o", "S"])
  let flat = try b.emit(
    .reshape(["B*T", 256]), [try b.emit(.reshape(["B", "T", 256]), [os[0]], name: "o2")],
    name: "flat")
  let s = try b.emit(.reduceMean(axes: [0, 1], keepDims: false), [flat], name: "s")
  b.output("s", s)
  b.output("state", os[1])
  return b.finish()
}

@Suite struct IRTextTests {
  @Test func printsReadableEquations() throws {
    let text = GraphPrinter.print(try sampleGraph())
    #expect(
      text.hasPrefix("graph @sample {\n  param model.layers.0.attn.q_proj.weight: f32[256,128]\n"))
    #expect(text.contains("  input %x: f32[B,T,128]\n"))
    #expect(text.contains("  %q: f32[B,T,256] = linear %x, model.layers.0.attn.q_proj.weight\n"))
    #expect(
      text.contains(
        "  %o: f32[B,T,8,32], %S: f32[B,8,32,32] = deltaproduct[num_householder=2, gated=false, "
          + "scale=0.17677669529663687, chunk=auto, initial_state=false, final_state=true] %qn, %kn, %v5, %beta4\n"
      ))
    #expect(text.contains("  %flat: f32[B*T,256] = reshape[shape=[B*T,256]] %o2\n"))
    #expect(text.contains("  %v_1: f32[B,T,512] = silu %v\n"))
    #expect(text.hasSuffix("  output s = %s\n  output state = %S\n}\n"))
  }

  @Test func sampleRoundTrips() throws {
    let g = try sampleGraph()
    try Verifier.verify(g)
    let text = GraphPrinter.print(g)
    let parsed = try GraphParser.parse(text)
    #expect(parsed == g)
    #expect(GraphPrinter.print(parsed) == text)
  }

  /// The recurrence's input activations print after the flags and parse back; absent means none.
  @Test func recurrenceInputsRoundTrip() throws {
    let text =
      "graph @g {\n  input %q: f32[B,T,8,32]\n  input %k: f32[B,T,2,8,32]\n  input %v: f32[B,T,2,8,32]\n"
      + "  input %b: f32[B,T,2,8]\n  %o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, "
      + "scale=0.25, chunk=auto, initial_state=false, final_state=false, inputs=silu_l2norm] "
      + "%q, %k, %v, %b\n  output o = %o\n}\n"
    let g = try GraphParser.parse(text)
    #expect(GraphPrinter.print(g) == text)
    guard case .deltaProduct(let p) = g.nodes[0].op else {
      Issue.record("not a deltaproduct: \(g.nodes[0].op)")
      return
    }
    #expect(p.inputs == .siluL2norm)
    let plain = try GraphParser.parse(
      text.replacingOccurrences(of: ", inputs=silu_l2norm", with: ""))
    #expect(
      plain.nodes[0].op
        == .deltaProduct(
          DeltaProductParams(
            numHouseholder: 2, gated: false, scale: 0.25)))
  }

  @Test func randomGraphsRoundTrip() throws {
    var rng = TestRNG(seed: 42)
    for seed in 0..<200 {
      let g = try randomGraph(&rng, name: "random\(seed)")
      try Verifier.verify(g)
      let parsed = try GraphParser.parse(GraphPrinter.print(g))
      #expect(parsed == g, "graph \(seed) does not round-trip:\n\(g)")
    }
  }

  @Test func commentsAndBlankLinesAreIgnored() throws {
    let text = """
      # a comment
      graph @c {   # trailing
        input %x: f32[2,3]

        %y: f32[2,3] = mul_scalar[value=-0.5] %x   # scale
        output y = %y
      }
      """
    let g = try GraphParser.parse(text)
    #expect(
      g.nodes == [
        Node(
          op: .mulScalar(-0.5), inputs: [Value("%x")],
          results: [TypedValue(Value("%y"), TensorType(.f32, [2, 3]))])
      ])
  }

  @Test(arguments: [
    ("graf @g {\n}\n", "1:1: error: expected 'graph', got 'graf'"),
    ("graph @g {\n  %x f32[2] = exp %y\n}\n", "2:6: error: expected ':', got 'f32[2]'"),
    (
      "graph @g {\n  input %x: f16[2]\n}\n",
      "2:13: error: unknown dtype 'f16' (expected f32, f64 or i32)"
    ),
    (
      "graph @g {\n  input %x: f32[2]\n  %y: f32[2] = expo %x\n}\n",
      "3:16: error: unknown op 'expo'"
    ),
    (
      "graph @g {\n  %y: f32[2] = mul_scalar[valu=2] %x\n}\n",
      "2:16: error: mul_scalar: missing attribute 'value'"
    ),
    (
      "graph @g {\n  %y: f32[2] = mul_scalar[value=two] %x\n}\n",
      "2:16: error: mul_scalar: attribute 'value' must be a number, got 'two'"
    ),
    (
      "graph @g {\n  %y: f32[2] = exp %x %z\n}\n",
      "2:23: error: expected the end of the line, got '%z'"
    ),
    ("graph @g {\n  input %x: f32[2]\n", "3:1: error: expected '}' to close the graph"),
    ("graph @g {\n  param %w: f32[2]\n}\n", "2:9: error: parameter names are spelled without '%'"),
    ("graph @g {\n  input %x: f32[B,?]\n}\n", "2:19: error: bad dim '?'"),
    (
      "graph @g {\n  %o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, scale=0.25, "
        + "chunk=auto, initial_state=false, final_state=false, inputs=relu] %q\n}\n",
      "2:23: error: deltaproduct: inputs must be one of none, l2norm, silu_l2norm, got 'relu'"
    ),
  ])
  func parseErrorsHaveLineAndColumn(text: String, expected: String) {
    #expect(throws: ParseError.self) { try GraphParser.parse(text) }
    do {
      _ = try GraphParser.parse(text)
    } catch {
      #expect(error.description == expected)
    }
  }

  /// Random edits of a valid text: the parser and the verifier report, they never trap.
  @Test func mutatedTextNeverCrashes() throws {
    let text = Array(GraphPrinter.print(try sampleGraph()).utf8)
    let alphabet = Array("%@:,=[]{}#.*-_0123456789abBTf32i\n ".utf8)
    var rng = TestRNG(seed: 9)
    var parsed = 0
    for _ in 0..<3000 {
      var t = text
      for _ in 0..<(1 + Int(rng.next() % 3)) {
        let i = Int(rng.next() % UInt64(t.count))
        let c = alphabet[Int(rng.next() % UInt64(alphabet.count))]
        switch rng.next() % 3 {
        case 0: t.remove(at: i)
        case 1: t.insert(c, at: i)
        default: t[i] = c
        }
      }
      if let g = try? GraphParser.parse(String(decoding: t, as: UTF8.self)) {
        parsed += 1
        _ = Verifier.diagnose(g)
      }
    }
    #expect(parsed > 0)
  }

  @Test func dimsAreMonomials() {
    #expect(Dim(parsing: "T*B") == Dim(factor: 1, symbols: ["B", "T"]))
    #expect(Dim(parsing: "2*T")?.description == "2*T")
    #expect(
      Dim.exactDivide(Dim(parsing: "4*B*T")!, Dim(parsing: "2*T")!)
        == Dim(factor: 2, symbols: ["B"]))
    #expect(Shape(["B", "T", 256]).elementCount == Shape(["B*T", 8, 32]).elementCount)
  }
}
