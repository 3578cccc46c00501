import DeltaExperiment
import DeltaSpec
import Foundation
import Testing

@Suite struct TaskFactoryTests {
  /// A language-model spec whose corpus is made by a command (`task.made_by`) validates without the
  /// file; building its task says the file is missing and which command makes it (exit 1: bad input).
  @Test func missingCorpusNamesTheCommandThatMakesIt() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("made-by-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("lm.yaml").path
    let text = """
      model: {hidden_size: 32, num_heads: 2, head_dim: 16}
      task: {kind: language_model, path: corpus.txt, made_by: make corpus}
      """
    let spec = try SpecLoader.parse(yaml: text, file: file).spec
    do {
      _ = try TaskFactory.make(spec)
      Issue.record("no error for a missing corpus")
    } catch let error as ExperimentError {
      #expect(error.kind == .badInput)
      #expect(
        "\(error)"
          == "lm: error: task: no such text file '\(dir.path)/corpus.txt'\n"
          + "hint: the spec says `make corpus` makes it (task.made_by)")
    }
  }
}
