import DeltaExperiment
import DeltaIR
import DeltaModel
import DeltaRuntime
import Foundation
import Testing

/// The benchmark and profile harness (never timings themselves): the peer protocol's parser, the
/// median, the per-node FLOP counts and the executor's timing hook.
@Suite struct BenchHarnessTests {
  @Test func peerLinesParse() {
    #expect(
      PeerReply.parse(
        #"{"ready": true, "peer": "torch-eager", "version": "2.15.0", "params": 312736, "loss": 4.17, "setup_s": 1.5}"#
      ) == .ready(
        peer: "torch-eager", version: "2.15.0", parameters: 312_736, loss: 4.17, setupSeconds: 1.5))
    #expect(
      PeerReply.parse(#"{"skip": "jax is not installed"}"#) == .skip("jax is not installed"))
    #expect(PeerReply.parse(#"{"error": "RuntimeError: boom"}"#) == .error("RuntimeError: boom"))
    #expect(PeerReply.parse(#"{"ms": 12.5, "loss": 4.1}"#) == .timed(milliseconds: 12.5, loss: 4.1))
    #expect(PeerReply.parse(#"{"ms": 7}"#) == .timed(milliseconds: 7, loss: nil))
    #expect(PeerReply.parse("Traceback (most recent call last):") == .error(
      "not a JSON object: Traceback (most recent call last):"))
    #expect(PeerReply.parse(#"{"ready": true, "peer": "x"}"#) == .error(
      #"incomplete ready line: {"ready": true, "peer": "x"}"#))
  }

  @Test func median() {
    #expect(TrainBench.median([3, 1, 2]) == 2)
    #expect(TrainBench.median([4, 1, 3, 2]) == 2.5)
    #expect(TrainBench.median([]).isNaN)
  }

  /// The profile's per-node counts add up to `ModelFlops` for the forward graph's GEMMs and
  /// recurrence (the graph's shapes at B 2, T 8).
  @Test func nodeFlopsAddUpToTheModelCount() throws {
    let spec = try tinySpec()
    let graph = try ModelLowering.forward(spec: spec)
    let (b, t) = (2, 8)
    var gemm = 0.0
    var recurrence = 0.0
    let types = graph.types
    func shape(_ v: Value) -> [Int] {
      types[v]!.shape.dims.map { $0.concrete ?? ($0.description == "B" ? b : t) }
    }
    for node in graph.nodes {
      let f = ProfileReport.flops(
        node.op, node.inputs.map(shape), node.results.map { shape($0.value) })
      if case .deltaProduct = node.op { recurrence += f ?? 0 } else { gemm += f ?? 0 }
    }
    let perToken = ModelFlops.forwardPerToken(spec.model, vocabSize: spec.vocabSize)
    #expect(gemm == Double(perToken.gemm * b * t))
    #expect(recurrence == Double(perToken.recurrence * b * t))
  }

  /// With `timings` set, every node of the training graph is recorded once per run, with its shapes.
  @Test func executorTimesEveryNode() throws {
    let step = try DeltacTrainStep(spec: try tinySpec())
    let timings = NodeTimings()
    step.executor.timings = timings
    _ = try step.step()
    _ = try step.step()
    #expect(timings.graphRuns == 2)
    #expect(timings.entries.count == step.executor.graph.nodes.count)
    #expect(timings.entries.values.allSatisfy { $0.runs == 2 && $0.seconds >= 0 })
    let logits = try #require(
      step.executor.graph.nodes.firstIndex { $0.results[0].value.name == "%logits" })
    #expect(timings.entries[logits]?.resultShapes == [[16, 8, 13]])
    let report = ProfileReport(
      graph: step.executor.graph, timings: timings, steps: 2, stepSeconds: 1, optimizerSeconds: 0)
    #expect(report.rows.contains { $0.name == "%logits" && $0.op == "linear" })
  }

  /// The bench batch is seeded: the same seed gives the same tokens, all inside the vocabulary.
  @Test func benchBatchIsSeeded() throws {
    let a = try DeltacTrainStep(spec: try tinySpec())
    let b = try DeltacTrainStep(spec: try tinySpec())
    #expect(a.inputIds == b.inputIds && a.labels == b.labels)
    #expect(a.inputIds.allSatisfy { $0 >= 0 && $0 < 13 })
    #expect(Set(a.inputIds).count > 5)
  }
}
