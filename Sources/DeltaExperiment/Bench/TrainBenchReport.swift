import Foundation

/// What `deltac bench train` writes: a Markdown table (stdout, and the README's Performance section)
/// and a JSON file with every step time and the machine.
public struct TrainBenchReport: Codable, Sendable {
  public struct Machine: Codable, Sendable {
    public var cpu: String
    public var cores: Int
    public var threads: Int
    /// fp32 FMA peak on `threads` threads, GFLOP/s (JIT'd FMA loop, `PeakKernel.measure(threads:)`).
    public var peakGFlops: Double
    /// /proc/loadavg at the start and the end (the machine may be shared).
    public var loadStart: String
    public var loadEnd: String
    public init(
      cpu: String, cores: Int, threads: Int, peakGFlops: Double, loadStart: String, loadEnd: String
    ) {
      (self.cpu, self.cores, self.threads, self.peakGFlops) = (cpu, cores, threads, peakGFlops)
      (self.loadStart, self.loadEnd) = (loadStart, loadEnd)
    }
  }
  public var date: String
  public var command: String
  public var deltacVersion: String
  public var machine: Machine
  public var warmup: Int
  public var rounds: Int
  /// Steps per implementation and round, the last timed, and whether each turn waited for idle
  /// cores (`TrainBench`); nil in reports written before both existed (one step, no wait).
  public var stepsPerTurn: Int?
  public var quietWait: Bool?
  public var results: [TrainBenchResult]
  public var inference: [InferenceResult]
  /// Inference rows not measured, with the reason (a peer that failed or does not run that mode).
  public var inferenceSkipped: [TrainBenchResult.Skipped]
  /// False while the run is in progress (the file is rewritten after each configuration).
  public var complete: Bool

  public init(
    date: String, command: String, deltacVersion: String, machine: Machine, warmup: Int,
    rounds: Int, results: [TrainBenchResult], inference: [InferenceResult],
    inferenceSkipped: [TrainBenchResult.Skipped] = [], complete: Bool = true
  ) {
    (self.date, self.command, self.deltacVersion, self.machine) = (
      date, command, deltacVersion, machine
    )
    (self.warmup, self.rounds, self.results, self.inference) = (warmup, rounds, results, inference)
    (self.inferenceSkipped, self.complete) = (inferenceSkipped, complete)
  }

  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(self)
  }

  /// The training table: per configuration, deltac's row (with MFU and the FLOP floor) and one row
  /// per peer with its ratio to deltac; then the skipped peers and their reasons.
  public var markdown: String {
    var lines = [
      "| config | B x T | params | implementation | step (median) | tokens/s | peer / deltac | MFU |",
      "|---|---|---|---|---|---|---|---|",
    ]
    for r in results {
      let shape = "\(r.batch) x \(r.length)"
      lines.append(
        "| \(r.config) | \(shape) | \(Self.count(r.parameters)) | deltac | \(Self.ms(r.deltac.medianMs)) | "
          + "\(Self.count(Int(r.deltac.tokensPerSecond))) | 1 | "
          + String(format: "%.1f%% (floor %@)", 100 * r.mfu, Self.ms(r.floorMs) as NSString) + " |")
      for p in r.peers {
        lines.append(
          "| | | | \(p.name) \(p.version) | \(Self.ms(p.medianMs)) | "
            + "\(Self.count(Int(p.tokensPerSecond))) | "
            + String(format: "%.2f", p.speedupOfDeltac) + " | |")
      }
      for s in r.skipped {
        lines.append("| | | | \(s.name): skipped | \(s.reason) | | | |")
      }
    }
    if !inference.isEmpty || !inferenceSkipped.isEmpty {
      lines += [
        "",
        "| inference | implementation | tokens | time | tokens/s | CPU µs/token | peak RSS | over setup |",
        "|---|---|---|---|---|---|---|---|",
      ]
      let mb = { (x: Double?) in x.map { String(format: "%.0f MB", $0) } ?? "-" }
      for i in inference {
        let growth = i.peakMemoryMB.flatMap { p in i.setupMemoryMB.map { max(0, p - $0) } }
        lines.append(
          "| \(i.config) \(i.mode) | \(i.name) | \(i.tokens) | \(Self.ms(i.milliseconds)) | "
            + "\(Self.count(Int(i.tokensPerSecond))) | "
            + "\(i.cpuMicrosecondsPerToken.map { String(format: "%.1f", $0) } ?? "-") | "
            + "\(mb(i.peakMemoryMB)) | \(mb(growth)) |")
      }
      for s in inferenceSkipped {
        lines.append("| \(s.name): skipped | \(s.reason) | | | | | | |")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func ms(_ x: Double) -> String {
    x >= 1000 ? String(format: "%.2f s", x / 1000) : String(format: "%.1f ms", x)
  }

  /// 12345 -> "12.3k", 1234567 -> "1.23M".
  static func count(_ n: Int) -> String {
    if n >= 1_000_000 { return String(format: "%.2fM", Double(n) / 1e6) }
    if n >= 10_000 { return String(format: "%.1fk", Double(n) / 1e3) }
    return "\(n)"
  }
}

/// One inference measurement: a forward pass over `tokens` tokens (batch 1).
public struct InferenceResult: Codable, Sendable {
  public var config: String
  /// "forward T=4096" or "segments of 512 to T=32768" (recurrent state carried between segments).
  public var mode: String
  public var name: String
  public var tokens: Int
  public var milliseconds: Double
  public var tokensPerSecond: Double
  /// Peak resident memory of the process that ran the measurement, over the passes only (deltac: a
  /// fresh `deltac bench inference` process, VmHWM reset after compiling); nil when not measured.
  public var peakMemoryMB: Double?
  /// Resident memory of that process after setup (compiled, parameters loaded), before the passes.
  public var setupMemoryMB: Double?
  /// Floats carried from one segment to the next (segmented modes).
  public var carriedFloats: Int?
  /// Every sample's time (deltac: one per round, each in a fresh process), when more than one.
  public var samplesMs: [Double]?
  /// CPU time per token (all threads, user + system; median of the samples) in microseconds: the
  /// per-token cost without the other processes of a shared machine (deltac's rows).
  public var cpuMicrosecondsPerToken: Double?

  public init(
    config: String, mode: String, name: String, tokens: Int, milliseconds: Double,
    tokensPerSecond: Double, peakMemoryMB: Double?, setupMemoryMB: Double? = nil,
    carriedFloats: Int? = nil, samplesMs: [Double]? = nil, cpuMicrosecondsPerToken: Double? = nil
  ) {
    (self.config, self.mode, self.name, self.tokens) = (config, mode, name, tokens)
    (self.milliseconds, self.tokensPerSecond, self.peakMemoryMB) = (
      milliseconds, tokensPerSecond, peakMemoryMB
    )
    (self.setupMemoryMB, self.carriedFloats, self.samplesMs) = (
      setupMemoryMB, carriedFloats, samplesMs
    )
    self.cpuMicrosecondsPerToken = cpuMicrosecondsPerToken
  }
}
