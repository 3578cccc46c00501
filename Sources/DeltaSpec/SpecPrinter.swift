/// The canonical full form of a resolved spec: every key, in a fixed order, in YAML flow syntax.
/// `SpecLoader.parse(yaml: SpecPrinter.yaml(spec), ...)` gives the same `Spec` back.
public enum SpecPrinter {
  /// One line of the canonical form: `model.hidden_size` = `128`.
  public struct Row: Equatable, Sendable {
    public var section: String
    public var key: String
    public var value: String
    public var dottedKey: String { "\(section).\(key)" }
  }

  public static func rows(_ spec: Spec) -> [Row] {
    modelRows(spec.model) + taskRows(spec.task) + trainRows(spec.train) + evalRows(spec.eval)
      + compileRows(spec.compile)
  }

  /// The spec as a YAML document (sections in order, one key per line).
  public static func yaml(_ spec: Spec) -> String {
    var out = "# \(spec.name): resolved by deltac (every key, defaults included)\n"
    var section = ""
    for row in rows(spec) {
      if row.section != section {
        section = row.section
        out += "\(section):\n"
      }
      out += "  \(row.key): \(row.value)\n"
    }
    return out
  }

  static func modelRows(_ m: ModelConfig) -> [Row] {
    section("model", ModelConfig.keys.map { modelRow($0, m) })
  }

  /// A model key's row: its name and value as a spec writes them (the MLP under the key that sets it).
  public static func modelRow(_ key: ModelConfig.Key, _ m: ModelConfig) -> (String, String) {
    switch key.field {
    case .int(let path, _): return (key.name, "\(m[keyPath: path])")
    case .number(let path): return (key.name, number(m[keyPath: path]))
    case .flag(let path): return (key.name, "\(m[keyPath: path])")
    case .eigenvalues: return (key.name, "\(m.allowNegEigval)")
    case .mlp:
      switch m.mlp {
      case .hiddenRatio(let ratio): return ("hidden_ratio", number(ratio))
      case .intermediateSize(let size): return ("intermediate_size", "\(size)")
      case .none: return ("mlp", "none")
      }
    case .vocabulary:
      switch m.vocabSize {
      case .auto: return (key.name, "auto")
      case .fixed(let size): return (key.name, "\(size)")
      }
    }
  }

  static func taskRows(_ t: TaskSpec) -> [Row] {
    var rows: [(String, String)] = [("kind", t.kind.name)]
    switch t.kind {
    case .wordProblem(let group): rows.append(("group", "\(group)"))
    case .parity: break
    case .modularArithmetic(let brackets): rows.append(("brackets", "\(brackets)"))
    case .languageModel(let path):
      rows.append(("path", quoted(path)))
      if let command = t.madeBy { rows.append(("made_by", quoted(command))) }
    }
    rows += [
      ("train_length", "\(t.trainLength)"), ("test_length", "\(t.testLength)"),
      ("train_samples", t.trainSamples.map { "\($0)" } ?? "online"),
      ("test_samples", "\(t.testSamples)"),
    ]
    return section("task", rows)
  }

  static func trainRows(_ t: TrainSpec) -> [Row] {
    let duration: (String, String)
    switch t.duration {
    case .steps(let n): duration = ("steps", "\(n)")
    case .epochs(let n): duration = ("epochs", "\(n)")
    }
    let o = t.optimizer
    let stop =
      t.earlyStop.map { "{metric: \($0.metric.rawValue), target: \(number($0.target))}" } ?? "none"
    return section(
      "train",
      [
        duration, ("batch_size", "\(t.batchSize)"), ("optimizer", "adamw"), ("lr", number(o.lr)),
        ("betas", "[\(number(o.beta1)), \(number(o.beta2))]"), ("eps", number(o.eps)),
        ("weight_decay", number(o.weightDecay)), ("schedule", t.schedule.kind.rawValue),
        ("warmup_steps", "\(t.schedule.warmupSteps)"), ("min_lr", number(t.schedule.minLR)),
        ("grad_clip", t.gradClip.map(number) ?? "none"), ("seed", "\(t.seed)"),
        ("early_stop", stop),
        ("checkpoint_every", t.checkpointEvery.map { "\($0)" } ?? "none"),
      ])
  }

  static func evalRows(_ e: EvalSpec) -> [Row] {
    section(
      "eval",
      [
        ("lengths", list(e.lengths.map { "\($0)" })), ("metrics", list(e.metrics.map(\.rawValue))),
        ("batch_size", "\(e.batchSize)"), ("samples", "\(e.samples)"),
        ("every", e.every.map { "\($0)" } ?? "none"),
      ])
  }

  static func compileRows(_ c: CompileSpec) -> [Row] {
    section(
      "compile",
      [
        ("chunk_size", c.chunkSize.description),
        ("disabled_passes", list(c.disabledPasses.map(quoted))),
        ("threads", c.threads.map { "\($0)" } ?? "auto"),
        ("kernel_cache_dir", c.kernelCacheDir.map(quoted) ?? "none"),
        ("recurrence_inputs", c.recurrenceInputs ? "inside" : "separate"),
      ])
  }

  private static func section(_ name: String, _ pairs: [(String, String)]) -> [Row] {
    pairs.map { Row(section: name, key: $0.0, value: $0.1) }
  }

  /// Shortest text that reads back as the same Double (`0.001`, `1e-06`, `2.0`).
  static func number(_ value: Double) -> String { "\(value)" }

  static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

  /// A double-quoted YAML string.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
