import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17: the memory estimate that run and eval check against, tested against the peak resident
/// memory of the real commands on the bench spec `tiny` (a subprocess of the built binary, its own
/// rusage from wait4).
@Suite(.serialized) struct MemoryEstimateCommands {
  static let spec = DeltacBinary.repoRoot + "/bench/specs/tiny.yaml"

  /// Exit status and peak RSS (bytes) of `deltac args`, output discarded.
  static func peakRSS(_ args: [String]) throws -> (status: Int32, bytes: Int) {
    let binary = try #require(DeltacBinary.path, "deltac is not built next to the tests")
    // The child reports its own VmHWM (PeakRSSReport): wait4's ru_maxrss would be this test
    // process's peak whenever that is larger, since a spawned child inherits it at exec.
    let report = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-peak-rss-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: report) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + args).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.merging(
      ["DELTAC_PEAK_RSS_FILE": report]
    ) { $1 }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, envp)
    try #require(spawned == 0, "posix_spawn failed: \(spawned)")
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let text = try String(contentsOfFile: report, encoding: .utf8)
    let bytes = try #require(Int(text), "\(report): '\(text)' is no byte count")
    return ((status >> 8) & 0xff, bytes)
  }

  /// `1.10 GB` -> bytes.
  static func bytes(_ number: Substring, _ unit: Substring) -> Int? {
    guard let x = Double(number) else { return nil }
    let scale: Double = unit == "TB" ? 1e12 : unit == "GB" ? 1e9 : 1e6
    return Int(x * scale)
  }

  /// The estimate `--max-memory 1` prints: the total and each part by name.
  static func estimate(_ args: [String]) throws -> (total: Int, parts: [String: Int]) {
    let r = try DeltacBinary.run(args + ["--max-memory", "1"])
    #expect(r.status == 1)
    let total = try #require(r.stderr.firstMatch(of: /needs about ([0-9.]+) (MB|GB|TB) of memory/))
    var parts: [String: Int] = [:]
    for m in r.stderr.matches(of: /\n  ([a-zA-Z +]+?) +([0-9.]+) (MB|GB|TB)  \(/) {
      parts[String(m.output.1)] = bytes(m.output.2, m.output.3)
    }
    return (try #require(bytes(total.output.1, total.output.2)), parts)
  }

  /// Training (run, stopped after 3 steps: no evaluation) and evaluation (eval of a checkpoint):
  /// the estimate is within 25% of the measured peak RSS.
  @Test func estimateIsWithin25PercentOfMeasuredPeakRSS() throws {
    let s = try InteropScratch()
    let run = try Self.estimate(["run", Self.spec, "--out", s.path("x")])
    let training = run.total - (run.parts["evaluation activations"] ?? 0)
    #expect(run.parts["training activations"] != nil && run.parts["evaluation activations"] != nil)
    let trained = try Self.peakRSS([
      "run", Self.spec, "--out", s.path("t"), "--quiet", "--stop-after", "3",
    ])
    #expect(trained.status == 0)
    let trainError = abs(Double(training - trained.bytes)) / Double(trained.bytes)
    print(
      "memory estimate, run tiny (3 steps): estimated \(training / 1_000_000) MB, measured peak RSS \(trained.bytes / 1_000_000) MB (\(Int(trainError * 100))%)"
    )
    #expect(trainError <= 0.25)

    try s.ok(["init", Self.spec, "--out", s.path("init.safetensors")])
    let evalArgs = [
      "eval", Self.spec, "--checkpoint", s.path("init.safetensors"), "--batch-size", "64",
      "--samples", "64", "--out", s.path("e"),
    ]
    let evaluation = try Self.estimate(evalArgs)
    #expect(evaluation.parts["training activations"] == nil)
    let evaluated = try Self.peakRSS(evalArgs + ["--quiet"])
    #expect(evaluated.status == 0)
    let evalError = abs(Double(evaluation.total - evaluated.bytes)) / Double(evaluated.bytes)
    print(
      "memory estimate, eval tiny (B 64, T 128): estimated \(evaluation.total / 1_000_000) MB, measured peak RSS \(evaluated.bytes / 1_000_000) MB (\(Int(evalError * 100))%)"
    )
    #expect(evalError <= 0.25)
  }
}
