/// Group word problems (reference 5.1, DP `state_tracking/`): a sequence of k group elements drawn
/// uniformly with replacement; the target at step t is the prefix product `y_t = y_{t-1} * x_t`, `y_1 = x_1`.
///
/// Tokens (the WordLevel vocabulary of DP's `get_dataset`): element `g` is token `g` (`0..<|G|`), then the
/// specials `[PAD] [BOS] [UNK] [EOS] [SEP] [CLS] [MASK]` are `|G| ... |G|+6`; vocabulary `|G| + 7`
/// (S3 13, S4 31, A5 67, S5 127). `[BOS]` is prepended to both inputs and labels, so a sequence of k
/// elements is a row of k+1 tokens whose position-0 label is `[BOS]`; every position is supervised.
/// Lengths (`trainLengths`, `evalSet(length:)`) count elements k; rows are k+1 wide.
///
/// The reference de-duplicates its sampled sequences; here rows are drawn independently (at the
/// reference lengths, k = 128 / 512, a repeat is astronomically unlikely).
public struct WordProblemTask: SampledTask {
  public let group: Group
  let sampler: RowSampler
  var rows: Rows { Rows(group: group) }

  /// - Parameters:
  ///   - group: the group, e.g. `try Group(parsing: "S3")`.
  ///   - trainLengths: element counts k of training sequences (the reference trains at exactly 128).
  ///   - trainSamples: a fixed pool of this many training sequences, reshuffled each epoch (reference
  ///     99,000); nil draws fresh sequences for every batch.
  ///   - seed: the training seed. `evalSeed`: the evaluation seed (default: derived from `seed` on its own
  ///     stream, so the evaluation set never shares a generator with training).
  public init(
    group: Group, trainLengths: ClosedRange<Int> = 128...128, trainSamples: Int? = nil,
    seed: UInt64,
    evalSeed: UInt64? = nil
  ) throws(TaskError) {
    self.group = group
    sampler = RowSampler(
      seed: seed, evalSeed: evalSeed, trainLengths: trainLengths, trainSamples: trainSamples)
    try sampler.check(Rows(group: group))
  }

  /// Special tokens, in order after the element tokens.
  public static let specials = ["[PAD]", "[BOS]", "[UNK]", "[EOS]", "[SEP]", "[CLS]", "[MASK]"]

  /// |G| + 7: the elements, then the specials.
  public static func vocabSize(groupOrder: Int) -> Int { groupOrder + specials.count }
  public var vocabSize: Int { Self.vocabSize(groupOrder: group.order) }
  public var padToken: Int32 { Int32(group.order) }
  public var bosToken: Int32 { Int32(group.order + 1) }
  public var unkToken: Int32 { Int32(group.order + 2) }
  public var eosToken: Int32 { Int32(group.order + 3) }
  public var sepToken: Int32 { Int32(group.order + 4) }
  public var clsToken: Int32 { Int32(group.order + 5) }
  public var maskToken: Int32 { Int32(group.order + 6) }

  /// The tokenised example of a given element sequence: inputs `[BOS] x_1 ... x_k`, labels
  /// `[BOS] y_1 ... y_k`.
  public func example(elements: [Int]) -> Example {
    Rows(group: group).example(elements: elements)
  }

  struct Rows: RowTask {
    let group: Group
    var padToken: Int32 { Int32(group.order) }
    var minLength: Int { 1 }
    func width(forLength length: Int) -> Int { length + 1 }

    func example(length: Int, rng: inout SplitMix64) -> Example {
      example(elements: (0..<length).map { _ in rng.below(group.order) })
    }

    func example(elements: [Int]) -> Example {
      let bos = Int32(group.order + 1)
      return Example(
        inputs: [bos] + elements.map { Int32($0) },
        labels: [bos] + group.prefixProducts(elements).map { Int32($0) })
    }
  }
}
