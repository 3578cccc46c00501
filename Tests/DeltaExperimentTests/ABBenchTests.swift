import DeltaExperiment
import DeltaSpec
import Foundation
import Testing

/// `deltac bench ab`: the statistics are of adjacent pairs, and a run reports both specs.
@Suite struct ABBenchTests {
  /// Quartiles and medians of each side, and of the pairs' ratios B_i / A_i: a drift that moves a
  /// whole pair (both 10 ms, then both 20 ms) leaves the paired ratio alone.
  @Test func summaryRatesThePairs() {
    let s = ABBench.Summary(a: [10, 10, 10, 10, 10], b: [9, 12, 10, 11, 13])
    #expect(s.a == ABBench.Spread([10, 10, 10, 10, 10]))
    #expect((s.b.p25, s.b.median, s.b.p75) == (10, 11, 12))
    let ratios = [9.0, 12, 10, 11, 13].map { $0 / 10 }.sorted()
    #expect((s.ratio.p25, s.ratio.median, s.ratio.p75) == (ratios[1], ratios[2], ratios[3]))
    let drift = ABBench.Summary(a: [10, 20, 30], b: [11, 22, 33])
    #expect(abs(drift.ratio.median - 1.1) < 1e-12 && abs(drift.ratio.p25 - 1.1) < 1e-12)
    #expect(abs(drift.b.median / drift.a.median - 1.1) < 1e-12)
  }

  /// Two batch sizes of the quickstart spec, two pairs: a line per pair, the header naming A and B,
  /// the step row with the paired ratio, and op rows (the GEMMs among them).
  @Test func runReportsBothSpecsPairByPair() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var a = try SpecLoader.load(file: root.appendingPathComponent("specs/quickstart.yaml").path)
    a.train.batchSize = 2
    var b = a
    b.train.batchSize = 4
    var lines: [String] = []
    var progress: [String] = []
    let summary = try ABBench(pairs: 2, warmup: 1).run(
      (a, b), labels: ("small batch", "large batch"), emit: { lines.append($0) },
      progress: { progress.append($0) })
    #expect(progress.filter { $0.hasPrefix("pair ") }.count == 2)
    #expect(progress.first?.hasPrefix("A quickstart: ") == true)
    #expect(lines.first?.hasPrefix("A = small batch, B = large batch; 2 pairs") == true)
    #expect(lines.contains { $0.hasPrefix("| step (median, 25-75%) |") && $0.contains("paired") })
    #expect(lines.contains { $0.hasPrefix("| matmul |") || $0.hasPrefix("| linear |") })
    #expect(summary.ratio.median > 0 && summary.a.median > 0)
  }
}
