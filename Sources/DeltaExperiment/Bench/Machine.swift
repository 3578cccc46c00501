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

  /// deltac's version and the git revision of the working directory.
  public static let version = "0.1 (git \(gitRevision()))"

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
}
