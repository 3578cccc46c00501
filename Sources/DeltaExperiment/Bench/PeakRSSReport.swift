import Foundation

/// `DELTAC_PEAK_RSS_FILE=PATH deltac ...`: at exit, deltac writes its peak resident size (VmHWM, in
/// bytes) to PATH. Tests measure a child deltac's memory with it: a child spawned by a large process
/// (posix_spawn is a vfork) inherits that process's getrusage maximum when it execs, so wait4's
/// ru_maxrss reports the parent's peak whenever it is the larger; VmHWM belongs to the child's own
/// memory.
public enum PeakRSSReport {
  static let variable = "DELTAC_PEAK_RSS_FILE"

  /// Arranges the report when the variable is set (call once, first thing in main).
  public static func install() {
    guard ProcessInfo.processInfo.environment[variable] != nil else { return }
    atexit {
      guard let path = ProcessInfo.processInfo.environment[PeakRSSReport.variable],
        let megabytes = Memory.field("VmHWM")
      else { return }
      try? String(Int(megabytes * 1024 * 1024)).write(
        toFile: path, atomically: false, encoding: .utf8)
    }
  }
}
