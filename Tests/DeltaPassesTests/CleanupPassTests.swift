import DeltaIR
import DeltaPasses
import Testing

// The clean-up passes on small hand-written graphs: parse, run one pass, compare the printed text.

private func run(_ pass: Pass, _ text: String) throws -> String {
  let g = try GraphParser.parse(text)
  let out = try Pipeline.optimize(g, options: PassOptions(verifyEachPass: true), passes: [pass])
  return GraphPrinter.print(out)
}

@Suite struct CleanupPassTests {
  @Test func deadCodeDropsNodesThatReachNoOutput() throws {
    let out = try run(
      .deadCode,
      """
      graph @t {
        param w: f32[3]
        input %x: f32[2,3]
        %a: f32[2,3] = exp %x
        %unused: f32[2,3] = mul %a, w
        %b: f32[2,3] = neg %a
        %also_unused: f32[2,3] = sigmoid %unused
        output y = %b
      }
      """)
    #expect(
      out == """
        graph @t {
          param w: f32[3]
          input %x: f32[2,3]
          %a: f32[2,3] = exp %x
          %b: f32[2,3] = neg %a
          output y = %b
        }

        """)
  }

  @Test func deadCodeKeepsMultiResultNodesWithOneLiveResult() throws {
    let text = """
      graph @t {
        input %x: f32[2,4]
        %a: f32[2,1], %b: f32[2,3] = split[axis=1, sizes=[1,3]] %x
        output y = %b
      }

      """
    #expect(try run(.deadCode, text) == text)
  }

  @Test func cseMergesEqualNodesAndRenamesTheirReaders() throws {
    let out = try run(
      .commonSubexpressions,
      """
      graph @t {
        input %x: f32[2,3]
        %a: f32[2,3] = mul_scalar[value=2.0] %x
        %b: f32[2,3] = mul_scalar[value=2.0] %x
        %c: f32[2,3] = mul_scalar[value=3.0] %x
        %d: f32[2,3] = add %a, %b
        %e: f32[2,3] = add %a, %a
        %f: f32[2,3] = add %d, %e
        output y = %f
        output z = %b
        output w = %c
      }
      """)
    // %b is %a; then %d = add %a, %a is %e's twin, so %e goes too (cse sees renamed operands).
    #expect(
      out == """
        graph @t {
          input %x: f32[2,3]
          %a: f32[2,3] = mul_scalar[value=2.0] %x
          %c: f32[2,3] = mul_scalar[value=3.0] %x
          %d: f32[2,3] = add %a, %a
          %f: f32[2,3] = add %d, %d
          output y = %f
          output z = %a
          output w = %c
        }

        """)
  }

  @Test func foldShapesRemovesNoOpsAndMergesChains() throws {
    let out = try run(
      .foldShapes,
      """
      graph @t {
        input %x: f32[B,T,8]
        %same: f32[B,T,8] = reshape[shape=[B,T,8]] %x
        %heads: f32[B,T,2,4] = reshape[shape=[B,T,2,4]] %same
        %rows: f32[B*T,8] = reshape[shape=[B*T,8]] %heads
        %t1: f32[T,B,8] = transpose[perm=[1,0,2]] %x
        %t2: f32[B,T,8] = transpose[perm=[1,0,2]] %t1
        %sum: f32[B*T,8] = add %rows, %rows
        %y: f32[B,T,8] = add %t2, %x
        output rows = %sum
        output y = %y
        output heads = %heads
      }
      """)
    #expect(
      out == """
        graph @t {
          input %x: f32[B,T,8]
          %heads: f32[B,T,2,4] = reshape[shape=[B,T,2,4]] %x
          %rows: f32[B*T,8] = reshape[shape=[B*T,8]] %x
          %sum: f32[B*T,8] = add %rows, %rows
          %y: f32[B,T,8] = add %x, %x
          output rows = %sum
          output y = %y
          output heads = %heads
        }

        """)
  }
}
