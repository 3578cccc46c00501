import Foundation
import Testing

/// `deltac profile --trace FILE` writes the timeline (its contents: ChromeTraceTests).
@Suite struct ProfileTraceCommand {
  @Test func traceIsWrittenAndNamed() throws {
    let dir = NSTemporaryDirectory() + "deltac-trace-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BenchTrainCommand.spec.write(toFile: dir + "/mini.yaml", atomically: true, encoding: .utf8)
    let r = try DeltacBinary.run([
      "profile", dir + "/mini.yaml", "--steps", "1", "--warmup", "0", "--trace", dir + "/t.json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("trace: \(dir)/t.json, ") && r.stderr.contains("ui.perfetto.dev"))
    #expect(r.stdout.contains("step "))
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: dir + "/t.json")))
    let events = try #require((json as? [String: Any])?["traceEvents"] as? [[String: Any]])
    #expect(events.contains { $0["ph"] as? String == "X" && $0["name"] as? String == "step 1" })

    let both = try DeltacBinary.run(["profile", dir + "/mini.yaml", "--gemm", "--trace", "t.json"])
    #expect(both.status != 0 && both.stderr.contains("--trace"))
  }
}
