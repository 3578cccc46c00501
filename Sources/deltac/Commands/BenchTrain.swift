import ArgumentParser
import DeltaExperiment
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
      Each turn starts on idle cores: deltac waits until no bench process
      (its own, a peer's) uses CPU (a framework's OpenMP threads spin on
      after its step and would slow the next one); each round's line says
      how long that took (--no-quiet-wait: no waiting). In a turn an
      implementation takes --steps-per-turn steps in a row and the last is
      timed: the ones before bring its data back into the caches that the
      others' turns evicted, as in a training run.

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
  @Option(
    help: "Python with the peers' frameworks (default $DELTAC_PYTHON or .venv-peers/bin/python).")
  var python: String?
  @Option(help: "Untimed rounds first.") var warmup = 2
  @Option(help: "Timed rounds.") var rounds = 5
  @Option(help: "Threads of the FMA peak (the specs set deltac's; peers get the same).")
  var threads = 2
  @Flag(help: "Skip the inference measurements.") var noInference = false
  @Flag(help: "Start each timed step at once, without waiting for the bench's processes to idle.")
  var noQuietWait = false
  @Option(help: "Steps in a row per implementation and round; the last one is timed.")
  var stepsPerTurn = 2
  @Option(
    help: ArgumentHelp(
      "Seconds a peer may take to start, for a warm-up step (compilation) or a forward pass before it is dropped.",
      discussion:
        "A step after the warm-up may take 10x the peer's previous step (at least 120 s, at most this)."
    ))
  var peerTimeout = 900.0
  @Option(help: "Write the JSON report here (default bench/results/train-DATE.json).") var json:
    String?
  @Option(help: "Print the table of an earlier run's JSON report (also a partial one) and exit.")
  var tableFrom: String?

  func validate() throws {
    try expect(rounds >= 1, "--rounds must be at least 1, got \(rounds)")
    try expect(stepsPerTurn >= 1, "--steps-per-turn must be at least 1, got \(stepsPerTurn)")
    try expect(warmup >= 0, "--warmup must be at least 0, got \(warmup)")
    try expect(threads >= 1, "--threads must be at least 1, got \(threads)")
    try expect(peerTimeout > 0, "--peer-timeout must be positive, got \(peerTimeout)")
    let known = TrainBenchRun.knownPeers
    for name in peerNames {
      try expect(
        known.contains(name),
        "--peers: unknown peer '\(name)'; expected a comma-separated list of "
          + known.joined(separator: ", ") + ", or none")
    }
    try expect(!configNames.isEmpty, "--configs: no configuration given")
  }

  var configNames: [String] { configs.split(separator: ",").map(String.init) }

  func run() throws {
    if let tableFrom {
      switch TrainBenchRun.table(fromFile: tableFrom) {
      case .success(let table): print(table)
      case .failure(let error): throw ValidationError("--table-from: \(error.message)")
      }
      return
    }
    var bench = TrainBenchRun(
      configNames: configNames, peerNames: peerNames, pythonPath: python ?? TrainBenchRun.python)
    (bench.benchDir, bench.warmup, bench.rounds) = (benchDir, warmup, rounds)
    (bench.threads, bench.inference, bench.peerTimeout, bench.json) = (
      threads, !noInference, peerTimeout, json
    )
    (bench.quietWait, bench.stepsPerTurn) = (!noQuietWait, stepsPerTurn)
    bench.progress = Output.progress
    print(try bench.run(loadSpec: CLISpec.load).markdown)
  }

  var peerNames: [String] { peers == "none" ? [] : peers.split(separator: ",").map(String.init) }
}
