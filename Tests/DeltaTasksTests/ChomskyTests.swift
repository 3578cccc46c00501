import DeltaTasks
import Testing

@Suite struct ChomskyTests {
  @Test func parityByHand() {
    // Three 2s: odd, answer 2 = (8 - 5) mod 2 + 1.
    #expect(ParityTask.answer([1, 2, 2, 1, 2]) == 2)
    #expect(ParityTask.answer([2, 2]) == 1)
    #expect(ParityTask.answer([1]) == 1)
    let example = ParityTask.example(bits: [1, 2, 2, 1, 2])
    #expect(example.inputs == [1, 2, 2, 1, 2])
    #expect(example.labels == [ignoreIndex, ignoreIndex, ignoreIndex, ignoreIndex, 2])
  }

  @Test func parityBatches() throws {
    let task = try ParityTask(seed: 11)
    #expect(task.vocabSize == 3 && task.trainWidth == 39)
    let batch = task.trainBatch(step: 0, batchSize: 512)
    #expect(batch.length == 39)
    var answerPositions = Set<Int>()
    for b in 0..<batch.batch {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      let supervised = labels.indices.filter { labels[$0] != ignoreIndex }
      #expect(supervised.count == 1)
      let p = supervised[0]
      answerPositions.insert(p)
      #expect(labels[p] == ParityTask.answer(Array(inputs[...p])))
      #expect(inputs[...p].allSatisfy { $0 == 1 || $0 == 2 })
      #expect(inputs[(p + 1)...].allSatisfy { $0 == 0 })
    }
    // Lengths 3...40 give answers at row positions 1...38.
    #expect(answerPositions == Set(1...38))
    let eval = try task.evalSet(length: 256, count: 4)
    #expect(eval.length == 255)
    #expect((0..<4).allSatisfy { eval.labels(row: $0).last! != ignoreIndex })
  }

  @Test func modularArithmeticByHand() throws {
    typealias M = ModularArithmeticTask
    func tokens(_ s: String) -> [Int32] {
      s.split(separator: " ").map { w in
        switch w {
        case "+": return M.plus
        case "-": return M.minus
        case "*": return M.times
        default: return M.number(Int(w)!)
        }
      }
    }
    #expect(M.number(0) == 5 && M.number(4) == 9 && M.equals == 4 && M.pad == 0)
    #expect(try M.evaluate(tokens("3 + 4 * 2 - 1")) == 0)  // 3 + 8 - 1 = 10
    #expect(try M.evaluate(tokens("2 - 3 * 4 * 1 + 1")) == 1)  // -9; left to right would give 2
    #expect(try M.evaluate(tokens("4 * 3")) == 2)
    #expect(try M.evaluate(tokens("1 - 4")) == 2)  // -3 mod 5
    #expect(try M.evaluate(tokens("3")) == 3)
    let example = try M.example(expression: tokens("2 - 3 * 4 * 1 + 1"))
    #expect(example.inputs == [7, 2, 8, 3, 9, 3, 6, 1, 6, 4])
    #expect(example.labels == Array(repeating: ignoreIndex, count: 9) + [6])
    #expect(throws: TaskError.self) { try M.evaluate([5, 1]) }
    #expect(throws: TaskError.self) { try M.evaluate([5, 4, 5]) }
  }

  @Test func modularArithmeticBatches() throws {
    let task = try ModularArithmeticTask(seed: 3)
    #expect(task.vocabSize == 10)
    let batch = task.trainBatch(step: 2, batchSize: 512)
    #expect(batch.length == 39)
    var sizes = Set<Int>()
    for b in 0..<batch.batch {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      let eq = inputs.firstIndex(of: ModularArithmeticTask.equals)!
      sizes.insert(eq + 2)
      #expect(labels.indices.filter { labels[$0] != ignoreIndex } == [eq])
      #expect(
        labels[eq]
          == ModularArithmeticTask.number(try ModularArithmeticTask.evaluate(Array(inputs[..<eq]))))
      #expect(inputs[(eq + 1)...].allSatisfy { $0 == 0 })
    }
    // Sequence lengths are odd, 3...39, as the reference draws them.
    #expect(sizes == Set(stride(from: 3, through: 39, by: 2)))
    // An even evaluation length L gives sequences of L - 1, padded to L - 1 tokens.
    let eval = try task.evalSet(length: 40, count: 3)
    #expect(eval.length == 39)
    #expect((0..<3).allSatisfy { Array(eval.inputs(row: $0))[37] == ModularArithmeticTask.equals })
    #expect((0..<3).allSatisfy { Array(eval.inputs(row: $0))[38] == ModularArithmeticTask.pad })
    #expect(throws: TaskError.self) { try task.evalSet(length: 2, count: 1) }
  }

  @Test func bracketsByHand() throws {
    typealias B = BracketArithmeticTask
    func tokens(_ s: String) -> [Int32] {
      s.split(separator: " ").map { w in
        switch w {
        case "+": return B.plus
        case "-": return B.minus
        case "*": return B.times
        case "(": return B.open
        case ")": return B.close
        default: return Int32(w)!
        }
      }
    }
    #expect(
      [B.plus, B.minus, B.times, B.open, B.close, B.equals, B.pad] == [5, 6, 7, 8, 9, 10, 11])
    #expect(try B.evaluate(tokens("( 3 + ( - 4 ) )")) == 4)  // -1
    #expect(try B.evaluate(tokens("( ( 2 - 3 ) - - 1 )")) == 0)  // -1 - (-1)
    #expect(try B.evaluate(tokens("- 2")) == 3)
    #expect(try B.evaluate(tokens("( - 4 )")) == 1)
    #expect(try B.evaluate(tokens("3 - 1 - 1")) == 1)  // left-associative
    #expect(try B.evaluate(tokens("( 4 + 2 * 3 )")) == 0)  // 10; (4 + 2) * 3 would give 3
    #expect(try B.evaluate(tokens("( ( 4 + 2 ) * 3 )")) == 3)
    #expect(try B.evaluate(tokens("( ( 1 + 2 ) - ( - 4 - 3 ) )")) == 0)  // 3 - (-7) = 10
    let example = try B.example(expression: tokens("( 3 + ( - 4 ) )"))
    #expect(example.inputs == [8, 3, 5, 8, 6, 4, 9, 9, 10, 0])
    #expect(example.labels == Array(repeating: ignoreIndex, count: 8) + [4, ignoreIndex])
    for bad in ["( 3 + 4", "3 +", "( )", "3 4", ") 3"] {
      #expect(throws: TaskError.self, "\(bad)") { try B.evaluate(tokens(bad)) }
    }
  }

  @Test(arguments: [false, true]) func bracketBatches(multiplication: Bool) throws {
    let task = try BracketArithmeticTask(multiplication: multiplication, seed: 9)
    #expect(task.vocabSize == 12 && task.trainWidth == 39)
    let batch = task.trainBatch(step: 1, batchSize: 256)
    var sawTimes = false
    var sawUnary = false
    var lengths = Set<Int>()
    for b in 0..<batch.batch {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      let eq = inputs.firstIndex(of: BracketArithmeticTask.equals)!
      let expression = Array(inputs[..<eq])
      lengths.insert(eq + 3)
      #expect(labels.indices.filter { labels[$0] != ignoreIndex } == [eq])
      #expect(labels[eq] == Int32(try BracketArithmeticTask.evaluate(expression)))
      #expect(inputs[eq + 1] == BracketArithmeticTask.maskedAnswer)
      #expect(inputs[(eq + 2)...].allSatisfy { $0 == BracketArithmeticTask.pad })
      #expect(expression.filter { $0 == 8 }.count == expression.filter { $0 == 9 }.count)
      sawTimes = sawTimes || expression.contains(BracketArithmeticTask.times)
      let pairs = zip(expression, expression.dropFirst())
      sawUnary = sawUnary || expression.first == 6 || pairs.contains { $0 == 8 && $1 == 6 }
    }
    #expect(sawTimes == multiplication)
    #expect(sawUnary)
    // Lengths below 5 are raised to 5 (expressions of at least 2 tokens), as in the reference.
    #expect(lengths == Set(5...40))
    let eval = try task.evalSet(lengths: 40...256, count: 8)
    #expect(eval.length == 255)
  }
}
