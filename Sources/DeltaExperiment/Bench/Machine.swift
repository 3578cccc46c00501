import Foundation

/// The load average (1, 5 and 15 minutes) as `/proc/loadavg` writes it: every benchmark prints it next
/// to its figures.
public enum LoadAverage {
  public static func text() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
      .joined(separator: " ") ?? "?"
  }
}

/// What a benchmark report says about the machine and the build.
public enum MachineInfo {
  /// The CPU's model name from /proc/cpuinfo.
  public static func cpuName() -> String {
    let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
  }

  /// deltac's version and the git commit it was built from (`gitRevision`, which the GitRevision
  /// build plugin writes before every build): `deltac --version` and the bench JSON.
  public static let version = "0.1 (git \(gitRevision))"
}
