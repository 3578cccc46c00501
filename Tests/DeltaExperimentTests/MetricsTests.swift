import DeltaExperiment
import Foundation
import Testing

@Suite struct MetricsTests {
  /// Two sequences of 3 positions, vocab 2; sequence 0 all correct, sequence 1 wrong at position 1;
  /// position 0 of sequence 1 is not supervised.
  @Test func sequencePrefixAndTokenAccuracy() {
    var acc = MetricsAccumulator()
    let logits: [Float] = [
      2, 0, 0, 2, 2, 0,  // seq 0 predicts 0, 1, 0
      0, 2, 0, 2, 0, 2,  // seq 1 predicts 1, 1, 1
    ]
    let labels: [Int32] = [0, 1, 0, -100, 0, 1]
    acc.add(logits: logits, labels: labels, batch: 2, length: 3, vocab: 2, ignoreIndex: -100)
    #expect(acc.sequenceAccuracy == 0.5)
    #expect(acc.tokenAccuracy == 4.0 / 5.0)
    #expect(acc.prefixAccuracy == [1, 0.5, 0.5])
    let right = log(1 + exp(-2.0))  // loss of a correct prediction with margin 2
    let wrong = log(1 + exp(2.0))
    #expect(abs(acc.loss - (4 * right + wrong) / 5) < 1e-12)
    #expect(abs(acc.lossPerPosition[0]! - right) < 1e-12)
    #expect(acc.lossBuckets.map(\.start) == [0, 1, 2])
  }
}
