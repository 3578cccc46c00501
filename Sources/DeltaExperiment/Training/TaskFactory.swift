import DeltaSpec
import DeltaTasks
import Foundation

/// The data generator a spec's `task` section names, seeded from `train.seed`.
public enum TaskFactory {
  /// A task that cannot be built from the spec (a corpus too short for it) is bad input (exit 1).
  public static func make(_ spec: Spec) throws -> any TaskGenerator {
    do {
      return try generator(spec)
    } catch let error as TaskError {
      var text = "\(spec.name): error: task: \(error)"
      if case .fileNotFound = error, let command = spec.task.madeBy {
        text += "\nhint: the spec says `\(command)` makes it (task.made_by)"
      }
      throw ExperimentError(.badInput, text)
    }
  }

  /// Throws `make`'s error (with its `made_by` hint) when the task reads a text file that is not
  /// there; nothing else is checked or built. `deltac run` and `eval` call it before printing
  /// anything, so a missing corpus is the only thing they say.
  public static func checkData(_ spec: Spec) throws {
    guard case .languageModel(let path) = spec.task.kind,
      !FileManager.default.fileExists(atPath: path)
    else { return }
    _ = try make(spec)
  }

  static func generator(_ spec: Spec) throws -> any TaskGenerator {
    let t = spec.task
    let seed = UInt64(bitPattern: Int64(spec.train.seed))
    let lengths = t.trainLength.min...t.trainLength.max
    switch t.kind {
    case .wordProblem(let group):
      return try WordProblemTask(
        group: Group(factors: group.factors), trainLengths: lengths,
        trainSamples: t.trainSamples, seed: seed)
    case .parity:
      return try ParityTask(trainLengths: lengths, trainSamples: t.trainSamples, seed: seed)
    case .modularArithmetic(let brackets):
      if brackets {
        return try BracketArithmeticTask(
          trainLengths: lengths, trainSamples: t.trainSamples, seed: seed)
      }
      return try ModularArithmeticTask(
        trainLengths: lengths, trainSamples: t.trainSamples, seed: seed)
    case .languageModel(let path):
      let longest = max(t.testLength.max, spec.eval.lengths.max() ?? 0)
      return try ByteLanguageModelTask(
        path: path, trainLength: t.trainLength.max, heldOutFraction: heldOutFraction(path, longest),
        seed: seed)
    }
  }

  /// A 10% held-out tail when it can hold a window of the longest evaluated length; otherwise the
  /// whole file serves both (a small demo corpus), which `deltac run` says.
  static func heldOutFraction(_ path: String, _ longest: Int) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return size / 10 > longest + 1 ? 0.1 : 0
  }

  /// Optimizer steps the spec asks for (`epochs` counts passes over `task.train_samples`).
  public static func totalSteps(_ spec: Spec) -> Int {
    switch spec.train.duration {
    case .steps(let n): return n
    case .epochs(let e):
      let samples = spec.task.trainSamples ?? spec.train.batchSize
      return e * ((samples + spec.train.batchSize - 1) / spec.train.batchSize)
    }
  }
}
