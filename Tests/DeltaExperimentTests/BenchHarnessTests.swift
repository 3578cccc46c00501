import DeltaExperiment
import DeltaIR
import DeltaModel
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

/// The benchmark and profile harness (never timings themselves): the peer protocol's parser, the
/// median, the per-node FLOP counts and the executor's timing hook.
@Suite struct BenchHarnessTests {
  @Test func peerLinesParse() {
    #expect(
      PeerReply.parse(
        #"{"ready": true, "peer": "torch-eager", "version": "2.15.0", "params": 312736, "loss": 4.17, "setup_s": 1.5}"#
      )
        == .ready(
          peer: "torch-eager", version: "2.15.0", parameters: 312_736, loss: 4.17, setupSeconds: 1.5
        ))
    #expect(
      PeerReply.parse(#"{"skip": "jax is not installed"}"#) == .skip("jax is not installed"))
    #expect(PeerReply.parse(#"{"error": "RuntimeError: boom"}"#) == .error("RuntimeError: boom"))
    #expect(PeerReply.parse(#"{"ms": 12.5, "loss": 4.1}"#) == .timed(milliseconds: 12.5, loss: 4.1))
    #expect(PeerReply.parse(#"{"ms": 7}"#) == .timed(milliseconds: 7, loss: nil))
    #expect(
      PeerReply.parse("Traceback (most recent call last):")
        == .error(
          "not a JSON object: Traceback (most recent call last):"))
    #expect(
      PeerReply.parse(#"{"ready": true, "peer": "x"}"#)
        == .error(
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
      if case .deltaProduct(_) = node.op { recurrence += f ?? 0 } else { gemm += f ?? 0 }
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

  /// Peer timeouts: the start, the warm-up steps (compilation) and forward passes get
  /// `peerTimeout`; a step after the warm-up ten times the peer's previous step, within
  /// [120 s, peerTimeout].
  @Test func stepTimeoutFollowsThePreviousStep() {
    var bench = TrainBench(warmup: 2, rounds: 5, peakGFlops: 100)
    bench.peerTimeout = 900
    #expect(bench.stepTimeout(previousMs: nil) == 900)
    #expect(bench.stepTimeout(previousMs: 3_000) == 120)
    #expect(bench.stepTimeout(previousMs: 45_000) == 450)
    #expect(bench.stepTimeout(previousMs: 200_000) == 900)
  }

  /// A peer that does not answer within its timeout is stopped and dropped with its stderr's tail;
  /// a peer that says skip is dropped with its own words; a log file that cannot be created is an
  /// error naming it. (/bin/sh and shell scripts stand in for Python and the peers.)
  @Test func silentPeerTimesOutAndSkipIsQuoted() throws {
    let dir = temporaryDirectory("peers")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "echo loading the model >&2\nexec sleep 30\n".write(
      toFile: dir + "/silent.sh", atomically: true, encoding: .utf8)
    let why = "torch is not installed in /x/bin/python (scripts/install-peers.sh)"
    try "echo '{\"skip\": \"\(why)\"}'\n".write(
      toFile: dir + "/skip.sh", atomically: true, encoding: .utf8)
    var bench = TrainBench(warmup: 0, rounds: 1, peakGFlops: 100)
    bench.peerTimeout = 1
    let silent = try PeerProcess(
      variant: "torch-eager", python: "/bin/sh", script: dir + "/silent.sh", job: "job.json",
      logPath: dir + "/silent.log")
    guard case .skipped(let name, let reason) = bench.admit(silent, parameters: 10, loss: 1) else {
      Issue.record("a silent peer was admitted")
      return
    }
    #expect(name == "torch-eager")
    #expect(
      reason
        == "failed: no reply within 1 s (stopped); stderr (\(dir)/silent.log):\nloading the model")
    let skip = try PeerProcess(
      variant: "jax-scan", python: "/bin/sh", script: dir + "/skip.sh", job: "job.json",
      logPath: dir + "/skip.log")
    guard case .skipped(let name2, let reason2) = bench.admit(skip, parameters: 10, loss: 1) else {
      Issue.record("a skipping peer was admitted")
      return
    }
    #expect(name2 == "jax-scan" && reason2 == why)
    #expect(
      throws: PeerProcessError.cannotCreateLog(variant: "jax-chunked", path: dir + "/no/x.log")
    ) {
      _ = try PeerProcess(
        variant: "jax-chunked", python: "/bin/sh", script: dir + "/skip.sh", job: "job.json",
        logPath: dir + "/no/x.log")
    }
    #expect(
      PeerProcessError.cannotCreateLog(variant: "jax-chunked", path: "/p/x.log").description
        == "jax-chunked: cannot create the peer's log file /p/x.log (is its folder writable?)")
  }

  /// Each implementation takes `stepsPerTurn` steps in a row per round and the last one is timed:
  /// a peer whose n-th step answers n ms is recorded at 4, 6, 8 (the warm-up round's 2 dropped) with
  /// two steps a turn, and deltac takes two steps a round too (its parameters move twice as often).
  @Test func eachTurnTimesItsLastStep() throws {
    let dir = temporaryDirectory("turns")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try """
    n=0
    while read line; do
      [ "$line" = quit ] && exit 0
      n=$((n + 1))
      printf '{"ms": %d, "loss": 1}\\n' "$n"
    done
    """.write(toFile: dir + "/count.sh", atomically: true, encoding: .utf8)
    let step = try DeltacTrainStep(spec: try tinySpec())
    let peer = try PeerProcess(
      variant: "torch-eager", python: "/bin/sh", script: dir + "/count.sh", job: "job.json",
      logPath: dir + "/count.log")
    var bench = TrainBench(warmup: 1, rounds: 3, peakGFlops: 100)
    #expect(bench.stepsPerTurn == 2 && bench.quietWait)
    bench.peerTimeout = 10
    let result = try bench.run(
      config: "tiny", deltac: step, deltacVersion: "test",
      peers: [.ready(peer, version: "sh", parameters: 1, loss: 1, setup: 0)], progress: { _ in })
    TrainBench.quit([.ready(peer, version: "sh", parameters: 1, loss: 1, setup: 0)])
    #expect(result.skipped.isEmpty)
    #expect(result.peers.map(\.stepsMs) == [[4, 6, 8]])
    #expect(result.deltac.stepsMs.count == 3)
  }

  /// `QuietWait` returns after one quiet interval when the processes idle, and waits out its
  /// limit while one spins; CPU ticks of a process that is gone are nil.
  @Test func quietWaitWaitsForIdleCores() throws {
    func start(_ script: String) throws -> Process {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", script]
      try p.run()
      return p
    }
    let idle = try start("exec sleep 5")
    let busy = try start("while :; do :; done")
    // SIGKILL: SIGTERM may be ignored (dispositions are inherited from the test runner).
    defer {
      for p in [idle, busy] where p.isRunning { kill(p.processIdentifier, SIGKILL) }
    }
    #expect(QuietWait.cpuTicks(getpid()) != nil)
    let quiet = QuietWait.wait(pids: [idle.processIdentifier], interval: 0.03, limit: 1)
    #expect(quiet < 0.5)
    let spun = QuietWait.wait(pids: [busy.processIdentifier], interval: 0.03, limit: 0.3)
    #expect(spun >= 0.3)
    kill(busy.processIdentifier, SIGKILL)
    busy.waitUntilExit()
    #expect(QuietWait.cpuTicks(busy.processIdentifier) == nil)
  }

  /// The inference table: peak RSS and its growth over setup, and a skipped row with its reason.
  /// The JSON report records how the rounds ran (steps per turn, quiet waits); a report written
  /// before those fields existed still reads, with them nil.
  @Test func reportRecordsTheRotation() throws {
    var report = TrainBenchReport(
      date: "2026-12-06", command: "deltac bench train", deltacVersion: "0.1",
      machine: .init(
        cpu: "cpu", cores: 2, threads: 2, peakGFlops: 100, loadStart: "1.0", loadEnd: "2.0"),
      warmup: 2, rounds: 5, results: [], inference: [])
    (report.stepsPerTurn, report.quietWait) = (2, true)
    let back = try JSONDecoder().decode(TrainBenchReport.self, from: try report.json())
    #expect(back.stepsPerTurn == 2 && back.quietWait == true)
    var old = try #require(
      try JSONSerialization.jsonObject(with: try report.json()) as? [String: Any])
    old["stepsPerTurn"] = nil
    old["quietWait"] = nil
    let earlier = try JSONDecoder().decode(
      TrainBenchReport.self, from: try JSONSerialization.data(withJSONObject: old))
    #expect(earlier.stepsPerTurn == nil && earlier.quietWait == nil && earlier.rounds == 5)
  }

  @Test func inferenceTable() {
    let report = TrainBenchReport(
      date: "2026-12-04", command: "deltac bench train", deltacVersion: "0.1",
      machine: .init(
        cpu: "cpu", cores: 2, threads: 2, peakGFlops: 100, loadStart: "1.0", loadEnd: "2.0"),
      warmup: 0, rounds: 1, results: [],
      inference: [
        InferenceResult(
          config: "tiny", mode: "segments of 64 to T=32768", name: "deltac", tokens: 32768,
          milliseconds: 1024, tokensPerSecond: 32000, peakMemoryMB: 83.4, setupMemoryMB: 80.2,
          carriedFloats: 4096, cpuMicrosecondsPerToken: 61.04),
        InferenceResult(
          config: "tiny", mode: "forward T=4096", name: "jax-scan 0.10.2", tokens: 4096,
          milliseconds: 91.1, tokensPerSecond: 44961, peakMemoryMB: nil),
      ],
      inferenceSkipped: [.init(name: "torch-compile forward T=4096", reason: "not run")])
    #expect(
      report.markdown == """
        | config | B x T | params | implementation | step (median) | tokens/s | peer / deltac | MFU |
        |---|---|---|---|---|---|---|---|

        | inference | implementation | tokens | time | tokens/s | CPU µs/token | peak RSS | over setup |
        |---|---|---|---|---|---|---|---|
        | tiny segments of 64 to T=32768 | deltac | 32768 | 1.02 s | 32.0k | 61.0 | 83 MB | 3 MB |
        | tiny forward T=4096 | jax-scan 0.10.2 | 4096 | 91.1 ms | 45.0k | - | - | - |
        | torch-compile forward T=4096: skipped | not run | | | | | | |
        """)
  }
}
