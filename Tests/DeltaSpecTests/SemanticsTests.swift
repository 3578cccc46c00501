import DeltaTasks
import Foundation
import Testing

@testable import DeltaSpec

/// `extends`, merging rules, defaults, and the value types.
@Suite struct Semantics {
  func resolve(_ text: String, file: String = "/tmp/inline.yaml") throws -> ResolvedSpec {
    try SpecLoader.parse(yaml: text, file: file)
  }

  @Test func minimalSpecTakesEveryDefault() throws {
    let spec = try resolve("task: {kind: parity}").spec
    #expect(spec.model == ModelConfig.defaults)
    #expect(spec.train == TrainSpec.defaults)
    #expect(spec.compile == CompileSpec.defaults)
    #expect(spec.task == TaskSpec.defaults(for: .parity))
    #expect(spec.eval == EvalSpec.defaults(for: spec.task))
    #expect(spec.eval.lengths == [40, 256])
    #expect(spec.vocabSize == 32000)
    #expect(spec.name == "inline")
  }

  @Test func childEigenvaluesReplaceInheritedFlag() throws {
    let spec = try SpecLoader.load(file: Corpus.root + "/good/eigen_override.yaml")
    #expect(spec.model.allowNegEigval == true)
    #expect(spec.model.hiddenSize == 128)
  }

  @Test func taskOfAnotherKindReplacesTheParentsTask() throws {
    let spec = try SpecLoader.load(file: Corpus.root + "/good/kind_override.yaml")
    #expect(spec.task.kind == .modularArithmetic(brackets: true))
    #expect(spec.task.trainLength == LengthRange(3, 40))
  }

  @Test func mlpForms() throws {
    let ratio = try resolve("model: {hidden_size: 128, hidden_ratio: 4}\ntask: {kind: parity}").spec
    #expect(ratio.model.intermediateSize == 512)
    let size = try resolve("model: {intermediate_size: 300}\ntask: {kind: parity}").spec
    #expect(size.model.mlp == .intermediateSize(300))
    let none = try resolve("model: {mlp: none}\ntask: {kind: parity}").spec
    #expect(none.model.mlp == ModelConfig.MLPSize.none)
  }

  @Test func wordsForOptionalValues() throws {
    let spec = try resolve(
      """
      task: {kind: parity, train_samples: online}
      train: {grad_clip: none, early_stop: none, checkpoint_every: none, steps: 2}
      compile: {threads: auto, chunk_size: autotune, kernel_cache_dir: none, recurrence_inputs: separate}
      """)
    #expect(spec.spec.task.trainSamples == nil)
    #expect(spec.spec.compile.chunkSize == .autotune)
    #expect(!spec.spec.compile.recurrenceInputs)
    #expect(CompileSpec.defaults.recurrenceInputs)
    #expect(spec.spec.compile.threads == nil)
  }

  @Test func quotedNumbersAreStrings() {
    #expect(ScalarValue(.init(text: "128", quoted: true)) == .string("128"))
    #expect(ScalarValue(.init(text: "128", quoted: false)) == .int(128))
    #expect(ScalarValue(.init(text: "1e-3", quoted: false)) == .float(0.001, text: "1e-3"))
    #expect(ScalarValue(.init(text: "yes", quoted: false)) == .string("yes"))
    #expect(ScalarValue(.init(text: "1e400", quoted: false)) == .floatOutOfRange("1e400"))
    #expect(
      ScalarValue(.init(text: "-9223372036854775809", quoted: false))
        == .intOutOfRange("-9223372036854775809"))
    #expect(ScalarValue(.init(text: "1.2.3", quoted: false)) == .string("1.2.3"))
  }

  @Test func groupNames() throws {
    #expect(try GroupName.parse("S3").get().order == 6)
    #expect(try GroupName.parse("A5").get().order == 60)
    #expect(try GroupName.parse("D4").get().order == 8)
    #expect(try GroupName.parse("S3_x_Z2").get().description == "S3xZ2")
    #expect(try GroupName.parse("S3xZ2").get().order == 12)
    for bad in ["S", "S3x", "Q3"] {
      guard case .failure(.malformed) = GroupName.parse(bad) else {
        Issue.record("\(bad) parsed as \(GroupName.parse(bad))")
        continue
      }
    }
    #expect(GroupName.parse("S9") == .failure(.outOfRange(factor: "S9", allowed: "S2...S8")))
  }

  @Test func editDistanceSuggestions() {
    #expect(Suggest.editDistance("num_housholder", "num_householder") == 1)
    #expect(Suggest.editDistance("hidde_nsize", "hidden_size") == 1)
    #expect(Suggest.didYouMean("modle", ["model", "task"]) == "did you mean 'model'?")
    #expect(Suggest.didYouMean("banana", ["model", "task"]) == nil)
  }

  @Test func explainTableMarksDefaultsAndInheritedValues() throws {
    let resolved = try SpecLoader.resolve(file: Corpus.root + "/good/eigen_override.yaml")
    let table = SpecPrinter.table(resolved)
    let rows = table.split(separator: "\n").map {
      $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    #expect(rows[0] == ["key", "value", "source"])
    let byKey = Dictionary(rows.dropFirst(2).map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byKey["model.allow_neg_eigval"] == ["model.allow_neg_eigval", "true", "spec"])
    #expect(
      byKey["model.hidden_size"] == [
        "model.hidden_size", "128", "extends \(Corpus.root)/lib/neg_false.yaml",
      ])
    #expect(byKey["model.conv_size"] == ["model.conv_size", "4", "default"])
    #expect(byKey["model.vocab_size"] == ["model.vocab_size", "32000", "default"])
    #expect(rows.count == 2 + SpecPrinter.rows(resolved.spec).count)
  }
}
