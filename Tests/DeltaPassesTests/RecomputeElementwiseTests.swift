import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaReference
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// A SwiGLU and its gradient as autodiff writes them: the backward reads silu(g) back and g again.
private let swiglu = """
  graph @t {
    input %g: f32[B,8]
    input %u: f32[B,8]
    input %dh: f32[B,8]
    %a: f32[B,8] = silu %g
    %h: f32[B,8] = mul %a, %u
    %da: f32[B,8] = mul %dh, %u
    %du: f32[B,8] = mul %dh, %a
    %dg: f32[B,8] = silu_grad %g, %da
    output h = %h
    output du = %du
    output dg = %dg
  }

  """

/// Each reader of silu(g) computes it again from g (live until silu_grad): silu(g) is never stored.
private let swigluRecomputed = """
  graph @t {
    input %g: f32[B,8]
    input %u: f32[B,8]
    input %dh: f32[B,8]
    %a.re: f32[B,8] = silu %g
    %h: f32[B,8] = mul %a.re, %u
    %da: f32[B,8] = mul %dh, %u
    %a.re1: f32[B,8] = silu %g
    %du: f32[B,8] = mul %dh, %a.re1
    %dg: f32[B,8] = silu_grad %g, %da
    output h = %h
    output du = %du
    output dg = %dg
  }

  """

/// silu(k) through a reshape into an L2 norm, and the norm's gradient reading the same view.
private let keys = """
  graph @t {
    input %k: f32[B,8]
    input %dy: f32[B,2,4]
    %s: f32[B,8] = silu %k
    %v: f32[B,2,4] = reshape[shape=[B,2,4]] %s
    %y: f32[B,2,4] = l2norm[eps=1e-06] %v
    %dv: f32[B,2,4] = l2norm_grad[eps=1e-06] %v, %dy
    %dvf: f32[B,8] = reshape[shape=[B,8]] %dv
    %dk: f32[B,8] = silu_grad %k, %dvf
    output y = %y
    output dk = %dk
  }

  """

@Suite struct RecomputeElementwiseTests {
  @Test func swigluGradientRecomputesTheGate() throws {
    let g = try GraphParser.parse(swiglu)
    let out = RecomputeElementwise.run(g)
    #expect(GraphPrinter.print(out) == swigluRecomputed)
    try Verifier.verify(out)
  }

  /// A value whose input dies at the unary is kept: recomputing it would keep the input alive.
  @Test func keepsAValueWhoseInputIsDead() throws {
    let text = """
      graph @t {
        input %w: f32[B,8]
        %x: f32[B,8] = add %w, %w
        %s: f32[B,8] = silu %x
        %m: f32[B,8] = mul %s, %s
        output m = %m
      }

      """
    let g = try GraphParser.parse(text)
    #expect(GraphPrinter.print(RecomputeElementwise.run(g)) == text)
  }

  /// The view's chain is copied too: one kernel (the norm and its gradient are siblings here) reads
  /// k and dy and writes y and dk; silu(k) and its view stay in registers.
  @Test func siluFeedsTheNormThroughItsView() throws {
    let g = try GraphParser.parse(keys)
    let out = try Pipeline.optimize(g, options: PassOptions(verifyEachPass: true))
    let fused = out.nodes.compactMap { n -> (FusedKernel, Node)? in
      if case .fused(let k) = n.op { return (k, n) }
      return nil
    }
    #expect(fused.map(\.0.name) == ["silu_l2norm_l2normgrad_silugrad"])
    #expect(fused.map { $0.1.inputs.map(\.name) } == [["%k", "%dy"]])
    #expect(fused.map { $0.1.results.map(\.value.name) } == [["%y", "%dk.fused"]])
  }

  /// On a model's training graph: the SwiGLU forward writes only its output, its backward is one
  /// kernel with both gradients, and (with `recurrence_inputs: separate`) the query's and keys' SiLU
  /// runs inside their L2 norms.
  @Test func trainingGraphOfASpec() throws {
    var spec = try SpecLoader.load(
      file: repoRoot.appendingPathComponent("specs/s3_nh2_neg.yaml").path)
    spec.compile.recurrenceInputs = false
    let backward = try Autodiff.gradient(of: try ModelLowering.forward(spec: spec))
    let optimized = try Pipeline.optimize(
      backward, options: PassOptions(verifyEachPass: true, threads: 1))
    var byFirstResult: [String: Node] = [:]
    for n in optimized.nodes { byFirstResult[n.results[0].value.name] = n }
    let forward = try #require(byFirstResult["%l0.mlp_hidden"])
    #expect(forward.results.map(\.value.name) == ["%l0.mlp_hidden"])
    let gate = try #require(
      optimized.nodes.first { n in
        n.results.contains { $0.value.name == "%d.l0.mlp_gate" }
      })
    #expect(Set(gate.results.map(\.value.name)) == ["%d.l0.mlp_gate", "%d.l0.mlp_hidden.db"])
    for name in ["%l0.q_hat", "%l0.k_hat"] {
      guard case .fused(let k) = try #require(byFirstResult[name]).op else {
        Issue.record("\(name) is not fused")
        continue
      }
      #expect(k.name == "silu_l2norm")
    }
    #expect(!optimized.nodes.contains { n in n.results.contains { $0.value.name == "%l0.k" } })
  }
}
