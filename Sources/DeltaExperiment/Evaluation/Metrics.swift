import Foundation

/// Accuracy and loss of predictions against labels, accumulated over batches (reference 5.1, 5.2):
/// - sequence accuracy: fraction of sequences whose every supervised position is predicted correctly;
/// - prefix (cumulative) accuracy at position p: fraction of sequences whose supervised predictions at
///   positions 0...p are all correct (DP's `cumulative_sequence_accuracies`; for word problems position
///   p is the prefix of p elements, position 0 being BOS);
/// - token accuracy and mean cross-entropy over supervised positions, and the cross-entropy per
///   position (language modelling: loss per position bucket, perplexity).
/// Labels equal to `ignoreIndex` are not supervised.
public struct MetricsAccumulator: Sendable {
  public private(set) var sequences = 0
  public private(set) var correctSequences = 0
  public private(set) var tokens = 0
  public private(set) var correctTokens = 0
  public private(set) var lossSum = 0.0
  /// Per row position: sequences still all-correct through it.
  public private(set) var prefixCorrect: [Int] = []
  /// Per row position: summed loss and supervised count.
  public private(set) var positionLoss: [Double] = []
  public private(set) var positionCount: [Int] = []

  public init() {}

  /// Per row of the batch being added: all supervised predictions so far correct.
  private var rowCorrect: [Bool] = []
  /// Positions of the batch being added so far.
  private var rowLength = 0

  /// Adds a batch: logits [B, T, vocab] row-major, labels [B, T].
  public mutating func add(
    logits: [Float], labels: [Int32], batch: Int, length: Int, vocab: Int, ignoreIndex: Int32
  ) {
    beginBatch(rows: batch)
    addSegment(
      logits: logits, labels: labels, length: length, vocab: vocab, ignoreIndex: ignoreIndex)
    endBatch()
  }

  /// Starts a batch of `rows` sequences whose positions arrive in segments (segmented evaluation).
  public mutating func beginBatch(rows: Int) {
    rowCorrect = [Bool](repeating: true, count: rows)
    rowLength = 0
  }

  /// The next `length` positions of every row of the current batch: logits [B, length, vocab].
  public mutating func addSegment(
    logits: [Float], labels: [Int32], length: Int, vocab: Int, ignoreIndex: Int32
  ) {
    let batch = rowCorrect.count
    precondition(logits.count == batch * length * vocab && labels.count == batch * length)
    let offset = rowLength
    grow(to: offset + length)
    logits.withUnsafeBufferPointer { z in
      for b in 0..<batch {
        for t in 0..<length {
          let label = labels[b * length + t]
          if label != ignoreIndex {
            let at = (b * length + t) * vocab
            let (loss, argmax) = Self.crossEntropy(
              UnsafeBufferPointer(rebasing: z[at..<(at + vocab)]), label: Int(label))
            let correct = argmax == Int(label)
            tokens += 1
            correctTokens += correct ? 1 : 0
            lossSum += loss
            positionLoss[offset + t] += loss
            positionCount[offset + t] += 1
            rowCorrect[b] = rowCorrect[b] && correct
          }
          if rowCorrect[b] { prefixCorrect[offset + t] += 1 }
        }
      }
    }
    rowLength += length
  }

  /// Ends the current batch: a row counts as correct when every supervised position was.
  public mutating func endBatch() {
    // Positions beyond this batch's width (a wider earlier batch) continue each row's verdict.
    for ok in rowCorrect where ok {
      for t in rowLength..<prefixCorrect.count { prefixCorrect[t] += 1 }
    }
    sequences += rowCorrect.count
    correctSequences += rowCorrect.filter { $0 }.count
    rowCorrect = []
  }

  /// Extends the per-position arrays; sequences counted before were shorter and stay all-correct
  /// through later positions iff they were all-correct (nothing further was supervised).
  private mutating func grow(to length: Int) {
    guard prefixCorrect.count < length else { return }
    let extra = length - prefixCorrect.count
    prefixCorrect += [Int](repeating: correctSequences, count: extra)
    positionLoss += [Double](repeating: 0, count: extra)
    positionCount += [Int](repeating: 0, count: extra)
  }

  /// -log softmax(z)[label] (in Double, max-shifted) and the argmax (first of ties).
  static func crossEntropy(_ z: UnsafeBufferPointer<Float>, label: Int) -> (Double, Int) {
    var best = 0
    for i in 1..<z.count where z[i] > z[best] { best = i }
    let top = Double(z[best])
    var sum = 0.0
    for v in z { sum += Foundation.exp(Double(v) - top) }
    return (top + Foundation.log(sum) - Double(z[label]), best)
  }

  public var sequenceAccuracy: Double {
    sequences == 0 ? 0 : Double(correctSequences) / Double(sequences)
  }
  public var tokenAccuracy: Double { tokens == 0 ? 0 : Double(correctTokens) / Double(tokens) }
  public var loss: Double { tokens == 0 ? 0 : lossSum / Double(tokens) }
  public var prefixAccuracy: [Double] {
    prefixCorrect.map { sequences == 0 ? 0 : Double($0) / Double(sequences) }
  }
  /// Mean loss per position (nil where nothing is supervised).
  public var lossPerPosition: [Double?] {
    zip(positionLoss, positionCount).map { $1 == 0 ? nil : $0 / Double($1) }
  }

  /// Loss per position bucket [0, 1), [1, 2), [2, 4), [4, 8), ... (powers of two: the curve of a
  /// length-extrapolation evaluation on a log axis), each with its perplexity.
  public var lossBuckets: [LossBucket] {
    var buckets: [LossBucket] = []
    var lo = 0
    while lo < positionLoss.count {
      let hi = min(positionLoss.count, lo == 0 ? 1 : 2 * lo)
      let count = positionCount[lo..<hi].reduce(0, +)
      if count > 0 {
        let mean = positionLoss[lo..<hi].reduce(0, +) / Double(count)
        buckets.append(LossBucket(start: lo, end: hi, tokens: count, loss: mean))
      }
      lo = hi
    }
    return buckets
  }
}

/// Mean cross-entropy over the supervised positions in [start, end).
public struct LossBucket: Sendable, Equatable {
  public var start: Int
  public var end: Int
  public var tokens: Int
  public var loss: Double
  public var perplexity: Double { Foundation.exp(loss) }
  /// The loss in bits per token: bits per byte for the byte-level language model.
  public var bitsPerByte: Double { loss / Foundation.log(2) }
}
