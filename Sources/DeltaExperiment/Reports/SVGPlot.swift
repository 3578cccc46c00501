import Foundation

/// A line chart written as SVG by hand (no dependency): axes with ticks, one polyline per series (with
/// dots when asked), a legend, and an optional dashed vertical marker (the training length).
public struct SVGPlot: Sendable {
  public struct Series: Sendable {
    public var name: String
    public var points: [(x: Double, y: Double)]
    public var dots: Bool
    /// A shaded range around the line (a sweep's seeds: min to max at each x); empty for none.
    public var band: [(x: Double, low: Double, high: Double)]
    public init(
      name: String, points: [(x: Double, y: Double)], dots: Bool = false,
      band: [(x: Double, low: Double, high: Double)] = []
    ) {
      self.name = name
      self.points = points
      self.dots = dots
      self.band = band
    }
  }

  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var series: [Series]
  /// y axis range (accuracy: 0...1).
  public var yRange: ClosedRange<Double>
  /// A vertical dashed line at x with a label.
  public var marker: (x: Double, label: String)?
  /// A log2 x axis (positions 1 ... 32k of a length-extrapolation curve); x values must be >= 1.
  public var logX = false

  public init(
    title: String, xLabel: String, yLabel: String, series: [Series], yRange: ClosedRange<Double>,
    marker: (x: Double, label: String)? = nil
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
    self.yRange = yRange
    self.marker = marker
  }

  static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]
  // Canvas and plot area.
  static let (width, height) = (720.0, 440.0)
  static let (left, right, top, bottom) = (70.0, 20.0, 40.0, 60.0)

  public func render() -> String {
    let xs = series.flatMap { $0.points.map(\.x) } + (marker.map { [$0.x] } ?? [])
    let top = max(1, xs.max() ?? 1)
    let xMax = logX ? pow(2, ceil(log2(max(2, top)))) : Self.niceCeiling(top)
    let (w, h) = (Self.width - Self.left - Self.right, Self.height - Self.top - Self.bottom)
    let logX = self.logX
    let px = { (x: Double) in
      Self.left + w * (logX ? log2(max(1, x)) / log2(xMax) : x / xMax)
    }
    let span = max(1e-12, yRange.upperBound - yRange.lowerBound)
    let py = { (y: Double) in
      Self.top + h
        * (1 - (min(max(y, yRange.lowerBound), yRange.upperBound) - yRange.lowerBound) / span)
    }
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(Self.width))" height="\(Int(Self.height))" \
      viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(Self.width / 2))" y="22" text-anchor="middle" font-size="15">\(escape(title))</text>

      """
    for t in logX ? Self.powerTicks(upTo: xMax) : Self.ticks(upTo: xMax) {
      out += line(px(t), Self.top, px(t), Self.top + h, "#e5e5e5")
      out += text(px(t), Self.top + h + 18, Self.label(t), anchor: "middle")
    }
    for i in 0...4 {
      let y = yRange.lowerBound + span * Double(i) / 4
      out += line(Self.left, py(y), Self.left + w, py(y), "#e5e5e5")
      out += text(Self.left - 8, py(y) + 4, Self.label(y), anchor: "end")
    }
    out +=
      "<rect x=\"\(f(Self.left))\" y=\"\(f(Self.top))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"none\" stroke=\"#333\"/>\n"
    out += text(Self.left + w / 2, Self.height - 18, xLabel, anchor: "middle")
    out +=
      "<text transform=\"translate(18 \(f(Self.top + h / 2))) rotate(-90)\" text-anchor=\"middle\">\(escape(yLabel))</text>\n"
    if let m = marker {
      out +=
        "<line x1=\"\(f(px(m.x)))\" y1=\"\(f(Self.top))\" x2=\"\(f(px(m.x)))\" y2=\"\(f(Self.top + h))\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>\n"
      out += text(px(m.x) + 4, Self.top + h - 8, m.label, anchor: "start")
    }
    for (i, s) in series.enumerated() {
      let color = Self.colors[i % Self.colors.count]
      if !s.band.isEmpty {
        let outline =
          s.band.map { "\(f(px($0.x))),\(f(py($0.high)))" }
          + s.band.reversed().map { "\(f(px($0.x))),\(f(py($0.low)))" }
        out +=
          "<polygon fill=\"\(color)\" fill-opacity=\"0.15\" stroke=\"none\" points=\"\(outline.joined(separator: " "))\"/>\n"
      }
      let points = s.points.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      out +=
        "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>\n"
      if s.dots {
        for p in s.points {
          out += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3.5\" fill=\"\(color)\"/>\n"
        }
      }
      let ly = Self.top + 16 + 18 * Double(i)
      out += line(Self.left + w - 190, ly - 4, Self.left + w - 170, ly - 4, color, width: 2)
      out += text(Self.left + w - 164, ly, s.name, anchor: "start")
    }
    return out + "</svg>\n"
  }

  func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ color: String, width: Double = 1
  ) -> String {
    "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(color)\" stroke-width=\"\(f(width))\"/>\n"
  }

  func text(_ x: Double, _ y: Double, _ s: String, anchor: String) -> String {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(escape(s))</text>\n"
  }

  func f(_ x: Double) -> String { String(format: "%.1f", x) }

  func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 x 10^k at or above x.
  static func niceCeiling(_ x: Double) -> Double {
    let p = pow(10, floor(log10(x)))
    for m in [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where m * p >= x - 1e-9 { return m * p }
    return 10 * p
  }

  /// 1, 4, 16, ... (every other power of two when there are many) up to `max`.
  static func powerTicks(upTo max: Double) -> [Double] {
    let n = Int(log2(max).rounded())
    let step = n > 10 ? 2 : 1
    return stride(from: 0, through: n, by: step).map { pow(2, Double($0)) }
  }

  /// Tick positions 0, step, 2 step, ... up to `max` (4 to 10 ticks).
  static func ticks(upTo max: Double) -> [Double] {
    let p = pow(10, floor(log10(max / 6)))
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * p }.first { max / $0 <= 8 } ?? 10 * p
    return stride(from: 0, through: max + 1e-9, by: step).map { $0 }
  }

  static func label(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e9 { return String(Int(v)) }
    return String(format: "%.2f", v).replacingOccurrences(
      of: #"\.?0+$"#, with: "", options: .regularExpression)
  }
}
