import DeltaTasks
import Testing

@Suite struct WordProblemTests {
  @Test func tokensAndVocabulary() throws {
    let task = try WordProblemTask(group: Group(parsing: "S3"), seed: 1)
    #expect(task.vocabSize == 13)
    #expect(
      [
        task.padToken, task.bosToken, task.unkToken, task.eosToken, task.sepToken, task.clsToken,
        task.maskToken,
      ]
        == [6, 7, 8, 9, 10, 11, 12])
    for (name, vocab) in [("S4", 31), ("A5", 67), ("S5", 127)] {
      #expect(try WordProblemTask(group: Group(parsing: name), seed: 1).vocabSize == vocab)
    }
  }

  @Test func prefixProductsByHand() throws {
    let task = try WordProblemTask(group: Group(parsing: "S3"), seed: 1)
    // y1 = 1, y2 = 1 * 2 = 4, y3 = 4 * 3 = 201 * 120 = identity; BOS (7) leads both rows.
    let example = task.example(elements: [1, 2, 3])
    #expect(example.inputs == [7, 1, 2, 3])
    #expect(example.labels == [7, 1, 4, 0])
    #expect(task.group.prefixProducts([5, 5, 0, 2]) == [5, 0, 0, 2])
    let z5 = try WordProblemTask(group: Group(parsing: "Z5"), seed: 1)
    #expect(z5.example(elements: [3, 4, 1]).labels == [6, 3, 2, 3])
  }

  @Test func batchLayout() throws {
    let task = try WordProblemTask(group: Group(parsing: "S3"), trainLengths: 16...16, seed: 3)
    let batch = task.trainBatch(step: 0, batchSize: 8)
    #expect(batch.batch == 8 && batch.length == 17 && task.trainWidth == 17)
    for b in 0..<8 {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      #expect(inputs[0] == 7 && labels[0] == 7)
      #expect(inputs.dropFirst().allSatisfy { (0..<6).contains($0) })
      let expected = task.group.prefixProducts(inputs.dropFirst().map { Int($0) }).map { Int32($0) }
      #expect(Array(labels.dropFirst()) == expected)
    }
    #expect(batch.supervisedCount == 8 * 17)
  }

  @Test func variableLengthsArePadded() throws {
    let task = try WordProblemTask(group: Group(parsing: "A4"), trainLengths: 2...10, seed: 5)
    let batch = task.trainBatch(step: 4, batchSize: 64)
    #expect(batch.length == 11)
    var lengths = Set<Int>()
    for b in 0..<64 {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      let k = inputs.firstIndex(of: task.padToken).map { $0 - 1 } ?? 10
      lengths.insert(k)
      #expect(inputs[(k + 1)...].allSatisfy { $0 == task.padToken })
      #expect(labels[(k + 1)...].allSatisfy { $0 == ignoreIndex })
      #expect(labels[...k].allSatisfy { $0 != ignoreIndex })
    }
    #expect(lengths.min()! >= 2 && lengths.max()! <= 10 && lengths.count > 5)
  }

  @Test func evalSetIsFixedAndHeldOut() throws {
    let g = try Group(parsing: "S3")
    let task = try WordProblemTask(group: g, trainLengths: 24...24, seed: 666)
    let eval = try task.evalSet(length: 24, count: 32)
    #expect(eval.batch == 32 && eval.length == 25)
    #expect(try task.evalSet(length: 24, count: 32) == eval)
    // A smaller set is a prefix of a larger one.
    let small = try task.evalSet(length: 24, count: 5)
    #expect(small.inputs == Array(eval.inputs.prefix(5 * 25)))
    // Different lengths and the training stream do not share rows.
    let train = task.trainBatch(step: 0, batchSize: 32)
    let trainRows = Set((0..<32).map { Array(train.inputs(row: $0)) })
    #expect((0..<32).allSatisfy { !trainRows.contains(Array(eval.inputs(row: $0))) })
    #expect(try task.evalSet(length: 48, count: 4).length == 49)
    // The evaluation set depends on the evaluation seed only, not on the training seed.
    let other = try WordProblemTask(
      group: g, trainLengths: 24...24, seed: 7, evalSeed: task.evalSeed)
    #expect(try other.evalSet(length: 24, count: 32) == eval)
    #expect(other.trainBatch(step: 0, batchSize: 32) != train)
    // An evaluation seed equal to the training seed still gives a different stream.
    let same = try WordProblemTask(group: g, trainLengths: 24...24, seed: 666, evalSeed: 666)
    #expect(try same.evalSet(length: 24, count: 32).inputs != train.inputs)
  }

  @Test func badArguments() throws {
    let g = try Group(parsing: "S3")
    #expect(throws: TaskError.self) { try WordProblemTask(group: g, trainLengths: 0...4, seed: 1) }
    #expect(throws: TaskError.self) { try WordProblemTask(group: g, trainSamples: 0, seed: 1) }
    let task = try WordProblemTask(group: g, seed: 1)
    #expect(throws: TaskError.self) { try task.evalSet(length: 8, count: 0) }
  }
}
