import DeltaTasks
import Foundation
import Testing

@Suite struct SamplingTests {
  @Test func splitMix64MatchesReferenceVector() {
    // Vigna's splitmix64.c from seed 1234567.
    var rng = SplitMix64(seed: 1_234_567)
    let expected: [UInt64] = [
      6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
    ]
    #expect([rng.next(), rng.next(), rng.next()] == expected)
    var a = SplitMix64(seed: 42)
    let draws = (0..<10_000).map { _ in a.below(7) }
    #expect(draws.allSatisfy { (0..<7).contains($0) })
    #expect(Set(draws).count == 7)
    #expect(SplitMix64.derive(1, 2, 3) != SplitMix64.derive(1, 3, 2))
    #expect(SplitMix64.derive(1, 2, 3) == SplitMix64.derive(1, 2, 3))
  }

  @Test func sameSeedSameBatchDifferentStepDifferentBatch() throws {
    let tasks: [any TaskGenerator] = [
      try WordProblemTask(group: Group(parsing: "S5"), trainLengths: 32...32, seed: 666),
      try ParityTask(seed: 666),
      try ModularArithmeticTask(seed: 666),
      try BracketArithmeticTask(seed: 666),
    ]
    let again: [any TaskGenerator] = [
      try WordProblemTask(group: Group(parsing: "S5"), trainLengths: 32...32, seed: 666),
      try ParityTask(seed: 666),
      try ModularArithmeticTask(seed: 666),
      try BracketArithmeticTask(seed: 666),
    ]
    let otherSeed: [any TaskGenerator] = [
      try WordProblemTask(group: Group(parsing: "S5"), trainLengths: 32...32, seed: 667),
      try ParityTask(seed: 667),
      try ModularArithmeticTask(seed: 667),
      try BracketArithmeticTask(seed: 667),
    ]
    for i in tasks.indices {
      let b = tasks[i].trainBatch(step: 17, batchSize: 16)
      #expect(again[i].trainBatch(step: 17, batchSize: 16) == b)
      #expect(tasks[i].trainBatch(step: 17, batchSize: 16) == b)
      #expect(tasks[i].trainBatch(step: 18, batchSize: 16) != b)
      #expect(otherSeed[i].trainBatch(step: 17, batchSize: 16) != b)
      #expect(b.inputs.allSatisfy { $0 >= 0 && Int($0) < tasks[i].vocabSize })
      #expect(
        b.labels.allSatisfy { $0 == ignoreIndex || ($0 >= 0 && Int($0) < tasks[i].vocabSize) })
      #expect(b.length == tasks[i].trainWidth)
    }
  }

  @Test func fixedPoolVisitsEverySampleOncePerEpoch() throws {
    let task = try WordProblemTask(
      group: Group(parsing: "S4"), trainLengths: 12...12, trainSamples: 8, seed: 2)
    func rows(_ steps: ClosedRange<Int>) -> [[Int32]] {
      steps.flatMap { s in
        let b = task.trainBatch(step: s, batchSize: 4)
        return (0..<4).map { Array(b.inputs(row: $0)) }
      }
    }
    let epoch0 = rows(0...1)
    let epoch1 = rows(2...3)
    #expect(Set(epoch0).count == 8)
    #expect(Set(epoch0) == Set(epoch1))
    #expect(epoch0 != epoch1)  // reshuffled
    // The same pool under a batch size that straddles epochs.
    let b = task.trainBatch(step: 0, batchSize: 20)
    #expect(Set((0..<20).map { Array(b.inputs(row: $0)) }) == Set(epoch0))
  }

  @Test func onlineBatchesDoNotRepeat() throws {
    let task = try WordProblemTask(group: Group(parsing: "S3"), trainLengths: 20...20, seed: 2)
    let rows = (0..<8).flatMap { s in
      let b = task.trainBatch(step: s, batchSize: 32)
      return (0..<32).map { Array(b.inputs(row: $0)) }
    }
    #expect(Set(rows).count == rows.count)
  }
}
