import DeltaRuntime
import DeltaSpec
import Foundation

/// The results folder of a run (default `results/<spec name>/`):
///   spec.yaml          the resolved spec (every key, defaults included)
///   metrics.jsonl      one JSON object per training step, plus `"kind": "eval"` lines
///   eval.json          final evaluation: per length, the metrics and the prefix accuracy curve
///   eval.csv           one row per evaluated length
///   accuracy.svg       accuracy against sequence length, the training length marked (loss.svg for LM)
///   checkpoints/       step-NNNNNN.safetensors (see CheckpointStore)
public struct ResultsWriter: Sendable {
  public let directory: String

  public init(directory: String) { self.directory = directory }

  public var checkpoints: CheckpointStore { CheckpointStore(directory: directory + "/checkpoints") }
  var metricsPath: String { directory + "/metrics.jsonl" }

  public func prepare(spec: Spec) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try write(SpecPrinter.yaml(spec), to: "spec.yaml")
  }

  /// A fresh run: forget the metrics and checkpoints of an earlier run in the same folder.
  public func clear() {
    for path in [metricsPath] + checkpoints.list().map(\.path) {
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

  /// Appends one JSON line (values already JSON text).
  public func appendMetrics(_ pairs: [(String, String)]) {
    let line = JSONText.object(pairs) + "\n"
    if let handle = FileHandle(forWritingAtPath: metricsPath) {
      handle.seekToEndOfFile()
      handle.write(Data(line.utf8))
      try? handle.close()
    } else {
      _ = FileManager.default.createFile(atPath: metricsPath, contents: Data(line.utf8))
    }
  }

  /// eval.json, eval.csv and the plot.
  public func writeEvaluation(_ results: [LengthResult], spec: Spec, step: Int, prefix: String = "")
    throws
  {
    try write(EvalReport.json(results, spec: spec, step: step), to: prefix + "eval.json")
    try write(EvalReport.csv(results), to: prefix + "eval.csv")
    let (name, svg) = EvalReport.plot(results, spec: spec)
    try write(svg, to: prefix + name)
  }

  func write(_ text: String, to name: String) throws {
    try AtomicFile.write(Array(text.utf8), to: directory + "/" + name)
  }
}

/// JSON number text; NaN and infinities (not JSON) as null.
func jsonNumber(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
