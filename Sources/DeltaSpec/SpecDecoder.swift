/// A merged spec tree (after `extends`, before or after a sweep override) to a `Spec`.
enum SpecDecoder {
  static let sections = ["model", "task", "train", "eval", "compile"]
  static let topLevelKeys = ["extends", "sweep", "seeds"] + sections

  /// The spec, or nil when `context` received errors.
  static func decode(_ root: SNode, name: String, context: DecodeContext) -> Spec? {
    for entry in root.entries ?? [] where !topLevelKeys.contains(entry.key) {
      context.error(
        entry.keyLocation, "unknown section '\(ScalarValue.clip(entry.key))'",
        hint: entry.key == "<<"
          ? SectionReader.unknownKeyHint("<<", [], name: "")
          : Suggest.didYouMean(entry.key, topLevelKeys)
            ?? "a spec has the sections \(sections.joined(separator: ", ")), and optionally extends, sweep and seeds"
      )
    }
    let model = ModelDecoder.decode(SectionReader("model", in: root, context: context))
    let taskReader = SectionReader("task", in: root, context: context)
    let task = TaskDecoder.decode(taskReader, root: root)
    let trainReader = SectionReader("train", in: root, context: context)
    let train = TrainDecoder.decode(trainReader)
    let eval = EvalDecoder.decode(SectionReader("eval", in: root, context: context), task: task)
    let compile = CompileDecoder.decode(SectionReader("compile", in: root, context: context))
    guard let task else { return nil }
    let vocab = vocabSize(model, task, root: root, context: context)
    if case .epochs = train.duration, task.trainSamples == nil,
      let node = trainReader.node?["epochs"]
    {
      context.error(
        node.location, "train.epochs needs a fixed training set",
        detail: "task.train_samples is 'online' (fresh sequences for every batch)",
        hint: "use train.steps, or set task.train_samples to a number")
    }
    guard context.diagnostics.isEmpty else { return nil }
    return Spec(
      name: name, model: model, task: task, train: train, eval: eval, compile: compile,
      vocabSize: vocab)
  }

  private static func vocabSize(
    _ model: ModelConfig, _ task: TaskSpec, root: SNode, context: DecodeContext
  )
    -> Int
  {
    guard case .fixed(let size) = model.vocabSize else { return task.vocabSize }
    if size < task.vocabSize {
      let location = root["model"]?["vocab_size"]?.location ?? root.location
      context.error(
        location, "model.vocab_size is smaller than the task's vocabulary",
        detail: "expected at least \(task.vocabSize) tokens for \(describe(task)), found \(size)",
        hint: "write `vocab_size: auto` to take the task's size")
    }
    return size
  }

  /// `word_problem S3`, `parity`, `modular_arithmetic with brackets`, `language_model`.
  static func describe(_ task: TaskSpec) -> String {
    switch task.kind {
    case .wordProblem(let group): return "word_problem \(group)"
    case .parity: return "parity"
    case .modularArithmetic(let brackets):
      return "modular_arithmetic" + (brackets ? " with brackets" : "")
    case .languageModel: return "language_model"
    }
  }
}
