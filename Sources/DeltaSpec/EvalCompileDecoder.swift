import DeltaIR
import DeltaPasses

/// The `eval` section; defaults from `EvalSpec.defaults(for:)`.
enum EvalDecoder {
  static let keys = ["lengths", "metrics", "batch_size", "samples", "every"]

  static func decode(_ r: SectionReader, task: TaskSpec?) -> EvalSpec {
    r.checkKeys(keys)
    let d =
      task.map(EvalSpec.defaults(for:))
      ?? EvalSpec(
        lengths: [], metrics: [.sequenceAccuracy], batchSize: 256, samples: 1000, every: nil)
    var e = d
    e.lengths = intList(r, "lengths", d.lengths)
    e.metrics = metrics(r, d.metrics)
    e.batchSize = r.int("batch_size", d.batchSize)
    e.samples = r.int("samples", d.samples)
    e.every = r.optionalInt("every", d.every, none: ["none"])
    return e
  }

  /// A non-empty list of positive integers.
  static func intList(_ r: SectionReader, _ key: String, _ fallback: [Int]) -> [Int] {
    guard let node = r.value(key) else { return fallback }
    guard case .sequence(let items) = node.kind, !items.isEmpty else {
      r.wrongType(key, node, expected: "a non-empty list of lengths, e.g. [128, 256, 512]")
      return fallback
    }
    let values = items.map {
      SectionReader.int($0, min: 1, what: "\(r.name).\(key)", context: r.context)
    }
    return values.contains(nil) ? fallback : values.compactMap { $0 }
  }

  private static func metrics(_ r: SectionReader, _ fallback: [Metric]) -> [Metric] {
    guard let node = r.value("metrics") else { return fallback }
    let names = Metric.allCases.map(\.rawValue)
    guard case .sequence(let items) = node.kind, !items.isEmpty else {
      r.wrongType(
        "metrics", node, expected: "a non-empty list of metrics: \(names.joined(separator: ", "))")
      return fallback
    }
    var result: [Metric] = []
    for item in items {
      guard case .scalar(let s) = item.kind, case .string(let name) = ScalarValue(s) else {
        r.context.error(
          item.location, "wrong type for eval.metrics",
          detail: "expected a metric name, found \(SpecParser.describe(item))")
        continue
      }
      guard let metric = Metric(rawValue: name) else {
        r.context.error(
          item.location, "unknown metric '\(ScalarValue.clip(name))'",
          detail: "expected one of \(names.joined(separator: ", "))",
          hint: Suggest.didYouMean(name, names))
        continue
      }
      if !result.contains(metric) { result.append(metric) }
    }
    return result.isEmpty ? fallback : result
  }
}

/// The `compile` section; defaults from `CompileSpec.defaults`.
enum CompileDecoder {
  static let keys = [
    "chunk_size", "disabled_passes", "threads", "kernel_cache_dir", "recurrence_inputs",
  ]

  static func decode(_ r: SectionReader) -> CompileSpec {
    r.checkKeys(keys)
    let d = CompileSpec.defaults
    var c = d
    c.chunkSize = chunkSize(r, d.chunkSize)
    c.disabledPasses = passes(r, d.disabledPasses)
    c.threads = r.optionalInt("threads", d.threads, none: ["auto"])
    if let node = r.value("kernel_cache_dir") {
      if case .scalar(let s) = node.kind, case .string(let text) = ScalarValue(s), !text.isEmpty {
        c.kernelCacheDir = text == "none" ? nil : text
      } else {
        r.wrongType("kernel_cache_dir", node, expected: "a directory path or 'none'")
      }
    }
    if let node = r.value("recurrence_inputs") {
      if case .scalar(let s) = node.kind, case .string(let word) = ScalarValue(s),
        word == "inside" || word == "separate"
      {
        c.recurrenceInputs = word == "inside"
      } else {
        r.wrongType("recurrence_inputs", node, expected: "'inside' or 'separate'")
      }
    }
    return c
  }

  private static func chunkSize(_ r: SectionReader, _ fallback: ChunkSize) -> ChunkSize {
    guard let node = r.value("chunk_size") else { return fallback }
    if case .scalar(let s) = node.kind, case .string(let word) = ScalarValue(s),
      let size = ChunkSize(text: word)
    {
      return size
    }
    let size = SectionReader.int(
      node, min: 1, what: "compile.chunk_size", context: r.context,
      orWords: "'auto', 'autotune' or 'r' and a size (recurrent form, e.g. r16)")
    return size.map { .fixed($0) } ?? fallback
  }

  private static func passes(_ r: SectionReader, _ fallback: [String]) -> [String] {
    guard let node = r.value("disabled_passes") else { return fallback }
    guard case .sequence(let items) = node.kind else {
      r.wrongType(
        "disabled_passes", node, expected: "a list of pass names, e.g. [fuse-projections]")
      return fallback
    }
    var names: [String] = []
    for item in items {
      if case .scalar(let s) = item.kind, case .string(let name) = ScalarValue(s), !name.isEmpty {
        guard Pipeline.names.contains(name) else {
          r.context.error(
            item.location, "unknown pass '\(ScalarValue.clip(name))' in compile.disabled_passes",
            detail: "expected one of \(Pipeline.names.joined(separator: ", "))",
            hint: Suggest.didYouMean(name, Pipeline.names))
          continue
        }
        if !names.contains(name) { names.append(name) }
      } else {
        r.context.error(
          item.location, "wrong type for compile.disabled_passes",
          detail: "expected a pass name, found \(SpecParser.describe(item))")
      }
    }
    return names
  }
}
