import DeltaRuntime
import Foundation

/// deltac's inference measurements (batch 1, the forward graph, initial parameters):
/// - `forward`: one pass over T tokens (the chunked kernels, activations for all T);
/// - `segmented`: T tokens in segments with the recurrent state and conv inputs carried between
///   them (memory independent of T; what `deltac eval --segment-length` does);
/// each with its tokens/s and the growth of the process's peak resident memory while it ran.
public enum InferenceBench {
  public static func forward(_ step: DeltacTrainStep, length: Int, repeats: Int) throws
    -> (ms: Double, peakMB: Double?)
  {
    let ids = (0..<length).map { Int32($0 % step.spec.vocabSize) }
    let feed = ModelPrograms.feed(ids, ids, batch: 1, length: length)
    let params = step.parameterTensors
    _ = try step.programs.forward.run(parameters: params, inputs: feed)  // warm-up
    let before = Memory.resetPeak()
    var times: [Double] = []
    for _ in 0..<repeats {
      let start = ContinuousClock.now
      _ = try step.programs.forward.run(parameters: params, inputs: feed)
      times.append((ContinuousClock.now - start).seconds * 1e3)
    }
    return (TrainBench.median(times), Memory.peakGrowthMB(since: before))
  }

  public static func segmented(_ step: DeltacTrainStep, length: Int, segment: Int) throws
    -> (ms: Double, peakMB: Double?)
  {
    let params = step.parameterTensors
    let ids = (0..<segment).map { Int32($0 % step.spec.vocabSize) }
    let feed = ModelPrograms.feed(ids, ids, batch: 1, length: segment)
    var warm = RecurrentCarry()
    _ = try step.programs.forward.run(parameters: params, inputs: feed, carry: &warm)
    let before = Memory.resetPeak()
    var carry = RecurrentCarry()
    let start = ContinuousClock.now
    var done = 0
    while done < length {
      let n = min(segment, length - done)
      let f = n == segment ? feed : ModelPrograms.feed(
        Array(ids[0..<n]), Array(ids[0..<n]), batch: 1, length: n)
      _ = try step.programs.forward.run(parameters: params, inputs: f, carry: &carry)
      done += n
    }
    return ((ContinuousClock.now - start).seconds * 1e3, Memory.peakGrowthMB(since: before))
  }
}

/// The process's peak resident memory (Linux /proc/self/status VmHWM, reset through clear_refs).
enum Memory {
  /// Resets the peak to the current resident size; returns that size in kB (nil off Linux).
  static func resetPeak() -> Double? {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    return field("VmRSS")
  }

  static func peakGrowthMB(since base: Double?) -> Double? {
    guard let base, let peak = field("VmHWM") else { return nil }
    return max(0, peak - base) / 1024
  }

  static func field(_ name: String) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
      return Double(line.split(separator: " ").dropFirst().first ?? "")
    }
    return nil
  }
}
