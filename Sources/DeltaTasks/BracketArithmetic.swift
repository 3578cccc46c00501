/// Modular arithmetic with brackets (vocab 12, modulus 12 - 7 = 5; reference 5.2, UST
/// `modular_arithmetic_with_brackets.py`): tokens numbers 0...4 as 0...4, '+' 5, '-' 6, '*' 7, '(' 8,
/// ')' 9, '=' 10, PAD 11. A sequence of length s (raised to at least 5) is an expression of s-3 tokens,
/// '=', the answer (value mod 5), PAD. Expressions are built recursively: length n < 5 is `t`, `- t`,
/// `( t )` or `( - t )` for n = 1...4 (t uniform in 0...4); longer ones are `( L op R )` with |L| uniform in
/// 1...n-4, |R| = n-3-|L|, op '+' or '-' (also '*' when `multiplication`). Rows are `seq[:-1]`: the
/// expression, '=', and the answer position with its input replaced by 0 (the reference wrapper's
/// pad_idx; nothing after it is supervised); the label at '=' is the answer. Rows are s-1 wide, batches
/// padded with PAD 11 to `max(hi, 5) - 1`. See `ParityTask` for the shared layout.
public struct BracketArithmeticTask: SampledTask {
  public let multiplication: Bool
  let sampler: RowSampler
  var rows: Rows { Rows(multiplication: multiplication) }

  /// `multiplication` adds '*' to the operators (the reference function's `mult`; the paper's setting,
  /// reference 5.2, uses '+' and '-' only).
  public init(
    multiplication: Bool = false, trainLengths: ClosedRange<Int> = 3...40, trainSamples: Int? = nil,
    seed: UInt64, evalSeed: UInt64? = nil
  ) throws(TaskError) {
    self.multiplication = multiplication
    sampler = RowSampler(
      seed: seed, evalSeed: evalSeed, trainLengths: trainLengths, trainSamples: trainSamples)
    try sampler.check(Rows(multiplication: multiplication))
  }

  public static let modulus = 5
  public static let plus: Int32 = 5
  public static let minus: Int32 = 6
  public static let times: Int32 = 7
  public static let open: Int32 = 8
  public static let close: Int32 = 9
  public static let equals: Int32 = 10
  public static let pad: Int32 = 11
  /// The input token at the (masked) answer position.
  public static let maskedAnswer: Int32 = 0

  public static let vocabSize = 12
  public var vocabSize: Int { Self.vocabSize }
  public var padToken: Int32 { Self.pad }

  /// The value mod 5 (0...4) of an expression in tokens (no '='): '*' binds tighter than '+' and '-',
  /// unary minus tighter than both, brackets group.
  public static func evaluate(_ expression: [Int32]) throws(TaskError) -> Int {
    var parser = Parser(tokens: expression)
    let value = try parser.sum()
    guard parser.position == expression.count else {
      throw .invalidArgument(
        "unexpected token \(expression[parser.position]) at \(parser.position)")
    }
    return ((value % modulus) + modulus) % modulus
  }

  /// The row of `expression = answer PAD` (expression tokens without '=').
  public static func example(expression: [Int32]) throws(TaskError) -> Example {
    let answer = Int32(try evaluate(expression))
    var labels = [Int32](repeating: ignoreIndex, count: expression.count + 2)
    labels[expression.count] = answer
    return Example(inputs: expression + [equals, maskedAnswer], labels: labels)
  }

  struct Rows: RowTask {
    let multiplication: Bool
    var padToken: Int32 { BracketArithmeticTask.pad }
    var minLength: Int { 1 }
    func width(forLength length: Int) -> Int { max(length, 5) - 1 }

    func example(length: Int, rng: inout SplitMix64) -> Example {
      let (tokens, value) = expression(length: max(length, 5) - 3, rng: &rng)
      var labels = [Int32](repeating: ignoreIndex, count: tokens.count + 2)
      labels[tokens.count] = Int32(value)
      return Example(inputs: tokens + [equals, maskedAnswer], labels: labels)
    }

    /// A random expression of exactly `length` tokens and its value mod 5 (draw order as the reference).
    func expression(length n: Int, rng: inout SplitMix64) -> ([Int32], Int) {
      let m = BracketArithmeticTask.modulus
      if n < 5 {
        let t = rng.below(m)
        switch n {
        case 1: return ([Int32(t)], t)
        case 2: return ([minus, Int32(t)], (m - t) % m)
        case 3: return ([open, Int32(t), close], t)
        default: return ([open, minus, Int32(t), close], (m - t) % m)
        }
      }
      let leftLength = 1 + rng.below(n - 4)
      let (left, l) = expression(length: leftLength, rng: &rng)
      let (right, r) = expression(length: n - 3 - leftLength, rng: &rng)
      let op = rng.below(multiplication ? 3 : 2)
      let value = op == 0 ? (l + r) % m : op == 1 ? (l - r + m) % m : (l * r) % m
      return ([open] + left + [[plus, minus, times][op]] + right + [close], value)
    }
  }

  /// Recursive descent: sum := product (('+'|'-') product)*, product := unary ('*' unary)*,
  /// unary := '-' unary | number | '(' sum ')'.
  struct Parser {
    let tokens: [Int32]
    var position = 0

    mutating func sum() throws(TaskError) -> Int {
      var value = try product()
      while position < tokens.count, tokens[position] == plus || tokens[position] == minus {
        let op = tokens[position]
        position += 1
        let rhs = try product()
        value = op == plus ? value + rhs : value - rhs
      }
      return value
    }

    mutating func product() throws(TaskError) -> Int {
      var value = try unary()
      while position < tokens.count, tokens[position] == times {
        position += 1
        value *= try unary()
        value %= modulus
      }
      return value
    }

    mutating func unary() throws(TaskError) -> Int {
      guard position < tokens.count else { throw .invalidArgument("expression ends early") }
      let t = tokens[position]
      position += 1
      switch t {
      case minus: return -(try unary())
      case 0..<Int32(modulus): return Int(t)
      case open:
        let value = try sum()
        guard position < tokens.count, tokens[position] == close else {
          throw .invalidArgument("missing ')' at \(position)")
        }
        position += 1
        return value % modulus
      default: throw .invalidArgument("unexpected token \(t) at \(position - 1)")
      }
    }
  }
}
