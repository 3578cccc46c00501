import DeltaRuntime
import DeltaSpec
import Foundation

/// Checkpoints as safetensors files in `<results>/checkpoints/step-<NNNNNN>.safetensors`:
/// - tensors: every parameter under its fla name (F32, graph shape), AdamW's moments under
///   `optimizer.exp_avg.<name>` and `optimizer.exp_avg_sq.<name>` (PyTorch's state names);
/// - `__metadata__`: `format`, `step`, `adamw_step`, `seed` (with the step: the data stream's state),
///   `threads`, `best_metric`, `stopped_early`, `elapsed_s`, `init_from` (a run started with
///   `--init-from`: the path), and every resolved spec key as
///   `spec.<section>.<key>` (what mismatch checks compare).
/// Writes are atomic (AtomicFile) and read back before older checkpoints are pruned, so the last good
/// checkpoint survives a failed or torn write. The newest `keep` checkpoints are kept.
public struct CheckpointStore: Sendable {
  public static let format = "deltac-checkpoint-1"
  public let directory: String
  public var keep = 2

  public init(directory: String) { self.directory = directory }

  public static func fileName(step: Int) -> String {
    let digits = String(step)
    return "step-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
      + ".safetensors"
  }

  /// Checkpoint files by step, newest first (names that do not parse are ignored).
  public func list() -> [(step: Int, path: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.compactMap { name -> (Int, String)? in
      var isDirectory: ObjCBool = false
      let path = directory + "/" + name
      guard name.hasPrefix("step-"), name.hasSuffix(".safetensors"),
        let step = Int(name.dropFirst(5).dropLast(12)),
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { return nil }
      return (step, path)
    }.sorted { $0.0 > $1.0 }
  }

  /// Writes `state`, verifies the file reads back, then prunes older checkpoints. Returns the path.
  @discardableResult
  public func save(_ state: TrainingState, spec: Spec, programs: ModelPrograms) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/" + Self.fileName(step: state.step)
    var tensors: [NamedTensor] = []
    for (name, shape) in programs.parameters {
      guard let values = state.parameters[name] else {
        throw ExperimentError(.runtime, "internal: no values for parameter \(name) to checkpoint")
      }
      tensors.append(NamedTensor(name: name, shape: shape, floats: values))
      if let m = state.optimizer.firstMoment[name], let v = state.optimizer.secondMoment[name] {
        tensors.append(NamedTensor(name: "optimizer.exp_avg." + name, shape: shape, floats: m))
        tensors.append(NamedTensor(name: "optimizer.exp_avg_sq." + name, shape: shape, floats: v))
      }
    }
    let metadata = Self.metadata(state, spec: spec, threads: programs.threads)
    do {
      try SafeTensorsWriter.write(tensors, metadata: metadata, to: path)
      let back = try SafeTensorsFile(path: path)
      guard back.metadata == metadata, back.entries.count == tensors.count else {
        throw CheckpointError(file: path, "read back differs from what was written")
      }
    } catch {
      // A failed rename leaves nothing behind; a file that does not read back is removed, so the
      // newest file on disk is always a good checkpoint.
      if FileManager.default.fileExists(atPath: path), (try? SafeTensorsFile(path: path)) == nil {
        try? FileManager.default.removeItem(atPath: path)
      }
      throw ExperimentError(
        .checkpoint, "could not write checkpoint \(path): \(FileIO.words(error)); \(newestNote)")
    }
    prune()
    return path
  }

  /// Removes all but the newest `keep` checkpoints.
  public func prune() {
    for old in list().dropFirst(keep) { try? FileManager.default.removeItem(atPath: old.path) }
  }

  /// What is left to resume from: `step-000010.safetensors (step 10) is intact` or that there is none.
  public var newestNote: String {
    guard let newest = list().first else {
      return "no checkpoint was written before (nothing to resume from)"
    }
    return
      "the newest checkpoint \(newest.path) (step \(newest.step)) is intact (--resume continues from it)"
  }

  static func metadata(_ s: TrainingState, spec: Spec, threads: Int) -> [String: String] {
    var m: [String: String] = [
      "format": format, "step": "\(s.step)", "adamw_step": "\(s.optimizer.step)",
      "seed": "\(spec.train.seed)",
      "threads": "\(threads)", "stopped_early": "\(s.stoppedEarly)", "elapsed_s": "\(s.elapsed)",
      "spec_name": spec.name,
    ]
    if let best = s.bestMetric { m["best_metric"] = "\(best.bitPattern)" }
    if let source = s.initFrom { m["init_from"] = source }
    for row in SpecPrinter.rows(spec) { m["spec." + row.dottedKey] = row.value }
    m["spec.vocab_size"] = "\(spec.vocabSize)"
    return m
  }

  /// Reads a checkpoint for `spec`. `resume` also requires the optimizer state and the same task and
  /// train settings; without it (evaluation) only the model must match.
  public static func load(path: String, spec: Spec, programs: ModelPrograms, resume: Bool) throws
    -> TrainingState
  {
    let file: SafeTensorsFile
    do {
      file = try SafeTensorsFile(path: path)
    } catch {
      throw ExperimentError(.checkpoint, "\(error) (corrupt or not a deltac checkpoint)")
    }
    let meta = file.metadata
    guard meta["format"] == format, let step = meta["step"].flatMap(Int.init),
      let adamStep = meta["adamw_step"].flatMap(Int.init)
    else {
      let found = meta["format"].map { "format '\($0)'" } ?? "no deltac metadata"
      throw ExperimentError(
        .checkpoint, "\(path): error: \(found); expected a \(format) file written by deltac run")
    }
    try checkSpec(
      meta, spec: spec, path: path, sections: resume ? ["model", "task", "train"] : ["model"])
    var optimizer = AdamW(config: spec.train.optimizer)
    optimizer.step = adamStep
    var parameters: [String: [Float]] = [:]
    do {
      for (name, shape) in programs.parameters {
        parameters[name] = try tensor(file, name, shape)
        guard resume, adamStep > 0 else { continue }
        optimizer.firstMoment[name] = try tensor(file, "optimizer.exp_avg." + name, shape)
        optimizer.secondMoment[name] = try tensor(file, "optimizer.exp_avg_sq." + name, shape)
      }
    } catch {
      throw ExperimentError(.checkpoint, "\(error)")
    }
    // A checkpoint of NaN or Inf values would train or evaluate to garbage: named, not loaded.
    let groups = [
      ("", parameters), ("optimizer.exp_avg.", optimizer.firstMoment),
      ("optimizer.exp_avg_sq.", optimizer.secondMoment),
    ]
    for (prefix, group) in groups {
      if let bad = GradientChecks.firstNonFinite(group) {
        throw ExperimentError(
          .checkpoint,
          "\(path): error: tensor '\(prefix)\(bad.name)': \(bad.count) non-finite values (first \(bad.value) at element \(bad.index)): the checkpoint holds NaN or Inf and cannot be trained or evaluated from"
        )
      }
    }
    var state = TrainingState(
      step: step, parameters: parameters, optimizer: optimizer,
      bestMetric: meta["best_metric"].flatMap(UInt64.init).map(Double.init(bitPattern:)),
      stoppedEarly: meta["stopped_early"] == "true",
      elapsed: meta["elapsed_s"].flatMap(Double.init) ?? 0)
    state.threads = meta["threads"].flatMap(Int.init)
    state.initFrom = meta["init_from"]
    return state
  }

  static func tensor(_ file: SafeTensorsFile, _ name: String, _ shape: [Int]) throws -> [Float] {
    guard let e = file.entry(name) else {
      throw CheckpointError(file: file.path, tensor: name, "missing")
    }
    guard e.shape == shape else {
      throw CheckpointError(file: file.path, tensor: name, "shape \(e.shape), expected \(shape)")
    }
    return try file.floats(name)
  }

  /// Every `spec.<section>.*` key of the given sections must equal the current spec's.
  static func checkSpec(_ meta: [String: String], spec: Spec, path: String, sections: [String])
    throws
  {
    var current = ["spec.vocab_size": "\(spec.vocabSize)"]
    for row in SpecPrinter.rows(spec) where sections.contains(row.section) {
      current["spec." + row.dottedKey] = row.value
    }
    let stored = meta.filter { key, _ in
      key == "spec.vocab_size" || sections.contains { key.hasPrefix("spec.\($0).") }
    }
    let keys = Set(current.keys).union(stored.keys).sorted()
    let diffs = keys.filter { current[$0] != stored[$0] }.map {
      "  \($0.dropFirst(5)): checkpoint \(stored[$0] ?? "(absent)"), spec \(current[$0] ?? "(absent)")"
    }
    guard diffs.isEmpty else {
      let what = sections == ["model"] ? "a different model" : "a different run"
      throw ExperimentError(
        .specMismatch,
        "\(path): error: checkpoint of \(what) than \(spec.name):\n" + diffs.joined(separator: "\n")
          + (sections == ["model"]
            ? "\nhint: pass the spec the checkpoint was trained with"
            : "\nhint: --resume needs the spec the run started with; to train this one, give it another folder with --out DIR (or replace the run with --overwrite)")
      )
    }
  }
}
