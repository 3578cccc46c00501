import Foundation

/// `deltac bench train` starts each timed step on an idle machine: before deltac's step and before
/// each peer's, it waits until none of the bench's processes (deltac's own, each peer's) uses CPU.
/// Without it the implementations run into each other: a framework's OpenMP threads keep spinning
/// for tens of milliseconds after its step returns (libgomp's default wait policy) and take a core
/// from the next implementation's step (deltac's tiny step read 71-87 ms in the rotation against
/// 47-53 ms alone), as deltac's own workers spin briefly after its step.
public enum QuietWait {
  /// CPU time of a process (user + system, /proc/PID/stat fields 14 and 15, in clock ticks); nil
  /// when it cannot be read (a process that has exited).
  public static func cpuTicks(_ pid: Int32) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return nil }
    // Fields after the command name (which may hold spaces) start at field 3 (state).
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
      return nil
    }
    return user + system
  }

  /// Polls every `interval` seconds until the summed CPU ticks of `pids` stay the same over one
  /// interval (a thread spinning on a core gains a tick every 10 ms), at most `limit` seconds.
  /// Returns the seconds waited.
  @discardableResult
  public static func wait(pids: [Int32], interval: Double = 0.03, limit: Double = 2) -> Double {
    let start = ContinuousClock.now
    func total() -> Int { pids.compactMap(cpuTicks).reduce(0, +) }
    var before = total()
    while (ContinuousClock.now - start).seconds < limit {
      usleep(UInt32(interval * 1e6))
      let now = total()
      if now == before { break }
      before = now
    }
    return (ContinuousClock.now - start).seconds
  }
}
