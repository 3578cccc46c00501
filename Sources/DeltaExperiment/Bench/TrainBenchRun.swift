import DeltaCodegen
import DeltaInterop
import DeltaRuntime
import DeltaSpec
import Foundation

/// One `deltac bench train` run: for each configuration, deltac's training step and the installed
/// peers' (PyTorch, JAX) from the same weights and batch, interleaved (`TrainBench`), then deltac's
/// and the peers' inference; the JSON report is rewritten after each configuration, so an
/// interrupted run keeps its numbers.
public struct TrainBenchRun {
  /// bench/specs/NAME.yaml names or spec paths.
  public var configNames: [String]
  public var peerNames: [String]
  public var benchDir = "bench"
  /// The peers' Python.
  public var pythonPath: String
  public var warmup = 2
  public var rounds = 5
  public var threads = 2
  public var inference = true
  public var peerTimeout = 900.0
  /// Whether each timed step first waits for the bench's processes to idle (`QuietWait`).
  public var quietWait = true
  /// Steps in a row per implementation and round, the last timed (`TrainBench.stepsPerTurn`).
  public var stepsPerTurn = 2
  /// The JSON report (default bench/results/train-DATE.json).
  public var json: String?
  public var progress: (String) -> Void = { _ in }

  public init(configNames: [String], peerNames: [String], pythonPath: String) {
    self.configNames = configNames
    self.peerNames = peerNames
    self.pythonPath = pythonPath
  }

  /// The peers' Python unless one is given: $DELTAC_PYTHON, else the one scripts/install-peers.sh
  /// sets up.
  public static var python: String {
    ProcessInfo.processInfo.environment["DELTAC_PYTHON"] ?? ".venv-peers/bin/python"
  }

  /// The peers `--peers` accepts.
  public static let knownPeers = ["torch-eager", "torch-compile", "jax-scan", "jax-chunked"]

  /// Runs every configuration; returns the complete report (also written to `json`).
  public func run(loadSpec: (String) throws -> Spec) throws -> TrainBenchReport {
    let peak = try PeakKernel.measure(threads: threads, iterations: 50_000_000)
    let cpu = MachineInfo.cpuName()
    let loadStart = LoadAverage.text()
    progress(
      String(
        format: "fp32 FMA peak, %d threads (JIT'd FMA loop): %.1f GFLOP/s on %@", threads, peak, cpu
      ))
    progress("load average (1, 5, 15 min): \(loadStart)")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-bench-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    var bench = TrainBench(warmup: warmup, rounds: rounds, peakGFlops: peak)
    bench.peerTimeout = peerTimeout
    (bench.quietWait, bench.stepsPerTurn) = (quietWait, stepsPerTurn)
    let date = ISO8601DateFormatter().string(from: Date())
    let path = json ?? "\(benchDir)/results/train-\(date.prefix(10)).json"
    var report = TrainBenchReport(
      date: date, command: CommandLine.arguments.joined(separator: " "),
      deltacVersion: MachineInfo.version,
      machine: .init(
        cpu: cpu, cores: ProcessInfo.processInfo.activeProcessorCount, threads: threads,
        peakGFlops: peak, loadStart: loadStart, loadEnd: loadStart),
      warmup: warmup, rounds: rounds, results: [], inference: [], complete: false)
    (report.stepsPerTurn, report.quietWait) = (stepsPerTurn, quietWait)
    for config in configNames {
      let isPath = config.hasSuffix(".yaml")
      let name =
        isPath ? URL(fileURLWithPath: config).deletingPathExtension().lastPathComponent : config
      let specPath = isPath ? config : "\(benchDir)/specs/\(config).yaml"
      let spec = try loadSpec(specPath)
      let step = try DeltacTrainStep(spec: spec)
      progress(
        "\(name): \(step.parameterCount) parameters, batch \(step.batch) x \(step.length), load \(LoadAverage.text())"
      )
      let started = try startPeers(name, step, work: work)
      let loss = try step.loss()
      let admitted = started.map { p in
        p.map { bench.admit($0, parameters: step.parameterCount, loss: loss) }
      }
      let list = zip(peerNames, admitted).map { name, peer in
        peer ?? .skipped(name: name, reason: missingPython)
      }
      for case .skipped(let peer, let reason) in list { progress("  \(peer): skipped: \(reason)") }
      let loadBefore = LoadAverage.text()
      var r = try bench.run(
        config: name, deltac: step, deltacVersion: MachineInfo.version, peers: list,
        progress: { progress("  " + $0) })
      (r.loadBefore, r.loadAfter) = (loadBefore, LoadAverage.text())
      report.results.append(r)
      if name == "tiny" && inference {
        let (rows, skipped) = inferenceRows(specPath: specPath, bench: bench, peers: list)
        report.inference += rows
        report.inferenceSkipped += skipped
      }
      TrainBench.quit(list)
      report.machine.loadEnd = LoadAverage.text()
      try write(report, to: path)
    }
    report.machine.loadEnd = LoadAverage.text()
    report.complete = true
    try write(report, to: path)
    progress("load average at the end: \(report.machine.loadEnd)")
    progress("wrote \(path)")
    return report
  }

  /// Writes the JSON report (after each configuration too, so an interrupted run keeps its numbers).
  func write(_ report: TrainBenchReport, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try report.json().write(to: url, options: .atomic)
  }

  /// deltac's inference rows (each in a fresh `deltac bench inference` process, for its memory),
  /// then each admitted peer's forward pass at T = 4096 and 32768.
  func inferenceRows(specPath: String, bench: TrainBench, peers: [TrainBench.Peer]) -> (
    [InferenceResult], [TrainBenchResult.Skipped]
  ) {
    var rows: [InferenceResult] = []
    var skipped: [TrainBenchResult.Skipped] = []
    // Rounds over the rows (A B C A B C ...), as the training steps: a load spike on the shared
    // machine lands on one sample of one row, not on every sample of it.
    let specs = Self.deltacInference
    var samples = [[InferenceBench.Measurement]](repeating: [], count: specs.count)
    var failures = [String?](repeating: nil, count: specs.count)
    for round in 0..<Self.inferenceRounds {
      for (k, (length, segment, repeats)) in specs.enumerated() where failures[k] == nil {
        let mode = InferenceBench.mode(length: length, segment: segment)
        switch measureChild(specPath: specPath, length: length, segment: segment, repeats: repeats)
        {
        case .success(let m):
          samples[k].append(m)
          progress(
            String(
              format:
                "  inference round %d/%d deltac %@: %.0f ms (CPU %.0f ms), peak RSS %.0f MB (setup %.0f MB)",
              round + 1, Self.inferenceRounds, mode as NSString, m.milliseconds,
              m.cpuMilliseconds ?? -1, m.peakRSSMB ?? -1, m.setupRSSMB ?? -1))
        case .failure(let f):
          failures[k] = f.reason
          progress("  inference deltac \(mode): failed: \(f.reason)")
        }
      }
    }
    for (k, (length, segment, _)) in specs.enumerated() {
      let mode = InferenceBench.mode(length: length, segment: segment)
      if let reason = failures[k] {
        skipped.append(.init(name: "deltac \(mode)", reason: reason))
        continue
      }
      let ms = TrainBench.median(samples[k].map(\.milliseconds))
      rows.append(
        InferenceResult(
          config: "tiny", mode: mode, name: "deltac", tokens: length, milliseconds: ms,
          tokensPerSecond: Double(length) / (ms / 1e3),
          peakMemoryMB: samples[k].compactMap(\.peakRSSMB).max(),
          setupMemoryMB: samples[k].compactMap(\.setupRSSMB).max(),
          carriedFloats: samples[k].last?.carriedFloats, samplesMs: samples[k].map(\.milliseconds),
          cpuMicrosecondsPerToken: samples[k].compactMap(\.cpuMilliseconds).isEmpty
            ? nil
            : TrainBench.median(samples[k].compactMap(\.cpuMilliseconds)) * 1e3 / Double(length)))
    }
    for case .ready(let process, let version, _, _, _) in peers {
      for length in [4096, 32768] {
        let label = "\(process.variant) forward T=\(length)"
        if process.variant == "torch-compile" {
          skipped.append(
            .init(
              name: label,
              reason: "not run: the peer's chunk loop is a Python loop that torch.compile unrolls "
                + "(T n_h / 64 chunks), so each new length is a long compile; torch-eager is the same "
                + "forward uncompiled"))
          continue
        }
        switch bench.forward(process, length: length) {
        case .success(let ms):
          rows.append(
            InferenceResult(
              config: "tiny", mode: "forward T=\(length)", name: "\(process.variant) \(version)",
              tokens: length, milliseconds: ms, tokensPerSecond: Double(length) / (ms / 1e3),
              peakMemoryMB: nil))
          progress("  inference \(label): \(String(format: "%.0f", ms)) ms")
        case .failure(let f):
          skipped.append(.init(name: label, reason: f.reason))
          progress("  inference \(label): failed: \(f.reason)")
        }
      }
    }
    return (rows, skipped)
  }

  /// (length, segment (nil: one pass), timed repeats) of deltac's inference rows: one pass at 4096
  /// and at 32768 (memory grows with T); the recurrent step, token by token (segments of 1), and
  /// segments of 64, at 4096 and 32768, and segments of 4096 at 32768 (the memory of one segment,
  /// tokens/s independent of T).
  /// Each row runs once per round in its own process (`inferenceRounds` rounds over the rows); its
  /// time is the median of the rounds, its memory the largest peak.
  static let deltacInference: [(Int, Int?, Int)] = [
    (4096, nil, 3), (32768, nil, 1), (4096, 1, 1), (32768, 1, 1), (4096, 64, 3), (32768, 64, 1),
    (32768, 4096, 1),
  ]
  static let inferenceRounds = 3

  /// Runs `deltac bench inference SPEC ... --json` in a child process and decodes its line.
  func measureChild(specPath: String, length: Int, segment: Int?, repeats: Int) -> Result<
    InferenceBench.Measurement, TrainBench.PeerFailure
  > {
    let linux = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let executable =
      FileManager.default.isExecutableFile(atPath: linux) ? linux : CommandLine.arguments[0]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments =
      [
        "bench", "inference", specPath, "--length", "\(length)", "--repeats", "\(repeats)",
        "--json",
      ]
      + (segment.map { ["--segment", "\($0)"] } ?? [])
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch {
      return .failure(.init(reason: "cannot start \(executable): \(error)"))
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let last = String(decoding: stdout, as: UTF8.self).split(separator: "\n").last.map(String.init)
    guard process.terminationStatus == 0, let line = last,
      let m = try? JSONDecoder().decode(InferenceBench.Measurement.self, from: Data(line.utf8))
    else {
      let tail = stderr.split(separator: "\n").suffix(4).joined(separator: " / ")
      return .failure(
        .init(
          reason: "deltac bench inference exited with status \(process.terminationStatus): \(tail)")
      )
    }
    return .success(m)
  }

  /// Writes the model folder, the batch and one job file per peer, and starts them all (they load in
  /// parallel); nil where there is no Python to start.
  func startPeers(_ config: String, _ step: DeltacTrainStep, work: String) throws -> [PeerProcess?]
  {
    guard !peerNames.isEmpty else { return [] }
    guard FileManager.default.isExecutableFile(atPath: pythonPath) else {
      return peerNames.map { _ in nil }
    }
    let model = "\(work)/\(config)-model"
    try FLAModelFolder.write(
      LoadedModel(
        model: step.spec.model, vocabSize: step.spec.vocabSize, graph: step.forwardGraph,
        parameters: step.parameterTensors), to: model)
    try step.writeBatch(to: "\(work)/\(config)-batch.safetensors")
    let a = step.spec.train.optimizer
    return try peerNames.map { variant in
      let job: [String: Any] = [
        "variant": variant, "model": model, "batch": "\(work)/\(config)-batch.safetensors",
        "threads": threads, "chunk": 64,
        "adamw": [
          "lr": a.lr, "beta1": a.beta1, "beta2": a.beta2, "eps": a.eps,
          "weight_decay": a.weightDecay,
        ],
      ]
      let jobPath = "\(work)/\(config)-\(variant).json"
      try JSONSerialization.data(withJSONObject: job).write(to: URL(fileURLWithPath: jobPath))
      let script = variant.hasPrefix("jax") ? "jax_peer.py" : "torch_peer.py"
      let peer = try PeerProcess(
        variant: variant, python: pythonPath,
        script: URL(fileURLWithPath: "\(benchDir)/peers/\(script)").standardizedFileURL.path,
        job: jobPath, logPath: "\(work)/\(config)-\(variant).log")
      peer.timeout = peerTimeout
      return peer
    }
  }

  var missingPython: String {
    "no Python at \(pythonPath) (scripts/install-peers.sh installs torch, jax and optax into .venv-peers)"
  }

  /// The table of an earlier run's JSON report (also a partial one), or why the file is not one.
  public static func table(fromFile path: String) -> Result<String, ExperimentError> {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      return .failure(.init(.badInput, "cannot read \(path): \(error.localizedDescription)"))
    }
    do {
      return .success(try JSONDecoder().decode(TrainBenchReport.self, from: data).markdown)
    } catch {
      return .failure(
        .init(.badInput, "\(path) is not a `deltac bench train` JSON report: \(error)"))
    }
  }
}
