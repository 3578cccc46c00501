import DeltaRuntime
import DeltaSpec
import Foundation

/// The final evaluation as JSON, CSV, a plot and a table for stdout.
public enum EvalReport {
  public static func json(_ results: [LengthResult], spec: Spec, step: Int) -> String {
    let lengths = results.map { r -> String in
      let m = r.metrics
      var pairs: [(String, String)] = [
        ("length", "\(r.length)"), ("samples", "\(m.sequences)"),
        ("sequence_accuracy", jsonNumber(m.sequenceAccuracy)),
        ("token_accuracy", jsonNumber(m.tokenAccuracy)),
        ("loss", jsonNumber(m.loss)), ("perplexity", jsonNumber(exp(m.loss))),
        ("seconds", jsonNumber(r.seconds)),
        (
          "prefix_accuracy",
          "[" + m.prefixAccuracy.map { jsonNumber($0) }.joined(separator: ",") + "]"
        ),
      ]
      if r.minLength != r.length { pairs.insert(("min_length", "\(r.minLength)"), at: 1) }
      if isLanguageModel(spec) {
        let buckets = m.lossBuckets.map {
          JSONText.object([
            ("start", "\($0.start)"), ("end", "\($0.end)"), ("tokens", "\($0.tokens)"),
            ("loss", jsonNumber($0.loss)),
            ("perplexity", jsonNumber($0.perplexity)),
            ("bits_per_byte", jsonNumber($0.bitsPerByte)),
          ])
        }
        pairs.insert(("bits_per_byte", jsonNumber(m.loss / log(2))), at: pairs.count - 2)
        pairs.append(("loss_buckets", "[" + buckets.joined(separator: ",") + "]"))
      }
      return JSONText.object(pairs)
    }
    return JSONText.object(
      [
        ("spec", JSONText.quote(spec.name)), ("step", "\(step)"),
        ("task", JSONText.quote(spec.task.kind.name)),
        ("train_length", "\(spec.task.trainLength.max)"),
        ("lengths", "[\n  " + lengths.joined(separator: ",\n  ") + "\n]"),
      ], indent: "  ")
  }

  /// One row per length; language models also get bits per byte (the loss in bits: tokens are bytes).
  public static func csv(_ results: [LengthResult], spec: Spec) -> String {
    let lm = isLanguageModel(spec)
    var out =
      "length,samples,sequence_accuracy,token_accuracy,loss,perplexity,"
      + (lm ? "bits_per_byte," : "") + "seconds\n"
    for r in results {
      let m = r.metrics
      out +=
        "\(r.length),\(m.sequences),\(m.sequenceAccuracy),\(m.tokenAccuracy),\(m.loss),\(exp(m.loss)),"
        + (lm ? "\(m.loss / log(2))," : "") + "\(r.seconds)\n"
    }
    return out
  }

  /// `| length | seq acc | token acc | loss |` with the training length flagged.
  public static func table(_ results: [LengthResult], spec: Spec) -> String {
    let lm = isLanguageModel(spec)
    var out =
      lm
      ? "| length | loss   | ppl      | bits/byte | token acc |\n|-------:|-------:|---------:|----------:|----------:|\n"
      : "| length | seq acc | token acc | loss   |\n|-------:|--------:|----------:|-------:|\n"
    for r in results {
      let m = r.metrics
      let mark = r.length == spec.task.trainLength.max ? " (train)" : ""
      let length = String(r.length).leftPadded(6)
      if lm {
        out +=
          "| \(length) | \(f(m.loss, 4)) | \(f(exp(m.loss), 2).leftPadded(8)) | \(f(m.loss / log(2), 4).leftPadded(9)) | \(f(m.tokenAccuracy, 3).leftPadded(9)) |\(mark)\n"
      } else {
        out +=
          "| \(length) | \(f(m.sequenceAccuracy, 3).leftPadded(7)) | \(f(m.tokenAccuracy, 3).leftPadded(9)) | \(f(m.loss, 4)) |\(mark)\n"
      }
    }
    return out
  }

  /// Word problems: prefix accuracy along the longest evaluated sequence, and sequence accuracy per
  /// evaluated length. Chomsky tasks: sequence accuracy per length. LM: loss per position bucket.
  public static func plot(_ results: [LengthResult], spec: Spec) -> (String, String) {
    let train = Double(spec.task.trainLength.max)
    let marker = (x: train, label: "train length \(spec.task.trainLength)")
    if isLanguageModel(spec), let longest = results.max(by: { $0.length < $1.length }) {
      let points = longest.metrics.lossBuckets.map { (x: Double($0.end), y: $0.loss) }
      let top = SVGPlot.niceCeiling(max(1, (points.map(\.y).max() ?? 1) * 1.05))
      var plot = SVGPlot(
        title: "\(spec.name): loss by position (eval at \(longest.length))",
        xLabel: "position (bucket end, log scale)",
        yLabel: "cross-entropy (nats)",
        series: [SVGPlot.Series(name: "loss", points: points, dots: true)],
        yRange: 0...top, marker: marker)
      plot.logX = true
      return ("loss.svg", plot.render())
    }
    var series: [SVGPlot.Series] = []
    if case .wordProblem = spec.task.kind, let longest = results.max(by: { $0.length < $1.length })
    {
      let curve = longest.metrics.prefixAccuracy.enumerated().dropFirst().map {
        (x: Double($0.offset), y: $0.element)
      }
      series.append(
        SVGPlot.Series(name: "prefix accuracy (eval at \(longest.length))", points: curve))
    }
    let points = results.sorted { $0.length < $1.length }.map {
      (x: Double($0.length), y: $0.metrics.sequenceAccuracy)
    }
    series.append(SVGPlot.Series(name: "sequence accuracy", points: points, dots: true))
    let plot = SVGPlot(
      title: "\(spec.name): accuracy vs sequence length", xLabel: "sequence length",
      yLabel: "accuracy",
      series: series, yRange: 0...1, marker: marker)
    return ("accuracy.svg", plot.render())
  }

  static func isLanguageModel(_ spec: Spec) -> Bool {
    if case .languageModel = spec.task.kind { return true }
    return false
  }

  static func f(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
