import DeltaTasks

/// The `task` section: which data the model is trained and tested on (reference sections 5.1-5.3).
public struct TaskSpec: Equatable, Hashable, Sendable {
  public enum Kind: Equatable, Hashable, Sendable {
    /// Group word problem: tokens are group elements, targets are prefix products (section 5.1).
    case wordProblem(group: GroupName)
    /// Parity of a sequence of 1s and 2s, supervised at the last position (section 5.2).
    case parity
    /// Arithmetic mod 5, with or without brackets and unary minus (section 5.2).
    case modularArithmetic(brackets: Bool)
    /// Byte-level next-token prediction on a text file; `path` is absolute (resolved against the spec).
    case languageModel(path: String)

    /// The name written in a spec (`kind: word_problem`).
    public var name: String {
      switch self {
      case .wordProblem: return "word_problem"
      case .parity: return "parity"
      case .modularArithmetic: return "modular_arithmetic"
      case .languageModel: return "language_model"
      }
    }

    public static let names = ["word_problem", "parity", "modular_arithmetic", "language_model"]
  }

  public var kind: Kind
  /// Lengths of the training sequences (one length, or a range drawn uniformly).
  public var trainLength: LengthRange
  /// Lengths of the held-out test split (validation during training, early stopping).
  public var testLength: LengthRange
  /// Distinct training sequences generated up front; nil means fresh sequences for every batch (`online`).
  public var trainSamples: Int?
  /// Sequences in the held-out test split.
  public var testSamples: Int
  /// language_model: the command that makes a corpus not shipped with the repository (`make corpus`).
  /// With it, a missing `path` is not a spec error (compile, check and explain need no data); run and
  /// eval say to run it.
  public var madeBy: String? = nil

  public init(
    kind: Kind, trainLength: LengthRange, testLength: LengthRange, trainSamples: Int?,
    testSamples: Int
  ) {
    self.kind = kind
    self.trainLength = trainLength
    self.testLength = testLength
    self.trainSamples = trainSamples
    self.testSamples = testSamples
  }

  /// The one place task defaults are stated, per kind (reference 5.1: k=128 train, 512 test, 99,000 / 1,000
  /// sequences; 5.2: lengths 3-40 train, 40-256 test, 8192 test sequences, fresh training samples).
  public static func defaults(for kind: Kind) -> TaskSpec {
    switch kind {
    case .wordProblem:
      return TaskSpec(
        kind: kind, trainLength: LengthRange(exactly: 128), testLength: LengthRange(exactly: 512),
        trainSamples: 99_000, testSamples: 1_000)
    case .parity, .modularArithmetic:
      return TaskSpec(
        kind: kind, trainLength: LengthRange(3, 40), testLength: LengthRange(40, 256),
        trainSamples: nil, testSamples: 8_192)
    case .languageModel:
      return TaskSpec(
        kind: kind, trainLength: LengthRange(exactly: 256), testLength: LengthRange(exactly: 256),
        trainSamples: nil, testSamples: 64)
    }
  }

  /// Tokens the task needs (reference 5.1, 5.2), as each task defines it: |G| + 7 specials for word
  /// problems (S3 13, S4 31, A5 67, S5 127), parity 3, modular arithmetic 10 (12 with brackets), bytes
  /// 256.
  public var vocabSize: Int {
    switch kind {
    case .wordProblem(let group): return WordProblemTask.vocabSize(groupOrder: group.order)
    case .parity: return ParityTask.vocabSize
    case .modularArithmetic(let brackets):
      return brackets ? BracketArithmeticTask.vocabSize : ModularArithmeticTask.vocabSize
    case .languageModel: return ByteLanguageModelTask.vocabSize
    }
  }
}
