import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

@testable import DeltaExperiment

/// The event file a run writes, parsed back here (framing, CRCs, Event messages): its name, the
/// spec, the scalars equal to metrics.jsonl and eval.csv; resume, --overwrite.
@Suite(.serialized) struct TensorBoardEventFileTests {
  /// The run's one event file, every byte of it good records.
  static func events(_ dir: String) throws -> (name: String, events: [TensorBoardEvent]) {
    let names = EventLog.files(in: dir)
    try #require(names.count == 1, "\(names)")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + names[0])))
    let (records, valid) = TFRecord.records(bytes)
    #expect(valid == bytes.count, "\(bytes.count - valid) bytes after the last good record")
    return (names[0], try records.map { try #require(TensorBoardEvent(decoding: $0)) })
  }

  /// (step, value) of every scalar named `tag`, in file order.
  static func scalars(_ events: [TensorBoardEvent], _ tag: String) -> [(Int64, Float)] {
    events.flatMap { e in
      e.values.compactMap { v -> (Int64, Float)? in
        guard case .scalar(tag, let x) = v else { return nil }
        return (e.step, x)
      }
    }
  }

  /// metrics.jsonl's training lines (without "kind") as [name: value].
  static func metricLines(_ dir: String) throws -> [[String: Double]] {
    let text = try String(contentsOfFile: dir + "/metrics.jsonl", encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.contains("\"kind\"") }.map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }
  }

  @Test func aRunWritesItsMetricsSpecAndEvaluation() throws {
    let dir = temporaryDirectory("tb")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 6, checkpointEvery: nil)
    let summary = try Trainer(spec: spec, options: quietOptions(dir)).run()
    let (name, events) = try Self.events(dir)
    #expect(name.wholeMatch(of: /events\.out\.tfevents\.[0-9]{10}\.[^\/]+/) != nil, "\(name)")
    let stamp = TimeInterval(name.split(separator: ".")[3])!
    #expect(abs(stamp - Date().timeIntervalSince1970) < 600)

    #expect(events[0].fileVersion == "brain.Event:2" && events[0].values.isEmpty)
    let yaml = try String(contentsOfFile: dir + "/spec.yaml", encoding: .utf8)
    #expect(events[1].values == [.text(tag: "spec", "```yaml\n" + yaml + "```\n")])
    #expect(events.dropFirst().allSatisfy { $0.fileVersion == nil })
    #expect(events.allSatisfy { $0.wallTime > 1.7e9 })

    // Every training step's metrics.jsonl numbers, as train/<same name>.
    let lines = try Self.metricLines(dir)
    #expect(lines.count == 6)
    for key in [
      "loss", "token_accuracy", "sequence_accuracy", "lr", "grad_norm", "ms", "tokens_per_s",
    ] {
      let got = Self.scalars(events, "train/" + key)
      #expect(got.map(\.0) == Array(1...6), "\(key)")
      #expect(got.map(\.1) == lines.map { Float($0[key]!) }, "\(key)")
    }
    // The periodic evaluation (every 3 steps, test split: length 12) and the final one.
    let periodic = Self.scalars(events, "test/sequence_accuracy@12")
    #expect(periodic.map(\.0) == [3])
    for r in summary.evaluation {
      let accuracy = Self.scalars(events, "eval/sequence_accuracy@\(r.length)")
      #expect(accuracy.map(\.0) == [6])
      #expect(accuracy.map(\.1) == [Float(r.metrics.sequenceAccuracy)])
      #expect(
        Self.scalars(events, "eval/loss@\(r.length)").map(\.1) == [Float(r.metrics.loss)])
      #expect(Self.scalars(events, "eval/token_accuracy@\(r.length)").count == 1)
    }
    let tags = Set(events.flatMap { $0.values.map(\.tag) })
    #expect(tags.count == 1 + 7 + 3 + 3 * summary.evaluation.count, "\(tags.sorted())")
  }

  /// Killed after step 5 (checkpoint at 4) in the middle of writing an event, resumed: the file is
  /// cut back to step 4 and continued, each step once, the same numbers as metrics.jsonl; resuming
  /// the finished run evaluates it again without a second copy of the final evaluation.
  @Test func resumeCutsBackAndContinuesTheFile() throws {
    let dir = temporaryDirectory("tb-resume")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 6, checkpointEvery: 2)
    _ = try Trainer(spec: spec, options: quietOptions(dir, stopAfter: 5)).run()
    let (name, killed) = try Self.events(dir)
    #expect(Self.scalars(killed, "train/loss").map(\.0) == Array(1...5))
    // Half an event: what a kill during the append leaves.
    let half = TFRecord.frame(
      TensorBoardEvent(wallTime: 1, step: 6, values: [.scalar(tag: "train/loss", 1)]).encoded())
    try FileIO.append(Array(half.prefix(20)), to: dir + "/" + name)

    _ = try Trainer(spec: spec, options: quietOptions(dir, resume: true)).run()
    let (sameName, resumed) = try Self.events(dir)
    #expect(sameName == name)
    #expect(resumed.prefix(2) == killed.prefix(2), "the version event and the spec, once")
    #expect(resumed.filter { $0.fileVersion != nil }.count == 1)
    let losses = Self.scalars(resumed, "train/loss")
    #expect(losses.map(\.0) == Array(1...6))
    #expect(losses.map(\.1) == (try Self.metricLines(dir)).map { Float($0["loss"]!) })
    #expect(losses.prefix(4).map(\.1) == Self.scalars(killed, "train/loss").prefix(4).map(\.1))
    #expect(Self.scalars(resumed, "test/loss@12").map(\.0) == [3])
    #expect(Self.scalars(resumed, "eval/loss@8").map(\.0) == [6])

    let again = try Trainer(spec: spec, options: quietOptions(dir, resume: true)).run()
    #expect(again.alreadyFinished)
    let (_, twice) = try Self.events(dir)
    #expect(Self.scalars(twice, "eval/loss@8").map(\.0) == [6])
    #expect(
      Self.scalars(twice, "eval/loss@8").map(\.1) == [Float(again.evaluation[0].metrics.loss)])
    #expect(Array(twice.dropLast()) == Array(resumed.dropLast()))
  }

  /// A run from before event files resumes into a new one; a fresh run replaces an old one.
  @Test func missingOrStaleFilesAreHandled() throws {
    let dir = temporaryDirectory("tb-old")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 4, checkpointEvery: 2)
    _ = try Trainer(spec: spec, options: quietOptions(dir, stopAfter: 3)).run()
    let (old, _) = try Self.events(dir)
    try FileManager.default.removeItem(atPath: dir + "/" + old)
    _ = try Trainer(spec: spec, options: quietOptions(dir, resume: true)).run()
    let (_, events) = try Self.events(dir)
    #expect(events[0].fileVersion != nil && events[1].values.first?.tag == "spec")
    #expect(Self.scalars(events, "train/loss").map(\.0) == [3, 4])

    // A fresh run into a folder whose run never checkpointed (no --overwrite needed).
    let fresh = temporaryDirectory("tb-fresh")
    defer { try? FileManager.default.removeItem(atPath: fresh) }
    _ = try Trainer(spec: spec, options: quietOptions(fresh, stopAfter: 1)).run()
    let stale = "events.out.tfevents.1000000000.elsewhere"
    try FileManager.default.moveItem(
      atPath: fresh + "/" + EventLog.files(in: fresh)[0], toPath: fresh + "/" + stale)
    _ = try Trainer(spec: spec, options: quietOptions(fresh)).run()
    #expect(!EventLog.files(in: fresh).contains(stale))
    #expect(Self.scalars(try Self.events(fresh).events, "train/loss").map(\.0) == [1, 2, 3, 4])
  }

  /// --overwrite moves the earlier run's event file aside with its other files, brings it back when
  /// the new run stops before its first checkpoint, and drops it after.
  @Test func overwriteKeepsTheEarlierEventFileUntilTheFirstCheckpoint() throws {
    let dir = temporaryDirectory("tb-overwrite")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 4, checkpointEvery: 2)
    _ = try Trainer(spec: spec, options: quietOptions(dir)).run()
    let (name, earlier) = try Self.events(dir)
    var options = quietOptions(dir, stopAfter: 1)
    options.overwrite = true
    _ = try Trainer(spec: try tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3), options: options)
      .run()
    #expect(EventLog.files(in: dir + "/.overwritten") == [name])
    #expect(Self.scalars(try Self.events(dir).events, "train/loss").count == 1)
    // Opened again: the earlier run is back, its event file byte for byte (and no other).
    _ = try Trainer(spec: spec, options: quietOptions(dir, resume: true)).run()
    let (back, events) = try Self.events(dir)
    #expect(back == name)
    #expect(Array(events.prefix(earlier.count - 1)) == Array(earlier.dropLast()))
    options.stopAfterSteps = 3
    _ = try Trainer(spec: try tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3), options: options)
      .run()
    #expect(!FileManager.default.fileExists(atPath: dir + "/.overwritten"))
    #expect(Self.scalars(try Self.events(dir).events, "train/loss").map(\.0) == [1, 2, 3])
  }
}
