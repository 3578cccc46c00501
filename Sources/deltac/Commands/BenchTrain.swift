import ArgumentParser
import DeltaCodegen
import DeltaExperiment
import DeltaInterop
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac bench train`: training steps of deltac and of the installed peers (PyTorch, JAX) on the
/// same models, interleaved, with MFU against the measured FMA peak; inference tokens/s.
struct BenchTrain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Training step of deltac vs PyTorch and JAX on the same model, side by side.",
    discussion: """
      For each configuration (bench/specs/NAME.yaml), deltac and every peer
      take the same training step (forward, backward, AdamW) on the same
      seeded batch, starting from the same weights (deltac's initial
      parameters, given to the peers as an fla model folder), in turn:
      deltac, peer 1, peer 2, ..., deltac, ... so that load drift on a shared
      machine hits all alike. The first --warmup rounds (compilation) are
      not in the median. A peer must report the same parameter count and
      initial loss (relative 1e-4) or it is dropped with the reason.

      Peers (bench/peers/*.py): torch-eager, torch-compile, jax-scan,
      jax-chunked. They run in the Python of --python (default
      .venv-peers/bin/python; scripts/install-peers.sh creates it); a peer
      whose framework is missing is skipped and the table says so.

      MFU = model FLOPs per step (ModelFlops: projections, MLP, LM head and
      the recurrence, x3 for forward + backward) / step time / the fp32 FMA
      peak measured on --threads threads.

      Example:
        deltac bench train                       # every config, peers, JSON
        deltac bench train --configs tiny --rounds 3 --no-inference
      """)

  @Option(help: "Configurations: names of bench/specs/NAME.yaml (or spec paths), comma-separated.")
  var configs = "tiny,tiny_t512,small,lm"
  @Option(help: "Peers, comma-separated (none: deltac alone).")
  var peers = "torch-eager,torch-compile,jax-scan,jax-chunked"
  @Option(help: "The bench folder (specs/ and peers/).") var benchDir = "bench"
  @Option(help: "Python with the peers' frameworks (default $DELTAC_PYTHON or .venv-peers/bin/python).")
  var python: String?
  @Option(help: "Untimed rounds first.") var warmup = 2
  @Option(help: "Timed rounds.") var rounds = 5
  @Option(help: "Threads of the FMA peak (the specs set deltac's; peers get the same).") var threads = 2
  @Flag(help: "Skip the inference measurements.") var noInference = false
  @Option(
    help: ArgumentHelp(
      "Seconds a peer may take to start, for a warm-up step (compilation) or a forward pass before it is dropped.",
      discussion: "A step after the warm-up may take 10x the peer's previous step (at least 120 s, at most this)."))
  var peerTimeout = 900.0
  @Option(help: "Write the JSON report here (default bench/results/train-DATE.json).") var json: String?
  @Option(help: "Print the table of an earlier run's JSON report (also a partial one) and exit.")
  var tableFrom: String?

  static let knownPeers = ["torch-eager", "torch-compile", "jax-scan", "jax-chunked"]

  func validate() throws {
    guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1, got \(rounds)") }
    guard warmup >= 0 else { throw ValidationError("--warmup must be at least 0, got \(warmup)") }
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
    guard peerTimeout > 0 else {
      throw ValidationError("--peer-timeout must be positive, got \(peerTimeout)")
    }
    for name in peerNames where !Self.knownPeers.contains(name) {
      throw ValidationError(
        "--peers: unknown peer '\(name)'; expected a comma-separated list of "
          + Self.knownPeers.joined(separator: ", ") + ", or none")
    }
    guard !configNames.isEmpty else { throw ValidationError("--configs: no configuration given") }
  }

  var configNames: [String] { configs.split(separator: ",").map(String.init) }

  func run() throws {
    if let tableFrom {
      let data: Data
      do { data = try Data(contentsOf: URL(fileURLWithPath: tableFrom)) } catch {
        throw ValidationError("--table-from: cannot read \(tableFrom): \(error.localizedDescription)")
      }
      do {
        let report = try JSONDecoder().decode(TrainBenchReport.self, from: data)
        print(report.markdown)
      } catch {
        throw ValidationError(
          "--table-from: \(tableFrom) is not a `deltac bench train` JSON report: \(error)")
      }
      return
    }
    let peak = try PeakKernel.measure(threads: threads, iterations: 50_000_000)
    let cpu = Self.cpuName()
    let loadStart = Self.loadAverage()
    progress(String(format: "fp32 FMA peak, %d threads (JIT'd FMA loop): %.1f GFLOP/s on %@", threads, peak, cpu))
    progress("load average (1, 5, 15 min): \(loadStart)")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("deltac-bench-\(getpid())").path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    var bench = TrainBench(warmup: warmup, rounds: rounds, peakGFlops: peak)
    bench.peerTimeout = peerTimeout
    let date = ISO8601DateFormatter().string(from: Date())
    let path = json ?? "\(benchDir)/results/train-\(date.prefix(10)).json"
    var report = TrainBenchReport(
      date: date, command: CommandLine.arguments.joined(separator: " "),
      deltacVersion: Self.version,
      machine: .init(
        cpu: cpu, cores: ProcessInfo.processInfo.activeProcessorCount, threads: threads,
        peakGFlops: peak, loadStart: loadStart, loadEnd: loadStart),
      warmup: warmup, rounds: rounds, results: [], inference: [], complete: false)
    for config in configNames {
      let isPath = config.hasSuffix(".yaml")
      let name = isPath ? URL(fileURLWithPath: config).deletingPathExtension().lastPathComponent : config
      let specPath = isPath ? config : "\(benchDir)/specs/\(config).yaml"
      let spec = try InteropCLI.loadSpec(specPath)
      let step = try DeltacTrainStep(spec: spec)
      BLAS.threads = step.programs.threads
      progress("\(name): \(step.parameterCount) parameters, batch \(step.batch) x \(step.length), load \(Self.loadAverage())")
      let started = try startPeers(name, step, work: work)
      let loss = try step.loss()
      let admitted = started.map { p in
        p.map { bench.admit($0, parameters: step.parameterCount, loss: loss) }
      }
      let list = zip(peerNames, admitted).map { name, peer in
        peer ?? .skipped(name: name, reason: missingPython)
      }
      for case .skipped(let peer, let reason) in list { progress("  \(peer): skipped: \(reason)") }
      let loadBefore = Self.loadAverage()
      var r = try bench.run(
        config: name, deltac: step, deltacVersion: Self.version, peers: list,
        progress: { progress("  " + $0) })
      (r.loadBefore, r.loadAfter) = (loadBefore, Self.loadAverage())
      report.results.append(r)
      if name == "tiny" && !noInference {
        let (rows, skipped) = inferenceRows(specPath: specPath, bench: bench, peers: list)
        report.inference += rows
        report.inferenceSkipped += skipped
      }
      TrainBench.quit(list)
      report.machine.loadEnd = Self.loadAverage()
      try write(report, to: path)
    }
    report.machine.loadEnd = Self.loadAverage()
    report.complete = true
    try write(report, to: path)
    print(report.markdown)
    progress("load average at the end: \(report.machine.loadEnd)")
    progress("wrote \(path)")
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
        switch measureChild(specPath: specPath, length: length, segment: segment, repeats: repeats) {
        case .success(let m):
          samples[k].append(m)
          progress(
            String(
              format: "  inference round %d/%d deltac %@: %.0f ms (CPU %.0f ms), peak RSS %.0f MB (setup %.0f MB)",
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
      ["bench", "inference", specPath, "--length", "\(length)", "--repeats", "\(repeats)", "--json"]
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
        .init(reason: "deltac bench inference exited with status \(process.terminationStatus): \(tail)"))
    }
    return .success(m)
  }

  var peerNames: [String] { peers == "none" ? [] : peers.split(separator: ",").map(String.init) }

  var pythonPath: String {
    python ?? ProcessInfo.processInfo.environment["DELTAC_PYTHON"] ?? ".venv-peers/bin/python"
  }

  var missingPython: String {
    "no Python at \(pythonPath) (scripts/install-peers.sh installs torch, jax and optax into .venv-peers)"
  }

  /// Writes the model folder, the batch and one job file per peer, and starts them all (they load in
  /// parallel); nil where there is no Python to start.
  func startPeers(_ config: String, _ step: DeltacTrainStep, work: String) throws -> [PeerProcess?] {
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

  func progress(_ line: String) { StandardError.write(line + "\n") }

  static let version = "0.1 (git \(gitRevision()))"

  static func gitRevision() -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    p.arguments = ["rev-parse", "--short", "HEAD"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return "?" }
    p.waitUntilExit()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func cpuName() -> String {
    let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
  }

  static func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
      .joined(separator: " ") ?? "?"
  }
}
