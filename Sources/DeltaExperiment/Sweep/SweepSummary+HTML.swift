import Foundation

/// summary.html: a sweep at a glance in one page that needs nothing else (CSS and SVG inline, no
/// script, no network): the table of summary.md, the sweep's plot, and by variant the plot of every
/// finished run (its accuracy.svg, or loss.svg for language modelling).
extension SweepSummary {
  /// `runPlots`: each finished run with its plot's SVG text (nil when the file is missing).
  public func html(title: String, plot: String, runPlots: [(run: SweepRun, svg: String?)])
    -> String
  {
    let seeds = Set(rows.map(\.seed)).count
    let runs = finished.count + missing.count
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Self.escape(title)): sweep summary</title>
      <style>
      \(Self.css)
      </style>
      </head>
      <body>
      <h1>\(Self.escape(title))</h1>
      <p>\(Self.count(runs, "run")) (\(finished.count) finished): \
      \(Self.count(variants.count, "variant")), \(Self.count(seeds, "seed")); median and range \
      (min–max) over seeds at each evaluated length.</p>

      """
    out += "<table>\n<thead><tr>"
    out +=
      tableHeader.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table {
      out += row.train ? "<tr class=\"train\">" : "<tr>"
      out += row.cells.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if !missing.isEmpty {
      out += "<p class=\"missing\">not finished: \(Self.escape(missingList))</p>\n"
    }
    out += "<figure class=\"sweep\">\n\(Self.inline(plot))</figure>\n"
    for variant in variants {
      out += "<section id=\"\(Self.escape(variant))\">\n<h2>\(Self.escape(variant))</h2>\n"
      out += "<div class=\"runs\">\n"
      for (run, svg) in runPlots where run.variant == variant {
        out += "<figure>\n" + (svg.map(Self.inline) ?? "<p class=\"missing\">no plot</p>\n")
        out += "<figcaption>seed \(run.seed): \(Self.escape(run.directory))</figcaption>\n"
        out += "</figure>\n"
      }
      out += "</div>\n</section>\n"
    }
    return out + "</body>\n</html>\n"
  }

  /// Each finished run's plot, read from its folder.
  func runPlots() -> [(run: SweepRun, svg: String?)] {
    finished.map { run in
      let svg = ["accuracy.svg", "loss.svg"].lazy.compactMap {
        try? String(contentsOfFile: run.directory + "/" + $0, encoding: .utf8)
      }.first
      return (run, svg)
    }
  }

  /// An SVG file's text inside HTML: an `<svg>` element is in the SVG namespace there without the
  /// xmlns attribute (which is the page's only URL otherwise).
  static func inline(_ svg: String) -> String {
    svg.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
  }

  /// `1 seed`, `2 seeds`.
  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)" + (n == 1 ? "" : "s") }

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  static let css = """
    body { font-family: sans-serif; margin: 2em; color: #222; }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
    td:nth-child(n+2) { text-align: right; font-variant-numeric: tabular-nums; }
    th { background: #f3f3f3; }
    tr.train td { background: #eef5ff; }
    .missing { color: #a33; }
    figure { margin: 0.5em 0; }
    svg { max-width: 100%; height: auto; }
    .runs { display: flex; flex-wrap: wrap; gap: 1em; }
    .runs figure { flex: 1 1 420px; max-width: 720px; }
    figcaption { font-size: 0.85em; color: #555; }
    """
}
