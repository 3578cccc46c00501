import DeltaDriver
import DeltaIR
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import Foundation

/// What a spec's run will hold in memory, from its compiled graphs before anything is allocated:
/// parameters (F32), for training their gradients and AdamW's two moments plus the encoding buffer of
/// a checkpoint write, the activation buffers of the training step and of evaluation (plan-memory's
/// buffers at the training dims, and at the eval batch and longest length up to the evaluation segment),
/// and the process itself (runtime, LLVM, JIT'd kernels). `run`, `eval` and `bench` refuse a spec
/// whose estimate exceeds the memory available (`MemoryBudget`); `check` warns.
public struct MemoryEstimate: Sendable, Equatable {
  /// The process before any model memory: Swift runtime, LLVM, OpenBLAS, JIT'd kernels (measured:
  /// `deltac run` of a 100k-parameter spec peaks at about this plus its buffers).
  public static let processBytes = 100 << 20
  /// Sequences longer than this are evaluated in segments (`Evaluator.segmentLength`'s default).
  public static let evaluationSegment = 1024

  public var parameterCount: Int
  public var parameterBytes: Int
  /// Gradients and AdamW's moments (training), 3 x the parameters.
  public var optimizerBytes: Int
  /// A checkpoint's bytes while it is encoded and written (training with checkpoints).
  public var checkpointBytes: Int
  public var trainingActivationBytes: Int
  public var evaluationActivationBytes: Int
  public var processBytes: Int
  /// Spec keys and values that size each part, for messages.
  public var parameterKeys: String
  public var trainingKeys: String
  public var evaluationKeys: String

  public var totalBytes: Int {
    parameterBytes + optimizerBytes + checkpointBytes + trainingActivationBytes
      + evaluationActivationBytes + processBytes
  }

  /// The estimate of `spec` from its compiled forward graph (evaluation dims) and, for training, its
  /// forward + backward graph (training dims).
  public init(spec: Spec, forward: Graph, training: Graph?, evaluation: Bool = true) {
    parameterCount = forward.parameterCount
    parameterBytes = parameterCount * 4
    optimizerBytes = training == nil ? 0 : 3 * parameterBytes
    checkpointBytes = training == nil ? 0 : 3 * parameterBytes
    var evalDims = spec.graphDims(evaluation: true)
    evalDims["T"] = min(evalDims["T"] ?? 1, Self.evaluationSegment)
    evaluationActivationBytes = evaluation ? Self.footprint(forward, evalDims) : 0
    let trainDims = spec.graphDims()
    trainingActivationBytes =
      training.map { Int(Double(Self.footprint($0, trainDims)) * Self.trainingOverhead) } ?? 0
    processBytes = Self.processBytes
    let m = spec.model
    parameterKeys =
      "model.hidden_size \(m.hiddenSize), model.num_hidden_layers \(m.numHiddenLayers), "
      + (m.intermediateSize.map { "model.intermediate_size \($0), " } ?? "")
      + "model.vocab_size \(spec.vocabSize)"
    trainingKeys =
      "train.batch_size \(trainDims["B"] ?? 0) x task.train_length \(trainDims["T"] ?? 0), "
      + "model.hidden_size \(m.hiddenSize), model.num_hidden_layers \(m.numHiddenLayers)"
    evaluationKeys =
      "eval.batch_size \(evalDims["B"] ?? 0) x length \(evalDims["T"] ?? 0) (eval.lengths, in segments of at most \(Self.evaluationSegment))"
  }

  /// Compiles `spec` (no kernels) and estimates it.
  public static func of(_ spec: Spec, training: Bool) throws -> MemoryEstimate {
    let forward = try Driver.graph(spec, for: .evaluation)
    let train = training ? try Driver.graph(spec, for: .training) : nil
    return MemoryEstimate(spec: spec, forward: forward, training: train)
  }

  /// The memory of a run of `graph` at `dims`: the executor's arena (its copy of the parameters
  /// and inputs, then every activation at its planned offset; `Executor.arenaBytes`, the
  /// executor's own layout), and the outputs it returns (logits; gradients, counted with the
  /// optimizer). Measured against peak RSS on the bench specs (MemoryEstimateTests).
  static func footprint(_ graph: Graph, _ dims: [String: Int]) -> Int {
    guard let arena = try? Executor.arenaBytes(graph, dims: dims) else {
      let plan = PlanMemory.plan(graph, dims: dims)
      return plan.withoutReuseBytes
    }
    let outputs = graph.outputs.filter { !$0.name.hasPrefix("grad.") }.compactMap { o in
      graph.types[o.value].map { t in 4 * t.dims.map { $0.evaluate(dims) ?? 0 }.reduce(1, *) }
    }
    return arena.total + outputs.reduce(0, +)
  }

  /// A training step holds about 15% more than its graph's values (gradients summed and clipped,
  /// AdamW's temporaries, the batch), measured on the bench specs.
  static let trainingOverhead = 1.15

  /// The parts, largest first, one line each, with the keys that size them.
  public var table: String {
    var rows: [(String, Int, String)] = [
      ("parameters", parameterBytes, "\(Self.count(parameterCount)) parameters: \(parameterKeys)"),
      ("training activations", trainingActivationBytes, trainingKeys),
      ("evaluation activations", evaluationActivationBytes, evaluationKeys),
      ("gradients + AdamW state", optimizerBytes, "3 x the parameters"),
      ("checkpoint writes", checkpointBytes, "parameters and AdamW state while written"),
      ("deltac itself", processBytes, "runtime, LLVM and kernels"),
    ]
    rows = rows.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
    return rows.map { name, bytes, keys in
      "  " + name.padding(toLength: 24, withPad: " ", startingAt: 0)
        + String(repeating: " ", count: max(0, 10 - Self.bytes(bytes).count)) + Self.bytes(bytes)
        + "  (" + keys + ")\n"
    }.joined()
  }

  /// What to change: the keys of the largest part.
  public var hint: String {
    let parts = [
      (
        parameterBytes + optimizerBytes + checkpointBytes,
        "model.hidden_size, model.num_hidden_layers or model.intermediate_size"
      ),
      (trainingActivationBytes, "train.batch_size or task.train_length (or model.hidden_size)"),
      (evaluationActivationBytes, "eval.batch_size (or the longest eval.lengths)"),
    ]
    let largest = parts.max { $0.0 < $1.0 }?.1 ?? ""
    return "hint: lower \(largest); --max-memory SIZE sets the limit (e.g. --max-memory 64G)"
  }

  /// Three significant digits: `1.23 GB`, `341 MB`, `2.50 MB`.
  public static func bytes(_ n: Int) -> String {
    let x = Double(n)
    let (value, unit) = x >= 1e12 ? (x / 1e12, "TB") : x >= 1e9 ? (x / 1e9, "GB") : (x / 1e6, "MB")
    let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
    return String(format: "%.\(digits)f ", value) + unit
  }

  static func count(_ n: Int) -> String {
    let x = Double(n)
    if x >= 1e9 { return String(format: "%.1fG", x / 1e9) }
    if x >= 1e6 { return String(format: "%.1fM", x / 1e6) }
    if x >= 1e3 { return String(format: "%.1fk", x / 1e3) }
    return "\(n)"
  }

  /// Exit status 1 when the estimate exceeds `limit` (default: `MemoryBudget.limit`), naming the
  /// estimate, its parts and the keys that drive them.
  public func check(_ spec: Spec, limit: MemoryBudget.Limit? = MemoryBudget.limit) throws {
    guard let limit, totalBytes > limit.bytes else { return }
    throw ExperimentError(.badInput, refusal(spec, limit))
  }

  func refusal(_ spec: Spec, _ limit: MemoryBudget.Limit) -> String {
    "\(spec.name): error: needs about \(Self.bytes(totalBytes)) of memory, more than the "
      + "\(Self.bytes(limit.bytes)) \(limit.source):\n" + table + hint
  }

  /// `deltac forward`: the reference interpreter keeps every value of the forward graph, so a batch
  /// of `[batch, length]` token ids needs the parameters, the graph's values without reuse and the
  /// process; throws (naming the token file, exit 1) when that exceeds the limit.
  public static func checkForward(
    graph: Graph, batch: Int, length: Int, tokens: String,
    limit: MemoryBudget.Limit? = MemoryBudget.limit
  ) throws(CheckpointError) {
    let parameters = graph.parameters.reduce(0) { sum, p in
      sum + 4 * p.type.dims.reduce(1) { $0 * ($1.concrete ?? 0) }
    }
    let activations = PlanMemory.plan(graph, dims: ["B": batch, "T": length]).withoutReuseBytes
    let total = parameters + activations + processBytes
    guard let limit, total > limit.bytes else { return }
    throw CheckpointError(
      file: tokens,
      "input_ids [\(batch), \(length)] need about \(bytes(total)) of memory (activations \(bytes(activations)) at batch \(batch) x length \(length), parameters \(bytes(parameters))), more than the \(bytes(limit.bytes)) \(limit.source); give fewer or shorter rows"
    )
  }

  /// `check`'s warnings for a spec and its sweep's variants ("" when each fits or cannot compile).
  public static func warnings(_ resolved: ResolvedSpec) -> String {
    let specs = resolved.hasSweep ? resolved.variants : [resolved.spec]
    return specs.compactMap { spec in
      (try? MemoryEstimate.of(spec, training: true)).flatMap { $0.warning(spec) }
    }.joined()
  }

  /// `check`'s warnings for spec files (each valid: `SpecLoader.check` found no error).
  public static func warnings(files: [String]) -> String {
    files.compactMap { try? SpecLoader.resolve(file: $0) }.map(warnings).joined()
  }

  /// `check`'s warning (nil when the estimate fits).
  public func warning(_ spec: Spec, limit: MemoryBudget.Limit? = MemoryBudget.limit) -> String? {
    guard let limit, totalBytes > limit.bytes else { return nil }
    return "\(spec.name): warning: needs about \(Self.bytes(totalBytes)) of memory, more than the "
      + "\(Self.bytes(limit.bytes)) \(limit.source); run would refuse it:\n" + table + hint + "\n"
  }
}

/// How much memory a command may plan for: `--max-memory`, else what the machine has available
/// (MemAvailable, within a cgroup's limit).
public enum MemoryBudget {
  public struct Limit: Sendable, Equatable {
    public var bytes: Int
    /// `available on this machine` or `given by --max-memory`.
    public var source: String
  }

  private final class Setting: @unchecked Sendable {
    let lock = NSLock()
    var maxMemory: Int?
  }
  private static let setting = Setting()

  /// `--max-memory`: replaces the machine's available memory as the limit.
  public static var maxMemory: Int? {
    get { setting.lock.withLock { setting.maxMemory } }
    set { setting.lock.withLock { setting.maxMemory = newValue } }
  }

  /// The limit in force (nil when nothing is known: no /proc).
  public static var limit: Limit? {
    if let bytes = maxMemory { return Limit(bytes: bytes, source: "given by --max-memory") }
    return available().map { Limit(bytes: $0, source: "available on this machine") }
  }

  /// MemAvailable of /proc/meminfo, lowered to a cgroup v2 memory.max minus its current use.
  public static func available() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else {
      return nil
    }
    var bytes: Int?
    for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
      bytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
    let cgroup = "/sys/fs/cgroup/"
    if let max = (try? String(contentsOfFile: cgroup + "memory.max", encoding: .utf8)).flatMap({
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }) {
      let used =
        (try? String(contentsOfFile: cgroup + "memory.current", encoding: .utf8)).flatMap {
          Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        } ?? 0
      bytes = min(bytes ?? .max, max - used)
    }
    return bytes
  }

  /// `8G`, `512M`, `1.5GB`, `2T`, `1000000` (bytes); nil when it does not parse.
  public static func parse(_ text: String) -> Int? {
    var t = text.trimmingCharacters(in: .whitespaces).uppercased()
    if t.hasSuffix("IB") {
      t = String(t.dropLast(2))
    } else if t.hasSuffix("B") {
      t = String(t.dropLast())
    }
    let units: [Character: Double] = ["K": 0x1p10, "M": 0x1p20, "G": 0x1p30, "T": 0x1p40]
    var scale = 1.0
    if let last = t.last, let u = units[last] {
      scale = u
      t = String(t.dropLast())
    }
    guard let x = Double(t), x > 0, x * scale < 9e18 else { return nil }
    return Int(x * scale)
  }
}
