/// Modular arithmetic without brackets (vocab 10; reference 5.2, UST `modular_arithmetic.py`): tokens
/// PAD 0, '+' 1, '-' 2, '*' 3, '=' 4, numbers 0...4 as 5...9. A sequence of odd length s is
/// `n op n op ... n = answer` (s-2 expression tokens, '=' at s-2, the answer at s-1), numbers and
/// operators uniform; the value uses standard precedence ('*' binds tighter than '+' and '-') and the
/// answer token is `value mod 5 + 5`. Lengths are drawn as the reference does: `s = 2u - 1` with `u`
/// uniform in `min((lo+1)/2, (hi+1)/2) ... (hi+1)/2`, so an even length L gives sequences of L-1.
/// Rows are `seq[:-1]` (expression and '='), padded to `hi - 1`, the answer the label at '='. See
/// `ParityTask` for the shared layout.
public struct ModularArithmeticTask: SampledTask {
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
  public static let plus: Int32 = 1
  public static let minus: Int32 = 2
  public static let times: Int32 = 3
  public static let equals: Int32 = 4
  /// The token of the number `n` (0...4).
  public static func number(_ n: Int) -> Int32 { Int32(n + 5) }
  public static let modulus = 5

  public static let vocabSize = 10
  public var vocabSize: Int { Self.vocabSize }
  public var padToken: Int32 { Self.pad }

  /// The value mod 5 (0...4) of an expression `n op n ... n` in tokens (no '=').
  public static func evaluate(_ expression: [Int32]) throws(TaskError) -> Int {
    guard expression.count % 2 == 1 else {
      throw .invalidArgument("expression must alternate number, operator, ..., number")
    }
    func value(_ t: Int32) throws(TaskError) -> Int {
      guard (5...9).contains(t) else {
        throw .invalidArgument("expected a number token (5...9), found \(t)")
      }
      return Int(t) - 5
    }
    var total = 0
    var term = try value(expression[0])
    var sign = 1
    for i in stride(from: 1, to: expression.count, by: 2) {
      let next = try value(expression[i + 1])
      switch expression[i] {
      case times: term *= next
      case plus, minus:
        total += sign * term
        sign = expression[i] == minus ? -1 : 1
        term = next
      default: throw .invalidArgument("expected an operator token (1...3), found \(expression[i])")
      }
    }
    total += sign * term
    return ((total % modulus) + modulus) % modulus
  }

  /// The row of `expression = answer` (expression tokens without '=').
  public static func example(expression: [Int32]) throws(TaskError) -> Example {
    let answer = number(try evaluate(expression))
    var labels = [Int32](repeating: ignoreIndex, count: expression.count + 1)
    labels[expression.count] = answer
    return Example(inputs: expression + [equals], labels: labels)
  }

  struct Rows: RowTask {
    var padToken: Int32 { ModularArithmeticTask.pad }
    var minLength: Int { 3 }
    func width(forLength length: Int) -> Int { length - 1 }

    func drawLength(in range: ClosedRange<Int>, rng: inout SplitMix64) -> Int {
      let top = (range.upperBound + 1) / 2
      return 2 * rng.uniform(in: min((range.lowerBound + 1) / 2, top)...top) - 1
    }

    func example(length: Int, rng: inout SplitMix64) -> Example {
      let expression = (0..<(length - 2)).map { i in
        i % 2 == 0 ? ModularArithmeticTask.number(rng.below(5)) : Int32(1 + rng.below(3))
      }
      // Well-formed by construction.
      return (try? ModularArithmeticTask.example(expression: expression))!
    }
  }
}
