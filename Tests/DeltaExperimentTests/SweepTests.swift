import DeltaExperiment
import DeltaSpec
import Foundation
import Testing

/// Sweep expansion, work sharing, run status and the summary (issue 8), without MPI.
@Suite struct SweepPlanning {
  static let yaml = """
    task: {kind: word_problem, group: S3, train_length: 8}
    train: {seed: 7}
    sweep:
      model.num_householder: [1, 2, 3]
    seeds: [11, 12]

    """

  @Test func gridTimesSeedsIsVariantMajor() throws {
    let resolved = try SpecLoader.parse(yaml: Self.yaml, file: "/x/grid.yaml")
    let runs = SweepPlan.runs(resolved, root: "R")
    #expect(runs.map(\.index) == Array(0..<6))
    #expect(runs.map(\.variant) == ["nh1", "nh1", "nh2", "nh2", "nh3", "nh3"])
    #expect(runs.map(\.seed) == [11, 12, 11, 12, 11, 12])
    #expect(runs.map(\.spec.train.seed) == [11, 12, 11, 12, 11, 12])
    #expect(runs.map(\.spec.model.numHouseholder) == [1, 1, 2, 2, 3, 3])
    #expect(runs[3].directory == "R/nh2/seed-12")
    #expect(runs[3].spec.name == "grid/nh2/seed-12")
  }

  @Test func withoutSweepOrSeedsOneRunWithTrainSeed() throws {
    let yaml = "task: {kind: parity}\ntrain: {seed: 7}\n"
    let runs = SweepPlan.runs(try SpecLoader.parse(yaml: yaml, file: "/x/one.yaml"), root: "R")
    #expect(runs.count == 1)
    #expect(runs[0].directory == "R/seed-7")
    #expect(runs[0].spec.train.seed == 7)
  }

  @Test func ranksTakeRunsRoundRobin() {
    #expect(SweepPlan.share(count: 7, worker: 0, workers: 3) == [0, 3, 6])
    #expect(SweepPlan.share(count: 7, worker: 1, workers: 3) == [1, 4])
    #expect(SweepPlan.share(count: 7, worker: 2, workers: 3) == [2, 5])
    #expect(SweepPlan.share(count: 2, worker: 3, workers: 4) == [])
    #expect(SweepPlan.share(count: 3, worker: 0, workers: 1) == [0, 1, 2])
  }

  /// not started -> (a checkpoint) interrupted -> (eval.json) finished.
  @Test func statusFollowsTheResultsFolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-sweep-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let resolved = try SpecLoader.parse(yaml: Self.yaml, file: "/x/grid.yaml")
    let run = SweepPlan.runs(resolved, root: root)[0]
    #expect(run.status == .notStarted)
    let checkpoints = run.directory + "/checkpoints"
    try FileManager.default.createDirectory(atPath: checkpoints, withIntermediateDirectories: true)
    #expect(run.status == .notStarted, "an empty checkpoint folder has nothing to resume")
    _ = FileManager.default.createFile(
      atPath: checkpoints + "/step-000004.safetensors", contents: Data([1]))
    #expect(run.status == .interrupted)
    _ = FileManager.default.createFile(atPath: run.directory + "/eval.json", contents: Data())
    #expect(run.status == .finished)
  }

  /// Medians and ranges over seeds from each run's eval.csv; a run without one is listed missing.
  @Test func summaryAggregatesSeeds() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-sweep-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let runs = Array(
      SweepPlan.runs(try SpecLoader.parse(yaml: Self.yaml, file: "/x/g.yaml"), root: root)
        .prefix(4))
    let header = "length,samples,sequence_accuracy,token_accuracy,loss,perplexity,seconds\n"
    let csv = [
      "8,10,1.0,1.0,0.01,1.01,0.1\n16,10,0.5,0.9,0.2,1.2,0.1\n",
      "8,10,0.8,0.9,0.03,1.03,0.1\n16,10,0.25,0.8,0.4,1.5,0.1\n",
      "8,10,0.2,0.6,1.0,2.7,0.1\n16,10,0.0,0.5,1.5,4.5,0.1\n",
    ]
    for (run, text) in zip(runs, csv) {
      try FileManager.default.createDirectory(
        atPath: run.directory, withIntermediateDirectories: true)
      try (header + text).write(
        toFile: run.directory + "/eval.csv", atomically: true, encoding: .utf8)
    }
    let summary = SweepSummary(runs: runs)
    #expect(summary.rows.count == 6)
    #expect(summary.missing.map(\.index) == [3])
    #expect(
      summary.markdown == """
        | variant | length | seeds | seq acc (median) | seq acc (min–max) | token acc (median) | loss (median) |
        |---|---:|---:|---:|---:|---:|---:|
        | nh1 | 8 (train) | 2 | 0.900 | 0.800–1.000 | 0.950 | 0.0200 |
        | nh1 | 16 | 2 | 0.375 | 0.250–0.500 | 0.850 | 0.3000 |
        | nh2 | 8 (train) | 1 | 0.200 | 0.200–0.200 | 0.600 | 1.0000 |
        | nh2 | 16 | 1 | 0.000 | 0.000–0.000 | 0.500 | 1.5000 |

        not finished: nh2 seed 12

        """)
    #expect(
      summary.csv.hasPrefix(
        "variant,seed,length,sequence_accuracy,token_accuracy,loss\nnh1,11,8,1.0,1.0,0.01\n"))
    let (name, svg) = summary.plot(title: "g")
    #expect(name == "accuracy.svg")
    #expect(svg.components(separatedBy: "<polygon").count == 3, "one range band per variant")
    #expect(svg.contains(">nh1</text>") && svg.contains(">nh2</text>"))
  }

  /// A language model's sweep summarises bits per byte (the loss in bits), not sequence accuracy.
  @Test func languageModelSummaryIsInBitsPerByte() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-sweep-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let yaml = """
      task: {kind: language_model, path: corpus.txt, made_by: make corpus, train_length: 8}
      sweep:
        model.num_householder: [1, 2]
      seeds: [1, 2]

      """
    let runs = SweepPlan.runs(try SpecLoader.parse(yaml: yaml, file: "/x/lm.yaml"), root: root)
    let header =
      "length,samples,sequence_accuracy,token_accuracy,loss,perplexity,bits_per_byte,seconds\n"
    let ln2 = log(2.0)
    for (run, loss) in zip(runs, [2 * ln2, 3 * ln2, 1.5 * ln2, 1.5 * ln2]) {
      try FileManager.default.createDirectory(
        atPath: run.directory, withIntermediateDirectories: true)
      try (header + "8,4,0.0,0.5,\(loss),\(exp(loss)),\(loss / ln2),0.1\n").write(
        toFile: run.directory + "/eval.csv", atomically: true, encoding: .utf8)
    }
    #expect(
      SweepSummary(runs: runs).markdown == """
        | variant | length | seeds | bits/byte (median) | bits/byte (min–max) | token acc (median) | loss (median) |
        |---|---:|---:|---:|---:|---:|---:|
        | nh1 | 8 (train) | 2 | 2.5000 | 2.0000–3.0000 | 0.500 | 1.7329 |
        | nh2 | 8 (train) | 2 | 1.5000 | 1.5000–1.5000 | 0.500 | 1.0397 |

        """)
    // The plot shows what the table shows: bits per byte (2.5 and 1.5 at length 8), not nats.
    let (name, svg) = SweepSummary(runs: runs).plot(title: "lm")
    #expect(name == "loss.svg")
    #expect(svg.contains("lm: bits per byte vs length") && svg.contains("bits per byte"))
    #expect(!svg.contains("nats"))
  }

  /// summary.html: the table's numbers, the sweep's plot and every finished run's plot inline
  /// under its variant, no URL (nothing fetched), a missing plot and unfinished runs said so.
  @Test func summaryPageIsSelfContained() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-sweep-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let runs = SweepPlan.runs(try SpecLoader.parse(yaml: Self.yaml, file: "/x/g.yaml"), root: root)
    let header = "length,samples,sequence_accuracy,token_accuracy,loss,perplexity,seconds\n"
    let csv = ["8,10,1.0,1.0,0.01,1.01,0.1\n", "8,10,0.5,0.75,0.03,1.03,0.1\n"]
    for (i, run) in runs.prefix(4).enumerated() {
      try FileManager.default.createDirectory(
        atPath: run.directory, withIntermediateDirectories: true)
      try (header + csv[i % 2]).write(
        toFile: run.directory + "/eval.csv", atomically: true, encoding: .utf8)
      guard i != 3 else { continue }  // run 3: finished, its plot deleted
      let plot = SVGPlot(
        title: "plot of run \(i)", xLabel: "length", yLabel: "accuracy",
        series: [SVGPlot.Series(name: "sequence accuracy", points: [(8, 1)])], yRange: 0...1)
      try plot.render().write(
        toFile: run.directory + "/accuracy.svg", atomically: true, encoding: .utf8)
    }
    let summary = SweepSummary(runs: runs)
    try summary.write(to: root, title: "g <sweep>")
    let html = try String(contentsOfFile: root + "/summary.html", encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    #expect(html.contains("<title>g &lt;sweep&gt;: sweep summary</title>"))
    #expect(html.contains("6 runs (4 finished): 2 variants, 2 seeds"))
    #expect(
      html.contains(
        "<tr class=\"train\"><td>nh1</td><td>8 (train)</td><td>2</td><td>0.750</td>"
          + "<td>0.500–1.000</td><td>0.875</td><td>0.0200</td></tr>"), "\(html)")
    #expect(html.contains("<td>nh2</td><td>8 (train)</td><td>2</td><td>0.750</td>"))
    #expect(html.contains("<p class=\"missing\">not finished: nh3 seed 11, nh3 seed 12</p>"))
    // The sweep's plot, then per variant its runs' plots (one missing), each once.
    #expect(html.components(separatedBy: "<svg ").count == 1 + 1 + 3)
    #expect(html.contains("g &lt;sweep&gt;: sequence accuracy vs length"))
    for i in 0..<3 { #expect(html.components(separatedBy: ">plot of run \(i)<").count == 2) }
    let nh1 = try #require(html.range(of: "<h2>nh1</h2>"))
    let nh2 = try #require(html.range(of: "<h2>nh2</h2>"))
    #expect(html[nh1.upperBound..<nh2.lowerBound].contains(">plot of run 1<"))
    #expect(html[nh2.upperBound...].contains(">plot of run 2<"))
    #expect(html[nh2.upperBound...].contains("<p class=\"missing\">no plot</p>"))
    #expect(html.contains("<figcaption>seed 12: \(runs[3].directory)</figcaption>"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    #expect(!html.contains("<script") && !html.contains("<link"))
  }
}
