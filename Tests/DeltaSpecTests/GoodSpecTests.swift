import DeltaSpec
import DeltaTasks
import Foundation
import Testing

/// The specs shipped in `specs/`.
enum ShippedSpecs {
  static var paths: [String] {
    let dir = Corpus.repoRoot + "/specs"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir + "/" + $0 }
  }
  static func path(_ name: String) -> String { Corpus.repoRoot + "/specs/\(name).yaml" }
}

@Suite struct GoodSpecs {
  @Test func specsFolderHasTheIssueSpecs() {
    let names = Set(ShippedSpecs.paths.map { URL(fileURLWithPath: $0).lastPathComponent })
    for name in [
      "s3_nh1_pos", "s3_nh1_neg", "s3_nh2_pos", "s3_nh2_neg", "s4_nh2_neg", "a5_nh2_neg",
      "s5_nh4_neg",
      "parity", "modarith_brackets", "lm_bytes", "quickstart", "s3_sweep",
    ] {
      #expect(names.contains("\(name).yaml"), "missing specs/\(name).yaml")
    }
  }

  @Test(arguments: ShippedSpecs.paths)
  func validates(path: String) throws {
    let resolved = try SpecLoader.resolve(file: path)
    #expect(resolved.variants.count >= 1)
  }

  /// print -> parse gives the same value, for the base spec and every sweep variant.
  @Test(arguments: ShippedSpecs.paths)
  func roundTripsThroughCanonicalYAML(path: String) throws {
    for spec in try SpecLoader.loadVariants(file: path) + [SpecLoader.load(file: path)] {
      let text = SpecPrinter.yaml(spec)
      let stem = spec.name.split(separator: "/").first.map(String.init) ?? spec.name
      let reparsed = try SpecLoader.parse(yaml: text, file: "/nowhere/\(stem).yaml").spec
      var expected = spec
      expected.name = stem
      #expect(reparsed == expected, "\(text)")
      #expect(SpecPrinter.yaml(reparsed) == SpecPrinter.yaml(expected))
    }
  }

  /// The CPU-scale protocol of specs/state_tracking_base.yaml (its comment says how it deviates from
  /// reference 5.1): the paper's model, trained at 128 (batch 64, at most 1000 steps) and tested at 512.
  @Test func stateTrackingVariantIsTheCPUProtocol() throws {
    let spec = try SpecLoader.load(file: ShippedSpecs.path("s3_nh2_neg"))
    var model = ModelConfig.defaults
    model.hiddenSize = 128
    model.numHiddenLayers = 1
    model.numHeads = 8
    model.headDim = 32
    model.expandV = 1
    model.numHouseholder = 2
    model.allowNegEigval = true
    model.useShortConv = false
    model.useOutputGate = false
    model.useForgetGate = false
    model.mlp = .intermediateSize(512)
    model.vocabSize = .auto
    #expect(spec.model == model)
    #expect(spec.train.batchSize == 64)
    #expect(spec.train.duration == .steps(1000))
    #expect(spec.name == "s3_nh2_neg")
    #expect(spec.vocabSize == 13)
    #expect(spec.task.kind == .wordProblem(group: GroupName(factors: [.symmetric(3)])))
    #expect(spec.task.trainLength == LengthRange(exactly: 128))
    #expect(spec.task.testLength == LengthRange(exactly: 512))
    #expect(spec.train.seed == 666)
    #expect(
      spec.train.optimizer
        == TrainSpec.AdamW(lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 1e-6))
    #expect(spec.train.earlyStop == TrainSpec.EarlyStop(metric: .sequenceAccuracy, target: 0.99))
    #expect(spec.eval.lengths == [128, 256, 512])
  }

  /// scripts/reproduce.sh starts each variant's stage 2 (`<v>.yaml`, k = 128) from the checkpoint of
  /// its stage 1 (`<v>_len24.yaml`, k = 24) with --init-from, which needs the same model and task group.
  @Test(arguments: [
    "s3_nh1_pos", "s3_nh1_neg", "s3_nh2_pos", "s3_nh2_neg", "s4_nh2_neg", "a5_nh2_neg",
  ])
  func stageOneSpecHasTheModelOfStageTwo(variant: String) throws {
    let stage2 = try SpecLoader.load(file: ShippedSpecs.path(variant))
    let stage1 = try SpecLoader.load(file: ShippedSpecs.path(variant + "_len24"))
    #expect(stage1.model == stage2.model)
    #expect(stage1.task.kind == stage2.task.kind)
    #expect(stage1.train.seed == stage2.train.seed)
    #expect(stage1.task.trainLength == LengthRange(exactly: 24))
    #expect(stage2.task.trainLength == LengthRange(exactly: 128))
  }

  @Test func vocabularyComesFromTheTask() throws {
    let sizes = try [
      "s3_nh2_neg", "s4_nh2_neg", "a5_nh2_neg", "s5_nh4_neg", "parity", "modarith_brackets",
      "lm_bytes",
    ]
    .map { try SpecLoader.load(file: ShippedSpecs.path($0)).vocabSize }
    #expect(sizes == [13, 31, 67, 127, 3, 12, 256])
  }

  @Test func sweepExpandsToNamedVariantsInOrder() throws {
    let variants = try SpecLoader.loadVariants(file: ShippedSpecs.path("s3_sweep"))
    #expect(
      variants.map(\.name) == [
        "s3_sweep/nh1-eig0_1", "s3_sweep/nh1-eig-1_1", "s3_sweep/nh2-eig0_1",
        "s3_sweep/nh2-eig-1_1",
      ])
    #expect(variants.map(\.model.numHouseholder) == [1, 1, 2, 2])
    #expect(variants.map(\.model.allowNegEigval) == [false, true, false, true])
    let base = try SpecLoader.load(file: ShippedSpecs.path("s3_sweep"))
    #expect(base.name == "s3_sweep")
    #expect(base.model.numHouseholder == 1)
    // A variant equals the hand-written spec with the same settings, up to its name.
    var named = variants[3]
    named.name = "s3_nh2_neg"
    #expect(named == (try SpecLoader.load(file: ShippedSpecs.path("s3_nh2_neg"))))
  }

  @Test func sourcesSayWhereEachValueCameFrom() throws {
    let resolved = try SpecLoader.resolve(file: ShippedSpecs.path("s3_nh2_neg"))
    let base = ShippedSpecs.path("state_tracking_base")
    #expect(resolved.source(of: "model.num_householder") == .spec)
    #expect(resolved.source(of: "model.allow_neg_eigval") == .spec)
    #expect(resolved.source(of: "model.hidden_size") == .extends(base))
    #expect(resolved.source(of: "model.conv_size") == .defaulted)
    #expect(resolved.files == [ShippedSpecs.path("s3_nh2_neg"), base])
  }

  @Test func languageModelPathIsResolvedAgainstTheSpec() throws {
    let spec = try SpecLoader.load(file: ShippedSpecs.path("lm_bytes"))
    #expect(spec.task.kind == .languageModel(path: Corpus.repoRoot + "/specs/data/tiny.txt"))
  }

  /// A corpus that a command makes (`made_by`) may be missing: the spec still validates (compile and
  /// check need no data) and prints `made_by` back; without `made_by` the same spec is an error.
  @Test func madeByLetsTheCorpusBeMissing() throws {
    let text = """
      model: {hidden_size: 32, num_heads: 2, head_dim: 16}
      task:
        kind: language_model
        path: missing/corpus.txt
        made_by: make corpus
      """
    let file = Corpus.repoRoot + "/specs/made_by_test.yaml"
    let spec = try SpecLoader.parse(yaml: text, file: file).spec
    #expect(spec.task.kind == .languageModel(path: Corpus.repoRoot + "/specs/missing/corpus.txt"))
    #expect(spec.task.madeBy == "make corpus")
    #expect(SpecPrinter.yaml(spec).contains("  made_by: \"make corpus\"\n"))
    let without = text.replacingOccurrences(of: "\n  made_by: make corpus", with: "")
    #expect(without != text)
    #expect(throws: SpecDiagnostics.self) { try SpecLoader.parse(yaml: without, file: file) }
  }
}
