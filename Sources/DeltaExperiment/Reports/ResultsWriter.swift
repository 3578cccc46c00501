import DeltaRuntime
import DeltaSpec
import Foundation

/// The results folder of a run (default `results/<spec name>/`):
///   spec.yaml          the resolved spec (every key, defaults included)
///   metrics.jsonl      one JSON object per training step, plus `"kind": "eval"` lines
///   eval.json          final evaluation: per length, the metrics and the prefix accuracy curve
///   eval.csv           one row per evaluated length
///   accuracy.svg       accuracy against sequence length, the training length marked (loss.svg for LM)
///   events.out.tfevents.<unix time>.<hostname>   the same for TensorBoard (see EventLog)
///   checkpoints/       step-NNNNNN.safetensors (see CheckpointStore)
public struct ResultsWriter: Sendable {
  public let directory: String

  public init(directory: String) { self.directory = directory }

  public var checkpoints: CheckpointStore { CheckpointStore(directory: directory + "/checkpoints") }
  var metricsPath: String { directory + "/metrics.jsonl" }

  public func prepare(spec: Spec) throws {
    try open()
    try write(SpecPrinter.yaml(spec), to: "spec.yaml")
  }

  /// Creates the folder (exit status 1 when it cannot: a file in the way, permission denied) and
  /// removes the temporary files that writers killed mid-write left in it and in `checkpoints/`.
  public func open() throws {
    do {
      try FileIO.createFolder(directory)
    } catch {
      throw ExperimentError(.badInput, "\(error.file): error: results folder: \(error.message)")
    }
    for folder in [directory, checkpoints.directory] {
      AtomicFile.removeStaleTemporaries(in: folder)
    }
  }

  /// A fresh run: forget the metrics, event files and checkpoints of an earlier run in the same
  /// folder.
  public func clear() {
    let events = EventLog.files(in: directory).map { directory + "/" + $0 }
    for path in [metricsPath] + events + checkpoints.list().map(\.path) {
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  /// A resumed run: keep the metric lines of steps up to `step` (later ones will be recomputed).
  public func truncateMetrics(after step: Int) throws {
    guard let text = try? String(contentsOfFile: metricsPath, encoding: .utf8) else { return }
    let kept = text.split(separator: "\n").filter { line in
      guard let r = line.range(of: "\"step\":") else { return false }
      let digits = line[r.upperBound...].prefix { $0.isNumber }
      return Int(digits).map { $0 <= step } ?? false
    }
    try write(kept.map { $0 + "\n" }.joined(), to: "metrics.jsonl")
  }

  /// Appends one JSON line (values already JSON text), whole or not at all; a failed write (a full
  /// disk) is a runtime error naming the file, the cause and the newest checkpoint.
  public func appendMetrics(_ pairs: [(String, String)]) throws {
    do {
      try FileIO.append(Array((JSONText.object(pairs) + "\n").utf8), to: metricsPath)
    } catch {
      throw writeFailure(error.file, error.message)
    }
  }

  /// A failed write: the file, the cause in words, and what is left to resume from.
  public func writeFailure(_ path: String, _ cause: String) -> ExperimentError {
    ExperimentError(.runtime, "could not write \(path): \(cause); \(checkpoints.newestNote)")
  }

  /// eval.json, eval.csv and the plot.
  public func writeEvaluation(_ results: [LengthResult], spec: Spec, step: Int, prefix: String = "")
    throws
  {
    try write(EvalReport.json(results, spec: spec, step: step), to: prefix + "eval.json")
    try write(EvalReport.csv(results, spec: spec), to: prefix + "eval.csv")
    let (name, svg) = EvalReport.plot(results, spec: spec)
    try write(svg, to: prefix + name)
  }

  func write(_ text: String, to name: String) throws {
    do {
      try AtomicFile.write(Array(text.utf8), to: directory + "/" + name)
    } catch {
      throw writeFailure(error.file, error.message)
    }
  }
}

/// JSON number text; NaN and infinities (not JSON) as null.
func jsonNumber(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
