import DeltaRuntime
import DeltaSpec
import Foundation

/// The sweep's results in one place, from each finished run's `eval.csv`:
///   summary.csv    one row per run and evaluated length (variant, seed, length, metrics)
///   summary.md     per variant and length: the seeds' median and range (min to max)
///   accuracy.svg   sequence accuracy against length, one line per variant (median over seeds,
///                  the range shaded); loss.svg, in bits per byte as the table, for language
///                  modelling
///   summary.html   all of it in one self-contained page, with every run's plot (SweepSummary+HTML)
public struct SweepSummary: Sendable {
  /// One evaluated length of one run.
  public struct Row: Sendable, Equatable {
    public var variant: String
    public var seed: Int
    public var length: Int
    public var sequenceAccuracy: Double
    public var tokenAccuracy: Double
    public var loss: Double
  }

  public var rows: [Row] = []
  /// Runs with a final evaluation, by index.
  public var finished: [SweepRun] = []
  /// Runs without a final evaluation (not finished, or failed), by index.
  public var missing: [SweepRun] = []
  public let languageModel: Bool
  public let trainLength: Int

  /// Reads every run's `eval.csv`.
  public init(runs: [SweepRun]) {
    let spec = runs.first?.spec
    languageModel = spec.map(EvalReport.isLanguageModel) ?? false
    trainLength = spec?.task.trainLength.max ?? 0
    for run in runs {
      guard let text = try? String(contentsOfFile: run.directory + "/eval.csv", encoding: .utf8),
        let parsed = Self.parse(text, run: run)
      else {
        missing.append(run)
        continue
      }
      finished.append(run)
      rows += parsed
    }
  }

  /// `eval.csv` (`length,samples,sequence_accuracy,token_accuracy,loss,...`) as rows.
  static func parse(_ csv: String, run: SweepRun) -> [Row]? {
    let lines = csv.split(separator: "\n")
    guard let header = lines.first?.split(separator: ",").map(String.init),
      let l = header.firstIndex(of: "length"), let s = header.firstIndex(of: "sequence_accuracy"),
      let t = header.firstIndex(of: "token_accuracy"), let c = header.firstIndex(of: "loss")
    else { return nil }
    var rows: [Row] = []
    for line in lines.dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count == header.count, let length = Int(f[l]) else { return nil }
      rows.append(
        Row(
          variant: run.variant, seed: run.seed, length: length,
          sequenceAccuracy: Double(f[s]) ?? .nan, tokenAccuracy: Double(f[t]) ?? .nan,
          loss: Double(f[c]) ?? .nan))
    }
    return rows
  }

  /// Variants in sweep order.
  var variants: [String] {
    var seen: [String] = []
    for r in rows where !seen.contains(r.variant) { seen.append(r.variant) }
    return seen
  }

  /// Seeds' (median, min, max) of `metric` per variant and length.
  func aggregate(_ variant: String, _ metric: (Row) -> Double) -> [(
    length: Int, seeds: Int, median: Double, low: Double, high: Double
  )] {
    let mine = rows.filter { $0.variant == variant }
    return Set(mine.map(\.length)).sorted().map { length in
      let values = mine.filter { $0.length == length }.map(metric).sorted()
      return (length, values.count, Self.median(values), values.first!, values.last!)
    }
  }

  static func median(_ sorted: [Double]) -> Double {
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
  }

  public var csv: String {
    var out = "variant,seed,length,sequence_accuracy,token_accuracy,loss\n"
    for r in rows {
      out +=
        "\(r.variant),\(r.seed),\(r.length),\(r.sequenceAccuracy),\(r.tokenAccuracy),\(r.loss)\n"
    }
    return out
  }

  /// The summary table's header and rows, as text: per variant and length, the seeds' median and
  /// range of the headline metric (sequence accuracy; bits per byte for language models), the medians
  /// of token accuracy and loss.
  var tableHeader: [String] {
    let m = languageModel ? "bits/byte" : "seq acc"
    return [
      "variant", "length", "seeds", "\(m) (median)", "\(m) (min–max)", "token acc (median)",
      "loss (median)",
    ]
  }
  /// Sequence accuracy, or bits per byte (the loss in bits: a token is a byte) for language models.
  var headline: (Row) -> Double {
    languageModel ? { $0.loss / log(2) } : { $0.sequenceAccuracy }
  }
  var table: [(cells: [String], train: Bool)] {
    variants.flatMap { variant in
      let main = aggregate(variant, headline)
      let tok = aggregate(variant, \.tokenAccuracy)
      let loss = aggregate(variant, \.loss)
      let digits = languageModel ? 4 : 3
      return main.indices.map { i in
        let train = main[i].length == trainLength
        let cells = [
          variant, "\(main[i].length)" + (train ? " (train)" : ""), "\(main[i].seeds)",
          f(main[i].median, digits), "\(f(main[i].low, digits))–\(f(main[i].high, digits))",
          f(tok[i].median), f(loss[i].median, 4),
        ]
        return (cells, train)
      }
    }
  }

  /// `variant seed 2, ...` of the runs without a final evaluation.
  var missingList: String {
    missing.map { "\($0.variant) seed \($0.seed)" }.joined(separator: ", ")
  }

  /// `| variant | length | seeds | seq acc median | seq acc range | token acc median | loss median |`
  public var markdown: String {
    var out =
      "| " + tableHeader.joined(separator: " | ") + " |\n|---|---:|---:|---:|---:|---:|---:|\n"
    for row in table { out += "| " + row.cells.joined(separator: " | ") + " |\n" }
    if !missing.isEmpty { out += "\nnot finished: " + missingList + "\n" }
    return out
  }

  /// (file name, SVG): per variant the median over seeds against length, the range shaded.
  /// The headline metric, as the table gives it (bits per byte for language models).
  public func plot(title: String) -> (String, String) {
    let series = variants.map { variant in
      let points = aggregate(variant, headline)
      return SVGPlot.Series(
        name: variant, points: points.map { (x: Double($0.length), y: $0.median) }, dots: true,
        band: points.map { (x: Double($0.length), low: $0.low, high: $0.high) })
    }
    let top =
      languageModel ? SVGPlot.niceCeiling(max(1, (rows.map(headline).max() ?? 1) * 1.05)) : 1
    let plot = SVGPlot(
      title: title
        + (languageModel ? ": bits per byte vs length" : ": sequence accuracy vs length"),
      xLabel: "sequence length",
      yLabel: languageModel ? "bits per byte" : "sequence accuracy",
      series: series, yRange: 0...top,
      marker: trainLength > 0 ? (Double(trainLength), "train length") : nil)
    return (languageModel ? "loss.svg" : "accuracy.svg", plot.render())
  }

  /// Writes summary.csv, summary.md, the plot and summary.html into `directory`; a failure is a
  /// runtime error naming the folder.
  public func write(to directory: String, title: String) throws(ExperimentError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let (name, svg) = plot(title: title)
      let page = html(title: title, plot: svg, runPlots: runPlots())
      for (file, text) in [
        ("summary.csv", csv), ("summary.md", markdown), (name, svg), ("summary.html", page),
      ] {
        try AtomicFile.write(Array(text.utf8), to: directory + "/" + file)
      }
    } catch {
      throw ExperimentError(.runtime, "could not write the sweep summary in \(directory): \(error)")
    }
  }

  func f(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }
}
