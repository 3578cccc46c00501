import Foundation

/// The measured numbers of one configuration: deltac and each peer, side by side.
public struct TrainBenchResult: Codable, Sendable {
  public struct Entry: Codable, Sendable {
    public var name: String
    public var version: String
    /// Step times (ms) after warm-up, in the order taken.
    public var stepsMs: [Double]
    public var medianMs: Double
    public var tokensPerSecond: Double
    /// Peer median / deltac median (> 1: deltac is faster).
    public var speedupOfDeltac: Double
    /// Loss at the initial parameters on the bench batch.
    public var initialLoss: Double
    /// The first step (compilation, caches), excluded from the median.
    public var firstStepMs: Double
    public var setupSeconds: Double
  }
  public struct Skipped: Codable, Sendable {
    public var name: String
    public var reason: String
    public init(name: String, reason: String) { (self.name, self.reason) = (name, reason) }
  }
  public var config: String
  public var batch: Int
  public var length: Int
  public var parameters: Int
  /// Model FLOPs of one step (`ModelFlops.trainingStep`).
  public var flops: Double
  public var deltac: Entry
  public var peers: [Entry]
  public var skipped: [Skipped]
  /// deltac's model FLOPs per second over the machine's FMA peak.
  public var mfu: Double
  /// Step time at 100% MFU.
  public var floorMs: Double
  /// /proc/loadavg (1, 5, 15 min) before and after this configuration, when recorded.
  public var loadBefore: String?
  public var loadAfter: String?
}

/// `deltac bench train`'s loop for one configuration: deltac and the peers take steps in turn
/// (deltac, peer 1, peer 2, ..., deltac, ...), so load drift on a shared machine hits all alike.
/// The first `warmup` rounds are not timed into the median.
public struct TrainBench {
  public var warmup: Int
  public var rounds: Int
  /// The machine's fp32 FMA peak in GFLOP/s on the thread count used.
  public var peakGFlops: Double
  /// Relative tolerance of the initial-loss check (same weights, same batch: fp32 round-off only).
  public var lossTolerance = 1e-4
  /// Seconds a peer may take for its ready line (imports, loading, the initial loss), for a warm-up
  /// step (compilation: torch.compile, XLA) and for a forward pass (a new shape compiles again).
  public var peerTimeout = 900.0
  /// Whether each timed step waits for every bench process to be idle first (`QuietWait`).
  public var quietWait = true
  /// Steps each implementation takes in a row per round, the last one timed: the ones before it
  /// bring its data back into the caches the others' steps evicted (the 260 MB L3 of the bench
  /// machine holds a whole tiny or small step), as in a training run, where steps follow each other.
  public var stepsPerTurn = 2

  /// Seconds a step after the warm-up may take: ten times the peer's previous step, at least 120 s,
  /// at most `peerTimeout` (a peer that stalls after compiling is dropped in minutes).
  public func stepTimeout(previousMs: Double?) -> Double {
    guard let previous = previousMs else { return peerTimeout }
    return min(peerTimeout, max(120, 10 * previous / 1e3))
  }

  public init(warmup: Int, rounds: Int, peakGFlops: Double) {
    self.warmup = warmup
    self.rounds = rounds
    self.peakGFlops = peakGFlops
  }

  /// A started peer with its ready line, or the reason it is not there.
  public enum Peer {
    case ready(PeerProcess, version: String, parameters: Int, loss: Double, setup: Double)
    case skipped(name: String, reason: String)
  }

  /// Waits for a started peer's ready line and checks it is the same model (parameter count, initial
  /// loss); a mismatch or failure stops the peer and becomes a skip with the reason.
  public func admit(_ p: PeerProcess, parameters: Int, loss: Double) -> Peer {
    p.timeout = peerTimeout
    switch p.read() {
    case .ready(_, let version, let count, let peerLoss, let setup):
      if count != parameters {
        p.quit()
        return .skipped(
          name: p.variant,
          reason: "not the same model: \(count) parameters, deltac has \(parameters)")
      }
      if abs(peerLoss - loss) > lossTolerance * abs(loss) {
        p.quit()
        return .skipped(
          name: p.variant,
          reason: "initial loss \(peerLoss) differs from deltac's \(loss) on the same weights")
      }
      return .ready(p, version: version, parameters: count, loss: peerLoss, setup: setup)
    case .skip(let why):
      p.quit()
      return .skipped(name: p.variant, reason: why)
    case .error(let what):
      p.quit()
      return .skipped(name: p.variant, reason: "failed: \(what)")
    case .timed:
      p.quit()
      return .skipped(name: p.variant, reason: "failed: a timing line before the ready line")
    }
  }

  /// The interleaved rounds. `progress` gets one line per round. The peers stay running (for
  /// `forward`); the caller ends them with `quit`.
  public func run(
    config: String, deltac: DeltacTrainStep, deltacVersion: String, peers: [Peer],
    progress: (String) -> Void
  ) throws -> TrainBenchResult {
    let initialLoss = try deltac.loss()
    var deltacTimes: [Double] = []
    var peerTimes = [[Double]](repeating: [], count: peers.count)
    var skipped: [TrainBenchResult.Skipped] = []
    var alive = peers.map { if case .ready = $0 { return true } else { return false } }
    for (i, p) in peers.enumerated() {
      if case .skipped(let name, let reason) = p {
        skipped.append(.init(name: name, reason: reason))
        alive[i] = false
      }
    }
    func quiet() -> Double {
      guard quietWait else { return 0 }
      let pids = peers.enumerated().compactMap { i, p -> Int32? in
        guard alive[i], case .ready(let process, _, _, _, _) = p else { return nil }
        return process.pid
      }
      return QuietWait.wait(pids: [getpid()] + pids)
    }
    // Untimed steps before the timed one in each turn (a stepsPerTurn below 1 counts as 1).
    let untimed = max(1, stepsPerTurn) - 1
    for round in 0..<(warmup + rounds) {
      var line = "round \(round + 1)/\(warmup + rounds)\(round < warmup ? " (warm-up)" : ""):"
      var waited = quiet()
      for _ in 0..<untimed { try deltac.step() }
      deltacTimes.append(try deltac.step().seconds * 1e3)
      line += String(format: " deltac %.0f ms", deltacTimes.last!)
      for (i, p) in peers.enumerated() where alive[i] {
        guard case .ready(let process, _, _, _, _) = p else { continue }
        waited += quiet()
        process.timeout =
          round == 0 || round < warmup ? peerTimeout : stepTimeout(previousMs: peerTimes[i].last)
        var reply = process.send("step")
        for _ in 0..<untimed {
          guard case .timed = reply else { break }
          reply = process.send("step")
        }
        switch reply {
        case .timed(let ms, _):
          peerTimes[i].append(ms)
          line += String(format: ", %@ %.0f ms", process.variant as NSString, ms)
        case let other:
          process.quit()
          alive[i] = false
          skipped.append(.init(name: process.variant, reason: "failed during the run: \(other)"))
        }
      }
      progress(
        line + (quietWait ? String(format: " (%.0f ms waiting for idle cores)", waited * 1e3) : ""))
    }
    let d = entry(
      name: "deltac", version: deltacVersion, times: deltacTimes, tokens: deltac.tokens,
      reference: nil, loss: initialLoss, setup: 0)
    var entries: [TrainBenchResult.Entry] = []
    for (i, p) in peers.enumerated() where alive[i] {
      guard case .ready(let process, let version, _, let loss, let setup) = p else { continue }
      entries.append(
        entry(
          name: process.variant, version: version, times: peerTimes[i], tokens: deltac.tokens,
          reference: d.medianMs, loss: loss, setup: setup))
    }
    let flops = deltac.flops
    return TrainBenchResult(
      config: config, batch: deltac.batch, length: deltac.length,
      parameters: deltac.parameterCount, flops: flops, deltac: d, peers: entries,
      skipped: skipped, mfu: flops / (d.medianMs / 1e3) / (peakGFlops * 1e9),
      floorMs: flops / (peakGFlops * 1e9) * 1e3)
  }

  /// A peer's forward pass over `length` tokens (batch 1), timed after one untimed pass (which
  /// compiles for the new shape): milliseconds, or why there is none.
  public func forward(_ process: PeerProcess, length: Int) -> Result<Double, PeerFailure> {
    process.timeout = peerTimeout
    for attempt in 0..<2 {
      switch process.send("forward \(length)") {
      case .timed(let ms, _): if attempt == 1 { return .success(ms) }
      case .error(let what): return .failure(PeerFailure(reason: what))
      case let other: return .failure(PeerFailure(reason: "unexpected reply \(other)"))
      }
    }
    return .failure(PeerFailure(reason: "no reply"))
  }

  public struct PeerFailure: Error, Sendable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
  }

  public static func quit(_ peers: [Peer]) {
    for case .ready(let process, _, _, _, _) in peers { process.quit() }
  }

  func entry(
    name: String, version: String, times: [Double], tokens: Int, reference: Double?,
    loss: Double, setup: Double
  ) -> TrainBenchResult.Entry {
    let timed = Array(times.dropFirst(warmup))
    let median = Self.median(timed)
    return .init(
      name: name, version: version, stepsMs: timed, medianMs: median,
      tokensPerSecond: Double(tokens) / (median / 1e3),
      speedupOfDeltac: reference.map { median / $0 } ?? 1, initialLoss: loss,
      firstStepMs: times.first ?? .nan, setupSeconds: setup)
  }

  /// The median (mean of the middle two for an even count); NaN for none.
  public static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
}
