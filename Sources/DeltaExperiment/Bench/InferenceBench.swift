import DeltaRuntime
import DeltaSpec
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// deltac's inference measurements (batch 1, the forward graph, the seeded initial parameters), each
/// meant to run alone in a fresh process (`deltac bench inference`), so that the process's peak
/// resident memory is that of this measurement and nothing else:
/// - one pass over T tokens (`segment == nil`: the chunked kernels, activations for all T);
/// - T tokens in segments of S with the recurrent state and the conv inputs carried from one segment
///   to the next (what `deltac eval --segment-length` does): the memory of one segment, whatever T.
public struct InferenceBench {
  public struct Measurement: Codable, Sendable, Equatable {
    /// "forward T=4096" or "segments of 64 to T=32768".
    public var mode: String
    public var tokens: Int
    /// Median over the timed repeats (milliseconds for all `tokens`).
    public var milliseconds: Double
    /// CPU time (user + system, all threads) of the timed repeats, per repeat: unlike the wall clock,
    /// it does not count other processes' time slices on a shared machine.
    public var cpuMilliseconds: Double?
    /// Resident memory after compiling and loading the parameters, before the first pass (MB).
    public var setupRSSMB: Double?
    /// The peak resident memory of the warm-up and the timed runs (MB): VmHWM, reset to the resident
    /// size after setup (so the JIT's compile-time memory is not in it), or getrusage's max RSS of
    /// the whole process where the reset is not possible (`peakSinceSetup` false).
    public var peakRSSMB: Double?
    public var peakSinceSetup: Bool
    /// Floats the segmented form carries between segments (states and conv tails); nil for one pass.
    public var carriedFloats: Int?

    public init(
      mode: String, tokens: Int, milliseconds: Double, cpuMilliseconds: Double?,
      setupRSSMB: Double?,
      peakRSSMB: Double?, peakSinceSetup: Bool, carriedFloats: Int?
    ) {
      (self.mode, self.tokens, self.milliseconds) = (mode, tokens, milliseconds)
      self.cpuMilliseconds = cpuMilliseconds
      (self.setupRSSMB, self.peakRSSMB, self.peakSinceSetup) = (
        setupRSSMB, peakRSSMB, peakSinceSetup
      )
      self.carriedFloats = carriedFloats
    }
  }

  public let programs: ModelPrograms
  let parameters: [String: Tensor<Float>]

  /// Compiles the spec's forward graph only (no training graph: it would add to the memory).
  public init(spec: Spec) throws {
    programs = try ModelPrograms(spec: spec, training: false)
    parameters = programs.tensors(programs.initialParameters())
  }

  public static func mode(length: Int, segment: Int?) -> String {
    segment.map { "segments of \($0) to T=\(length)" } ?? "forward T=\(length)"
  }

  /// One warm-up (one pass, or one segment), then `repeats` timed runs of all `length` tokens.
  public func measure(length: Int, segment: Int?, repeats: Int) throws -> Measurement {
    let setup = Memory.residentMB()
    let reset = Memory.resetPeak()
    let ids = (0..<(segment ?? length)).map { Int32($0 % programs.spec.vocabSize) }
    let feed = ModelPrograms.feed(ids, ids, batch: 1, length: ids.count)
    var carried: Int?
    var times: [Double] = []
    var cpu = 0.0
    if let segment {
      var warm = RecurrentCarry()
      _ = try programs.forward.run(parameters: parameters, inputs: feed, carry: &warm)
      for _ in 0..<repeats {
        var carry = RecurrentCarry()
        let cpuStart = Memory.cpuSeconds()
        let start = ContinuousClock.now
        var done = 0
        while done < length {
          let n = min(segment, length - done)
          let f =
            n == segment
            ? feed
            : ModelPrograms.feed(Array(ids[0..<n]), Array(ids[0..<n]), batch: 1, length: n)
          _ = try programs.forward.run(parameters: parameters, inputs: f, carry: &carry)
          done += n
        }
        times.append((ContinuousClock.now - start).seconds * 1e3)
        cpu += Memory.cpuSeconds() - cpuStart
        carried = carry.floatCount
      }
    } else {
      _ = try programs.forward.run(parameters: parameters, inputs: feed)
      for _ in 0..<repeats {
        let cpuStart = Memory.cpuSeconds()
        let start = ContinuousClock.now
        _ = try programs.forward.run(parameters: parameters, inputs: feed)
        times.append((ContinuousClock.now - start).seconds * 1e3)
        cpu += Memory.cpuSeconds() - cpuStart
      }
    }
    return Measurement(
      mode: Self.mode(length: length, segment: segment), tokens: length,
      milliseconds: TrainBench.median(times), cpuMilliseconds: cpu * 1e3 / Double(repeats),
      setupRSSMB: setup,
      peakRSSMB: reset ? Memory.field("VmHWM") : Memory.lifetimePeakMB(), peakSinceSetup: reset,
      carriedFloats: carried)
  }
}

/// The process's resident memory (Linux).
enum Memory {
  /// Resets VmHWM to the current resident size (/proc/self/clear_refs, "5"); false where that is
  /// not possible (not Linux, or not allowed).
  static func resetPeak() -> Bool {
    guard
      (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil,
      let peak = field("VmHWM"), let now = field("VmRSS")
    else { return false }
    return peak <= now + 1
  }

  /// getrusage's max RSS of this process's whole life, in MB (Linux reports kB).
  static func lifetimePeakMB() -> Double? {
    var usage = rusage()
    guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0, usage.ru_maxrss > 0 else {
      return nil
    }
    return Double(usage.ru_maxrss) / 1024
  }

  static func residentMB() -> Double? { field("VmRSS") }

  /// User + system CPU seconds of this process (all threads).
  static func cpuSeconds() -> Double {
    var usage = rusage()
    guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(usage.ru_utime) + s(usage.ru_stime)
  }

  /// A kB field of /proc/self/status ("VmRSS", "VmHWM") in MB; nil where there is none.
  static func field(_ name: String) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
      return line.split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { $0 / 1024 }
    }
    return nil
  }
}

extension InferenceBench.Measurement {
  /// One line: mode, time, tokens/s, peak and set-up RSS (`deltac bench inference`).
  public var line: String {
    let mb = { (x: Double?) in x.map { String(format: "%.0f MB", $0) } ?? "?" }
    return String(
      format: "%@: %.1f ms, %.0f tokens/s, peak RSS %@ (setup %@)", mode as NSString,
      milliseconds, Double(tokens) / (milliseconds / 1e3),
      mb(peakRSSMB) as NSString, mb(setupRSSMB) as NSString)
  }

  /// One JSON object with sorted keys (`--json`; `deltac bench train` reads it back).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
