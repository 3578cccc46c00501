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
  @Option(help: "Seconds a peer may take for one reply (load, compile, step) before it is dropped.")
  var peerTimeout = 900.0
  @Option(help: "Write the JSON report here (default bench/results/train-DATE.json).") var json: String?

  func run() throws {
    let peak = try PeakKernel.measure(threads: threads, iterations: 50_000_000)
    let cpu = Self.cpuName()
    progress(String(format: "fp32 FMA peak, %d threads (JIT'd FMA loop): %.1f GFLOP/s on %@", threads, peak, cpu))
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("deltac-bench-\(getpid())").path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let loadStart = Self.loadAverage()
    let bench = TrainBench(warmup: warmup, rounds: rounds, peakGFlops: peak)
    var results: [TrainBenchResult] = []
    var inference: [InferenceResult] = []
    for config in configs.split(separator: ",").map(String.init) {
      let isPath = config.hasSuffix(".yaml")
      let name = isPath ? URL(fileURLWithPath: config).deletingPathExtension().lastPathComponent : config
      let spec = try InteropCLI.loadSpec(isPath ? config : "\(benchDir)/specs/\(config).yaml")
      let step = try DeltacTrainStep(spec: spec)
      BLAS.threads = step.programs.threads
      progress("\(name): \(step.parameterCount) parameters, batch \(step.batch) x \(step.length)")
      let started = try startPeers(name, step, work: work)
      let loss = try step.loss()
      let admitted = started.map { p in
        p.map { bench.admit($0, parameters: step.parameterCount, loss: loss) }
      }
      let list = zip(peerNames, admitted).map { name, peer in
        peer ?? .skipped(name: name, reason: missingPython)
      }
      for case .skipped(let peer, let reason) in list { progress("  \(peer): skipped: \(reason)") }
      let r = try bench.run(
        config: name, deltac: step, deltacVersion: Self.version, peers: list,
        progress: { progress("  " + $0) })
      results.append(r)
      if name == "tiny" && !noInference {
        inference += try measureInference(step)
        for length in [4096, 32768] {
          for (peer, version, ms) in bench.forward(list, length: length, progress: progress) {
            inference.append(
              InferenceResult(
                config: "tiny", mode: "forward T=\(length)", name: "\(peer) \(version)",
                tokens: length, milliseconds: ms, tokensPerSecond: Double(length) / (ms / 1e3),
                peakMemoryMB: nil))
            progress("  inference \(peer) forward T=\(length): \(String(format: "%.0f", ms)) ms")
          }
        }
      }
      TrainBench.quit(list)
    }
    let report = TrainBenchReport(
      date: ISO8601DateFormatter().string(from: Date()),
      command: CommandLine.arguments.joined(separator: " "), deltacVersion: Self.version,
      machine: .init(
        cpu: cpu, cores: ProcessInfo.processInfo.activeProcessorCount, threads: threads,
        peakGFlops: peak, loadStart: loadStart, loadEnd: Self.loadAverage()),
      warmup: warmup, rounds: rounds, results: results, inference: inference)
    let path = json ?? "\(benchDir)/results/train-\(report.date.prefix(10)).json"
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try report.json().write(to: url)
    print(report.markdown)
    progress("wrote \(path)")
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

  func measureInference(_ step: DeltacTrainStep) throws -> [InferenceResult] {
    var out: [InferenceResult] = []
    func add(_ mode: String, _ tokens: Int, _ r: (ms: Double, peakMB: Double?)) {
      out.append(
        InferenceResult(
          config: "tiny", mode: mode, name: "deltac", tokens: tokens, milliseconds: r.ms,
          tokensPerSecond: Double(tokens) / (r.ms / 1e3), peakMemoryMB: r.peakMB))
      progress("  inference \(mode): \(String(format: "%.0f", r.ms)) ms")
    }
    add("forward T=4096", 4096, try InferenceBench.forward(step, length: 4096, repeats: 3))
    add("segments of 4096 to T=32768", 32768, try InferenceBench.segmented(step, length: 32768, segment: 4096))
    add("segments of 64 to T=32768", 32768, try InferenceBench.segmented(step, length: 32768, segment: 64))
    return out
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
