import DeltaRuntime
import DeltaSpec
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A run's TensorBoard event file, `events.out.tfevents.<unix time>.<hostname>` in its results
/// folder (`tensorboard --logdir results/` shows every run under it). It starts with the version
/// event and the resolved spec as text (tag `spec`), then per training step the scalars of
/// metrics.jsonl as `train/<name>`, the periodic evaluation on the test split as
/// `test/<metric>@<length>` and the final evaluation as `eval/<metric>@<length>` (docs/training.md).
/// Each event is appended whole or not at all, like a metrics line.
public struct EventLog: Sendable {
  public static let filePrefix = "events.out.tfevents."
  public let results: ResultsWriter
  public let path: String

  /// The event files in `directory`, by name (oldest first).
  public static func files(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasPrefix(filePrefix) }.sorted()
  }

  /// `events.out.tfevents.<unix seconds>.<hostname>`, TensorFlow's pattern.
  static func newName() -> String {
    var host = [CChar](repeating: 0, count: 256)
    let name =
      gethostname(&host, host.count - 1) == 0
      ? String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : "localhost"
    return filePrefix + "\(Int(Date().timeIntervalSince1970)).\(name)"
  }

  /// The run's event file. A fresh run (`resumedAt` nil) gets a new file with the version event and
  /// the spec. A run resumed from its checkpoint at `step` continues its file, cut back (like
  /// metrics.jsonl) to the events of steps up to `step` and before the final evaluation, which
  /// the resumed run writes again; a record cut short by a kill goes too. A folder without one (a
  /// run from before event files) gets a new file.
  public static func start(results: ResultsWriter, spec: Spec, resumedAt step: Int?) throws
    -> EventLog
  {
    if let step, let name = files(in: results.directory).last {
      let log = EventLog(results: results, path: results.directory + "/" + name)
      if try log.cutBack(after: step) > 0 { return log }
      return try log.begun(spec: spec)
    }
    return try EventLog(results: results, path: results.directory + "/" + newName()).begun(
      spec: spec)
  }

  /// Writes the version event and the spec.
  func begun(spec: Spec) throws -> EventLog {
    let now = Date().timeIntervalSince1970
    try append(TensorBoardEvent(wallTime: now, step: 0, fileVersion: TensorBoardEvent.fileVersion))
    let markdown = "```yaml\n" + SpecPrinter.yaml(spec) + "```\n"
    try append(TensorBoardEvent(wallTime: now, step: 0, values: [.text(tag: "spec", markdown)]))
    return self
  }

  /// Truncates the file after its last event to keep (see `start`); returns how many it keeps.
  func cutBack(after step: Int) throws -> Int {
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { Array($0) } ?? []
    var (kept, end) = (0, 0)
    for record in TFRecord.records(bytes).records {
      guard let event = TensorBoardEvent(decoding: record), event.step <= step,
        !event.values.contains(where: { $0.tag.hasPrefix("eval/") })
      else { break }
      kept += 1
      end += record.count + 16
    }
    if end < bytes.count, truncate(path, off_t(end)) != 0 {
      throw results.writeFailure(path, "cannot cut it back: \(FileIO.words(errno: errno))")
    }
    return kept
  }

  public func append(_ event: TensorBoardEvent) throws {
    do {
      try FileIO.append(TFRecord.frame(event.encoded()), to: path)
    } catch {
      throw results.writeFailure(error.file, error.message)
    }
  }

  /// One event at `step`, now.
  public func append(step: Int, _ values: [TensorBoardEvent.Value]) throws {
    try append(
      TensorBoardEvent(wallTime: Date().timeIntervalSince1970, step: Int64(step), values: values))
  }

  /// `<group>/<metric>@<length>` (`@<min>-<max>` for a range of lengths) of an evaluation: sequence
  /// and token accuracy and loss, metrics.jsonl's names.
  static func evaluation(_ group: String, _ r: LengthResult) -> [TensorBoardEvent.Value] {
    let length = r.minLength == r.length ? "\(r.length)" : "\(r.minLength)-\(r.length)"
    return evaluationMetrics(r.metrics).map { .scalar(tag: "\(group)/\($0)@\(length)", Float($1)) }
  }

  /// An evaluation's metrics as metrics.jsonl and the event file name them.
  static func evaluationMetrics(_ m: MetricsAccumulator) -> [(String, Double)] {
    [
      ("sequence_accuracy", m.sequenceAccuracy), ("token_accuracy", m.tokenAccuracy),
      ("loss", m.loss),
    ]
  }
}
