import DeltaIR
import DeltaPasses
import DeltaSpec
import Testing

private func graph() throws -> Graph {
  try GraphParser.parse(
    """
    graph @t {
      input %x: f32[2,3]
      %y: f32[2,3] = exp %x
      output y = %y
    }

    """)
}

/// A pass that renames the output's value without defining it: the verifier must catch it.
private let breaksGraph = Pass(name: "break-output", summary: "test: breaks the graph") { g, _ in
  var g = g
  g.outputs[0].value = Value("%nowhere")
  return g
}
private let identity = Pass(name: "identity", summary: "test: returns its input") { g, _ in g }

@Suite struct PipelineTests {
  @Test func verifierNamesThePassThatBrokeTheGraph() throws {
    let error = #expect(throws: PassError.self) {
      try Pipeline.optimize(
        graph(), options: PassOptions(verifyEachPass: true), passes: [identity, breaksGraph])
    }
    #expect(error?.pass == "break-output")
    #expect(
      error?.description.hasPrefix("pass break-output: left a graph the verifier rejects:") == true)
  }

  @Test func disabledPassDoesNotRun() throws {
    let g = try graph()
    let out = try Pipeline.optimize(
      g, options: PassOptions(disabled: ["break-output"], verifyEachPass: true),
      passes: [identity, breaksGraph])
    #expect(out == g)
  }

  @Test func stopAfterSkipsTheRest() throws {
    let g = try graph()
    let out = try Pipeline.optimize(
      g, options: PassOptions(stopAfter: "identity", verifyEachPass: true),
      passes: [identity, breaksGraph])
    #expect(out == g)
  }

  @Test func unknownPassNameIsAnError() throws {
    let error = #expect(throws: PassError.self) {
      try Pipeline.optimize(
        graph(), options: PassOptions(disabled: ["fuse-everything"]), passes: [identity])
    }
    #expect(error?.description == "pass fuse-everything: no such pass; the passes are: identity")
  }
}

@Suite struct PipelineOutlineTests {
  @Test func passesRunInTheIssuesOrder() {
    let order = [
      "dead-code", "cse", "fold-shapes", "fuse-projections", "fuse-convolutions",
      "recompute-elementwise", "fuse-elementwise", "gemm-epilogues",
      "choose-chunk-size", "plan-memory",
    ]
    #expect(Pipeline.names == order.filter { Pipeline.names.contains($0) })
    #expect(Array(Pipeline.names.prefix(5)) == Array(order.prefix(5)))
  }
}
