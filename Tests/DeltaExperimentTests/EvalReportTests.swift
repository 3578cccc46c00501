import DeltaSpec
import Foundation
import Testing

@testable import DeltaExperiment

/// The evaluation's files and table for a language model: bits per byte next to loss and perplexity.
@Suite struct EvalReportTests {
  /// Uniform logits over 256 bytes: loss ln 256, perplexity 256, exactly 8 bits per byte.
  @Test func languageModelsReportBitsPerByte() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let spec = try SpecLoader.load(file: root.path + "/specs/lm_bytes.yaml")
    var m = MetricsAccumulator()
    let (T, V) = (4, 256)
    m.add(
      logits: [Float](repeating: 0.5, count: T * V), labels: [1, 2, 3, 4], batch: 1, length: T,
      vocab: V, ignoreIndex: -100)
    let r = LengthResult(length: T, minLength: T, metrics: m, seconds: 0.5)
    let table = EvalReport.table([r], spec: spec)
    #expect(table.contains("| length | loss   | ppl      | bits/byte | token acc |"))
    #expect(table.contains("|      4 | 5.5452 |   256.00 |    8.0000 |"), "\(table)")
    let csv = EvalReport.csv([r], spec: spec).split(separator: "\n")
    #expect(
      csv[0]
        == "length,samples,sequence_accuracy,token_accuracy,loss,perplexity,bits_per_byte,seconds")
    #expect(abs(Double(csv[1].split(separator: ",")[6])! - 8) < 1e-9)
    let json = EvalReport.json([r], spec: spec, step: 3)
    #expect(
      json.contains("\"bits_per_byte\":8.0") || json.contains("\"bits_per_byte\": 8.0"), "\(json)")
    #expect(m.lossBuckets.allSatisfy { abs($0.bitsPerByte - 8) < 1e-9 })
  }
}

/// A long run says how long it will train, from its second step.
@Suite struct RunEstimateTests {
  @Test func longRunsAnnounceTheirDuration() {
    #expect(
      ProgressLine.estimate(stepSeconds: 4.1, remaining: 950, timedStep: 2)
        == "this run will train for about 1:04:55 more (950 steps at 4.10 s per step, timed on step 2; evaluations come on top)"
    )
    #expect(ProgressLine.estimate(stepSeconds: 0.05, remaining: 1000, timedStep: 2) == nil)
    #expect(ProgressLine.estimate(stepSeconds: 0.3, remaining: 1000, timedStep: 2) != nil)
  }
}
