/// Parity (vocab 3; reference 5.2, UST `parity.py`): symbols 1 and 2, PAD 0. A sequence of length s has
/// s-1 symbols and the answer at position s-1: `(sum(x) - (s-1)) mod 2 + 1`, i.e. 1 for an even number
/// of 2s and 2 for an odd one. Rows are the s-1 symbols; the label of the last symbol is the answer.
///
/// Layout shared by the Chomsky-hierarchy tasks (`ParityTask`, `ModularArithmeticTask`,
/// `BracketArithmeticTask`; UST `xlstm/experiments/data/formal_language`): the generator makes a
/// sequence `seq` of `length` tokens whose answer sits at one position; only that position is supervised.
/// As in the reference dataset wrapper (`FormLangDataset`, shift 1), the input at the answer position is
/// replaced by 0 and rows are `input = seq[:-1]`, `label = seq[1:]` with every label but the answer
/// `ignoreIndex`, so the model predicts the answer at the preceding position (the last symbol, or '=').
/// A sequence of `length` tokens is a row of `length - 1`; batches are padded to the longest length of
/// their range with the task's PAD token. Defaults: train lengths 3-40 (the spec's test lengths: 40-256).
public struct ParityTask: SampledTask {
  let sampler: RowSampler
  var rows: Rows { Rows() }

  public init(
    trainLengths: ClosedRange<Int> = 3...40, trainSamples: Int? = nil, seed: UInt64,
    evalSeed: UInt64? = nil
  ) throws(TaskError) {
    sampler = RowSampler(
      seed: seed, evalSeed: evalSeed, trainLengths: trainLengths, trainSamples: trainSamples)
    try sampler.check(Rows())
  }

  public static let pad: Int32 = 0
  public static let vocabSize = 3
  public var vocabSize: Int { Self.vocabSize }
  public var padToken: Int32 { Self.pad }

  /// The answer token for the symbols `bits` (each 1 or 2).
  public static func answer(_ bits: [Int32]) -> Int32 {
    Int32((bits.reduce(0) { $0 + Int($1) } - bits.count) % 2 + 1)
  }

  /// The row of a sequence whose symbols are `bits` (its length is `bits.count + 1`).
  public static func example(bits: [Int32]) -> Example {
    precondition(
      !bits.isEmpty && bits.allSatisfy { $0 == 1 || $0 == 2 }, "parity symbols are 1 or 2")
    var labels = [Int32](repeating: ignoreIndex, count: bits.count)
    labels[bits.count - 1] = answer(bits)
    return Example(inputs: bits, labels: labels)
  }

  struct Rows: RowTask {
    var padToken: Int32 { ParityTask.pad }
    var minLength: Int { 2 }
    func width(forLength length: Int) -> Int { length - 1 }
    func example(length: Int, rng: inout SplitMix64) -> Example {
      ParityTask.example(bits: (0..<(length - 1)).map { _ in Int32(1 + rng.below(2)) })
    }
  }
}
