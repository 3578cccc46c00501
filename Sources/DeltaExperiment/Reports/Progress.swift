import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress line on stderr. On a terminal it is rewritten in place (`\r`, clear to end of line)
/// after every step; otherwise (a log file, CI) it is a plain line every `interval` steps and at the
/// last one, so logs stay short.
public final class ProgressLine: @unchecked Sendable {
  public let isTerminal: Bool
  let interval: Int
  let enabled: Bool
  private var open = false

  public init(totalSteps: Int, enabled: Bool = true, isTerminal: Bool = isatty(2) == 1) {
    self.isTerminal = isTerminal
    self.enabled = enabled
    interval = max(1, totalSteps / 20)
  }

  /// `step  120/400 | loss 0.4121 | acc 0.912 | seq 0.41 | lr 3.0e-03 | 41.2 ms | 8.1k tok/s | ETA 0:12`
  public static func format(
    step: Int, total: Int, loss: Double, tokenAccuracy: Double, sequenceAccuracy: Double,
    lr: Double,
    milliseconds: Double, tokensPerSecond: Double, eta: Double
  ) -> String {
    let width = String(total).count
    let s = String(step)
    let padded = String(repeating: " ", count: max(0, width - s.count)) + s
    return
      "step \(padded)/\(total) | loss \(fixed(loss, 4)) | acc \(fixed(tokenAccuracy, 3)) | seq "
      + "\(fixed(sequenceAccuracy, 3)) | lr \(String(format: "%.1e", lr)) | \(fixed(milliseconds, 1)) ms | "
      + "\(compact(tokensPerSecond)) tok/s | ETA \(clock(eta))"
  }

  /// Shows a step line (in place on a terminal).
  public func step(_ step: Int, total: Int, line: String) {
    guard enabled else { return }
    if isTerminal {
      write("\r" + line + "\u{1B}[K")
      open = true
    } else if step % interval == 0 || step == total {
      write(line + "\n")
    }
  }

  /// A line that stays (evaluation results, notes), below the in-place line.
  public func note(_ line: String) {
    guard enabled else { return }
    finish()
    write(line + "\n")
  }

  /// Ends the in-place line.
  public func finish() {
    if open { write("\n") }
    open = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

  /// 812, 8.1k, 1.2M.
  static func compact(_ x: Double) -> String {
    if x >= 1e6 { return String(format: "%.1fM", x / 1e6) }
    if x >= 1e3 { return String(format: "%.1fk", x / 1e3) }
    return String(format: "%.0f", x)
  }

  /// m:ss or h:mm:ss.
  static func clock(_ seconds: Double) -> String {
    let s = max(0, Int(seconds.rounded()))
    let (h, m, r) = (s / 3600, (s / 60) % 60, s % 60)
    let two = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
    return h > 0 ? "\(h):\(two(m)):\(two(r))" : "\(m):\(two(r))"
  }
}

extension ProgressLine {
  /// Runs estimated to train longer than this get a note with the estimate after their first steps.
  static let longRun = 300.0

  /// The note a long run prints once its second step is timed (the first builds the plan and
  /// compiles kernels): `this run will train for about 1:05:00 more (950 steps at 4.1 s per step,
  /// timed on step 2; evaluations come on top)`. nil for runs shorter than `longRun` seconds.
  static func estimate(stepSeconds: Double, remaining: Int, timedStep: Int) -> String? {
    let total = stepSeconds * Double(remaining)
    guard total >= longRun else { return nil }
    return "this run will train for about \(clock(total)) more (\(remaining) steps at "
      + String(format: "%.2f", stepSeconds) + " s per step, timed on step \(timedStep); "
      + "evaluations come on top)"
  }
}
