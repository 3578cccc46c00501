import DeltaSpec
import Testing

/// `seeds:` (issue 8): the seeds `deltac sweep` runs each variant with.
@Suite struct Seeds {
  static let base = """
    task: {kind: word_problem, group: S3}
    sweep:
      model.num_householder: [1, 2]

    """

  @Test func listedSeedsKeepTheirOrder() throws {
    let resolved = try SpecLoader.parse(yaml: Self.base + "seeds: [5, 1, 3]\n", file: "x.yaml")
    #expect(resolved.seeds == [5, 1, 3])
    #expect(resolved.variants.count == 2)
    // The seeds do not change the variants (train.seed stays the spec's until a sweep run sets it).
    #expect(resolved.variants.allSatisfy { $0.train.seed == 666 })
  }

  @Test func withoutSeedsThereIsNoList() throws {
    #expect(try SpecLoader.parse(yaml: Self.base, file: "x.yaml").seeds == nil)
  }
}
