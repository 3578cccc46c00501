import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One line a peer writes (protocol: bench/peers/common.py).
public enum PeerReply: Equatable, Sendable {
  case ready(peer: String, version: String, parameters: Int, loss: Double, setupSeconds: Double)
  case skip(String)
  case error(String)
  /// A step or forward pass: milliseconds, and the loss for a step.
  case timed(milliseconds: Double, loss: Double?)

  /// Parses one JSON line; a line that is not one of the protocol's objects is an error naming it.
  public static func parse(_ line: String) -> PeerReply {
    guard let data = line.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return .error("not a JSON object: \(line.prefix(200))") }
    func number(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
    if let why = object["skip"] as? String { return .skip(why) }
    if let what = object["error"] as? String { return .error(what) }
    if object["ready"] as? Bool == true {
      guard let peer = object["peer"] as? String, let params = number("params"),
        let loss = number("loss")
      else { return .error("incomplete ready line: \(line.prefix(200))") }
      return .ready(
        peer: peer, version: object["version"] as? String ?? "?", parameters: Int(params),
        loss: loss, setupSeconds: number("setup_s") ?? 0)
    }
    if let ms = number("ms") { return .timed(milliseconds: ms, loss: number("loss")) }
    return .error("unexpected line: \(line.prefix(200))")
  }
}

public enum PeerProcessError: Error, CustomStringConvertible, Equatable {
  case cannotCreateLog(variant: String, path: String)

  public var description: String {
    switch self {
    case .cannotCreateLog(let variant, let path):
      return "\(variant): cannot create the peer's log file \(path) (is its folder writable?)"
    }
  }
}

/// A running peer: a Python process speaking the line protocol of bench/peers/common.py. Its stderr
/// goes to a log file, quoted in errors.
public final class PeerProcess {
  public let variant: String
  let process: Process
  let input: FileHandle
  let output: FileHandle
  let logPath: String
  var buffer = Data()

  /// Starts `python script job` in `directory`.
  public init(variant: String, python: String, script: String, job: String, logPath: String) throws
  {
    self.variant = variant
    self.logPath = logPath
    // A peer that dies closes its stdin: writing to it must be an error reply, not SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, job]
    process.currentDirectoryURL = URL(fileURLWithPath: script).deletingLastPathComponent()
    let stdin = Pipe()
    let stdout = Pipe()
    guard FileManager.default.createFile(atPath: logPath, contents: nil),
      let log = FileHandle(forWritingAtPath: logPath)
    else {
      throw PeerProcessError.cannotCreateLog(variant: variant, path: logPath)
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = log
    input = stdin.fileHandleForWriting
    output = stdout.fileHandleForReading
    try process.run()
  }

  /// The peer's process id (for `QuietWait`).
  public var pid: Int32 { process.processIdentifier }

  /// Seconds a reply may take before the peer is stopped (a compile that does not end).
  public var timeout: Double = 900

  /// The next reply, or an error with the log's tail when the process ended without one or did not
  /// answer within `timeout` (then it is terminated).
  public func read() -> PeerReply {
    let deadline = ContinuousClock.now + .seconds(timeout)
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...newline)
        return PeerReply.parse(line)
      }
      var fd = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
      let left = deadline - ContinuousClock.now
      if left <= .zero || poll(&fd, 1, Int32(min(left.components.seconds + 1, 60) * 1000)) == 0 {
        if ContinuousClock.now < deadline { continue }
        stop()
        return .error("no reply within \(Int(timeout)) s (stopped); \(logTail())")
      }
      let chunk = output.availableData
      if chunk.isEmpty {
        process.waitUntilExit()
        return .error("exited (status \(process.terminationStatus)) without a reply; \(logTail())")
      }
      buffer.append(chunk)
    }
  }

  /// Sends one command line and reads the reply.
  public func send(_ command: String) -> PeerReply {
    do {
      try input.write(contentsOf: Data((command + "\n").utf8))
    } catch {
      return .error("cannot write to the peer: \(error); \(logTail())")
    }
    return read()
  }

  /// Asks the peer to exit ("quit", stdin closed); stops it if it has not within `grace` seconds
  /// (a peer busy compiling does not read its stdin).
  public func quit(grace: Double = 10) {
    try? input.write(contentsOf: Data("quit\n".utf8))
    try? input.close()
    if !exited(within: grace) { stop() }
    process.waitUntilExit()
  }

  /// SIGTERM, then SIGKILL after 5 s (SIGTERM may be ignored: dispositions are inherited).
  func stop() {
    guard process.isRunning else { return }
    process.terminate()
    if !exited(within: 5) { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  func exited(within seconds: Double) -> Bool {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while process.isRunning {
      if ContinuousClock.now >= deadline { return false }
      usleep(20_000)
    }
    return true
  }

  /// The last lines the peer wrote on stderr.
  public func logTail(lines: Int = 6) -> String {
    let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    let tail = text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    return tail.isEmpty ? "no stderr output (\(logPath))" : "stderr (\(logPath)):\n\(tail)"
  }
}
