import DeltaIR
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// gemm-epilogues: which fused nodes become a GEMM's epilogue, where they go, and that the graph
/// computes the same values (fp64 interpreter) before and after.
@Suite struct GemmEpiloguesTests {
  /// A matmul with K = `depth`, an unrelated node, then an elementwise node that reads the product
  /// (and, with `readBetween`, a node between them reading it too).
  static func graph(depth: Int, readBetween: Bool = false) throws -> Graph {
    try GraphParser.parse(
      """
      graph @t {
        param w: f32[\(depth),8]
        input %x: f32[B,\(depth)]
        input %u: f32[B,8]
        input %z: f32[B,8]
        %y: f32[B,8] = matmul[transpose_a=false, transpose_b=false] %x, w
        %other: f32[B,8] = mul %u, %z
        \(readBetween ? "%r: f32[B,8] = add %y, %z" : "")
        %h: f32[B,8] = fused[kernel=mul_silu, shape=[B,8], operands=[full,full], program=[silu(a1),mul(a0;t0)], results=[t1]] %y, %u
        output h = %h
        output other = %other
        \(readBetween ? "output r = %r" : "")
      }
      """)
  }

  /// The node order by first result name, with `*` on epilogues.
  static func order(_ g: Graph) -> [String] {
    g.nodes.map { n in
      if case .fused(let k) = n.op, k.epilogue { return n.result.name + "*" }
      return n.result.name
    }
  }

  @Test func theGemmMovesDownToItsEpilogue() throws {
    let g = try Self.graph(depth: 256)
    let out = GemmEpilogues.run(g)
    #expect(Self.order(out) == ["%other", "%y", "%h*"])
    try Verifier.verify(out)
    try Self.expectSameValues(g, out, depth: 256)
  }

  /// Something between reads the product: the epilogue moves up instead (its other operand is an
  /// input, ready before the GEMM), and the tiles store the product too.
  @Test func theEpilogueMovesUpWhenTheResultIsReadBetween() throws {
    let g = try Self.graph(depth: 256, readBetween: true)
    let out = GemmEpilogues.run(g)
    #expect(Self.order(out) == ["%y", "%h*", "%other", "%r"])
    #expect(GemmEpilogue.match(out, gemm: 0, fused: 1)?.storesResult == true)
    try Self.expectSameValues(g, out, depth: 256)
  }

  /// Below `GemmEpilogue.minimumK` an epilogue does not pay: nothing changes.
  @Test func smallDepthIsLeftAlone() throws {
    let g = try Self.graph(depth: GemmEpilogue.minimumK / 2)
    #expect(GemmEpilogues.run(g) == g)
  }

  /// The mark survives the text form, and a wrong word is an error.
  @Test func textForm() throws {
    let out = GemmEpilogues.run(try Self.graph(depth: 256))
    let text = GraphPrinter.print(out)
    #expect(text.contains("results=[t1], epilogue=gemm] %y, %u"))
    #expect(try GraphParser.parse(text) == out)
    #expect(throws: (any Error).self) {
      try GraphParser.parse(text.replacingOccurrences(of: "epilogue=gemm", with: "epilogue=tile"))
    }
  }

  static func expectSameValues(_ a: Graph, _ b: Graph, depth: Int) throws {
    var rng = TestRNG(seed: 7)
    func tensor(_ shape: [Int]) -> Tensor<Double> {
      Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in rng.uniform() * 2 - 1 })
    }
    let parameters = ["w": tensor([depth, 8])]
    let inputs: [String: TensorValue<Double>] = [
      "x": .real(tensor([3, depth])), "u": .real(tensor([3, 8])), "z": .real(tensor([3, 8])),
    ]
    let x = try Interpreter<Double>.run(a, parameters: parameters, inputs: inputs)
    let y = try Interpreter<Double>.run(b, parameters: parameters, inputs: inputs)
    #expect(x.keys.sorted() == y.keys.sorted())
    for (name, t) in x { #expect(y[name]!.data == t.data, "\(name)") }
  }
}
