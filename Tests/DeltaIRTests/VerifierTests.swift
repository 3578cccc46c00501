import DeltaIR
import DeltaTestSupport
import Testing

/// Parses a graph body (lines inside `graph @t { ... }`) and returns the verifier's messages.
private func problems(_ body: String) throws -> [String] {
  let text = "graph @t {\n" + body + "\n}\n"
  return Verifier.diagnose(try GraphParser.parse(text))
}

@Suite struct VerifierTests {
  @Test func sampleVerifies() throws {
    #expect(Verifier.diagnose(try sampleGraph()) == [])
  }

  @Test(arguments: [
    (
      "input %x: f32[B,T,128]\nparam model.w: f32[3,256]\n%k: f32[B,T,3] = linear %x, model.w",
      "%k: linear expects inner dims to match, got 128 vs 256"
    ),
    (
      "input %a: f32[B,8,128]\ninput %b: f32[256,4]\n%k: f32[B,8,4] = matmul[transpose_a=false, transpose_b=false] %a, %b",
      "%k: matmul expects inner dims to match, got 128 vs 256"
    ),
    (
      "input %x: f32[B,T,128]\n%y: f32[B,T,256] = silu %x",
      "%y: silu infers f32[B,T,128], declared f32[B,T,256]"
    ),
    (
      "%y: f32[2] = exp %x",
      "%y: exp uses %x before its definition"
    ),
    (
      "input %x: f32[B,T,4]\ninput %y: f32[B,4,4]\n%z: f32[B,T,4] = add %x, %y",
      "%z: add cannot broadcast [B,T,4] with [B,4,4]"
    ),
    (
      "input %x: f32[B,T,4]\n%y: f32[B,T,5] = reshape[shape=[B,T,5]] %x",
      "%y: reshape expects the same element count, got [B,T,4] to [B,T,5]"
    ),
    (
      "input %x: i32[B,T]\n%y: i32[B,T] = silu %x",
      "%y: silu expects a float x, got i32[B,T]"
    ),
    (
      "input %x: f32[2]\n%x: f32[2] = exp %x",
      "%x: exp redefines a value"
    ),
    (
      "input %x: f32[2]\n%y: f32[2], %z: f32[2] = exp %x",
      "%y: exp produces 1 results, 2 bound"
    ),
    (
      "input %q: f32[B,T,8,32]\ninput %k: f32[B,T,8,32]\ninput %v: f32[B,T,2,8,32]\ninput %b: f32[B,T,2,8]\n"
        + "%o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, scale=0.25, chunk=auto, "
        + "initial_state=false, final_state=false] %q, %k, %v, %b",
      "%o: deltaproduct expects k of rank 5, got [B,T,8,32]"
    ),
    (
      "input %q: f32[B,T,8,32]\ninput %k: f32[B,T,3,8,32]\ninput %v: f32[B,T,2,8,32]\ninput %b: f32[B,T,2,8]\n"
        + "%o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=false, scale=0.25, chunk=auto, "
        + "initial_state=false, final_state=false] %q, %k, %v, %b",
      "%o: deltaproduct expects k of type f32[B,T,2,8,32], got f32[B,T,3,8,32]"
    ),
    (
      "input %q: f32[B,T,8,32]\n%o: f32[B,T,8,32] = deltaproduct[num_householder=2, gated=true, scale=0.25, "
        + "chunk=64, initial_state=false, final_state=false] %q",
      "%o: deltaproduct expects 5 operands, got 1"
    ),
    (
      "input %x: f32[B,T,6]\nparam model.c: f32[4,1,4]\n%y: f32[B,T,6] = conv1d %x, model.c",
      "%y: conv1d expects weight of shape [6,1,W] or [6,W], got [4,1,4]"
    ),
    (
      "input %l: f32[B,T,13]\ninput %y: i32[B,T]\n%loss: f32[] = cross_entropy[ignore_index=-100] %l, %y\n"
        + "output loss = %los",
      "output loss: %los is not defined"
    ),
    (
      "param model.x: f32[B,4]",
      "model.x: parameter shapes must be concrete, got f32[B,4]"
    ),
  ])
  func messagesNameTheValueAndTheOp(body: String, expected: String) throws {
    #expect(try problems(body) == [expected])
  }

  @Test func reportsEveryProblem() throws {
    let found = try problems(
      "input %x: f32[4]\n%a: f32[5] = exp %x\n%b: f32[4] = neg %nope\noutput o = %c")
    #expect(
      found == [
        "%a: exp infers f32[4], declared f32[5]", "%b: neg uses %nope before its definition",
        "output o: %c is not defined",
      ])
  }

  @Test func builderRejectsBadShapesWithTheSameMessage() {
    let b = GraphBuilder(name: "bad")
    let x = b.input("x", TensorType(.f32, ["B", 128]))
    let w = b.parameter("model.w", TensorType(.f32, [64, 256]))
    #expect(throws: BuildError.self) { try b.emit(.linear, [x, w], name: "k") }
    do {
      _ = try b.emit(.linear, [x, w], name: "k")
    } catch {
      #expect(error.message == "%k: linear expects inner dims to match, got 128 vs 256")
    }
  }

  /// The builder path skips the parser's checks, so shape rules themselves reject these.
  @Test func builderRejectsNegativeDimsAndRankZeroL2Norm() throws {
    let b = GraphBuilder(name: "bad")
    let x = b.input("x", TensorType(.f64, [2, 3]))
    let ids = b.input("ids", TensorType(.i32, [2]))
    let s = b.input("s", TensorType(.f64, []))
    let cases: [(Op, [Value], String)] = [
      (
        .reshape(Shape([-2, -3])), [x],
        "%r: reshape expects a shape without negative dims, got [-2,-3]"
      ),
      (
        .embeddingGrad(numEmbeddings: -4), [ids, x],
        "%r: embedding_grad expects num_embeddings >= 1, got -4"
      ),
      (.l2norm(eps: 1e-6), [s], "%r: l2norm expects x of rank >= 1, got []"),
    ]
    for (op, operands, message) in cases {
      do {
        _ = try b.emit(op, operands, name: "r")
        Issue.record("\(op.name) was accepted")
      } catch {
        #expect(error.message == message)
      }
    }
  }
}
