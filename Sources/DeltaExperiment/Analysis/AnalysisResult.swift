import DeltaSpec
import Foundation

/// What `deltac analyze` found, and how it is written: a text summary (one block per layer, one row
/// per head and one for all heads), `analysis.json` with every number, and SVG plots.
public struct AnalysisResult: Sendable {
  public struct Layer: Sendable {
    public var householder: Int
    public var gated: Bool
    public var keyDim: Int
    public var valueDim: Int
    public var heads: [HeadStatistics]
  }

  public var spec: Spec
  /// `step N` or `model folder`.
  public var source: String
  public var length: Int
  public var samples: Int
  public var layers: [Layer]
  /// The evaluation at `length` over the same sequences (per-position accuracy and loss).
  public var evaluation: LengthResult
  /// Proposition 1 on random unit keys (dim 16) and betas in [0, 2].
  public var randomProposition: PropositionCheck

  static func f(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }

  /// Key PCA of a head: the share of the first three components and the count reaching 90% / 99%.
  static func pca(_ explained: [Double]) -> (top3: Double, c90: Int, c99: Int) {
    (
      explained.prefix(3).reduce(0, +), Spectra.components(explained, reaching: 0.9),
      Spectra.components(explained, reaching: 0.99)
    )
  }

  /// The statistics of every head of a layer pooled (the "all" row).
  static func pooled(_ heads: [HeadStatistics]) -> (
    beta: Double, near2: Double, near1: Double, near0: Double, rotations: Double,
    negReal: Double, negDet: Double
  ) {
    let sum = { (key: KeyPath<HeadStatistics, Int>) in heads.reduce(0) { $0 + $1[keyPath: key] } }
    let (betas, tr) = (Double(sum(\.betaCount)), Double(sum(\.transitions)))
    let reals = Double(sum(\.realEigenvalues))
    return (
      heads.reduce(0) { $0 + $1.betaSum } / max(1, betas),
      Double(sum(\.betasNear2)) / max(1, betas),
      Double(sum(\.betasNear1)) / max(1, betas), Double(sum(\.betasNear0)) / max(1, betas),
      Double(sum(\.rotations)) / max(1, tr), Double(sum(\.negativeRealEigenvalues)) / max(1, reals),
      Double(sum(\.negativeDeterminants)) / max(1, tr)
    )
  }

  /// The summary a reader quotes.
  public var text: String {
    var out =
      "\(spec.name) (\(source)): \(samples) sequences of \(length); sequence accuracy "
      + "\(Self.f(evaluation.metrics.sequenceAccuracy)), loss \(Self.f(evaluation.metrics.loss, 4))\n"
    for (i, layer) in layers.enumerated() {
      out +=
        "layer \(i): n_h \(layer.householder), \(layer.heads.count) heads, Dk \(layer.keyDim), "
        + "eigenvalues \(spec.model.allowNegEigval ? "[-1, 1]" : "[0, 1]")"
        + (layer.gated ? ", gated" : "") + "\n"
      out += Self.row(Self.columns.map(\.name))
      for (h, s) in layer.heads.enumerated() { out += Self.row(Self.cells(head: h, s)) }
      out += Self.row(Self.cells(all: layer.heads))
      out += Self.tokenTable(layer.heads)
      if layer.gated {
        out +=
          "  forget gate, mean decay e^g at positions \(positions.first ?? 0) / \(positions.last ?? 0): "
          + layer.heads.enumerated().map { h, s in
            "h\(h) \(Self.f(s.gateMean.first ?? 0)) / \(Self.f(s.gateMean.last ?? 0))"
          }.joined(separator: ", ") + "\n"
      }
      if layer.householder == 2 {
        let c = layer.heads.reduce(into: PropositionCheck()) { total, s in
          total.transitions += s.proposition.transitions
          total.complex += s.proposition.complex
          total.violations += s.proposition.violations
          total.bothAboveOne += s.proposition.bothAboveOne
        }
        out += "  " + Self.proposition(c, on: "this layer's tokens") + "\n"
      }
    }
    out +=
      "(shares of betas, of tokens (rotations: a complex pair; det<0) and of real eigenvalues (neg. "
      + "real); angle: the most common angle of the complex eigenvalues, degrees; erank first / last: the state's effective rank after \(positions.first ?? 0) and "
      + "\(positions.last ?? 0) tokens, mean over sequences)\n"
    out += Self.proposition(randomProposition, on: "random unit keys (dim 16), betas in [0, 2]")
    return out + "\n"
  }

  var positions: [Int] { layers.first?.heads.first?.positions ?? [] }

  /// One head's row of the table (as many cells as `columns`).
  static func cells(head h: Int, _ s: HeadStatistics) -> [String] {
    let p = pca(s.keyExplainedVariance)
    let shares = [
      s.share(s.betasNear2, of: s.betaCount), s.share(s.betasNear1, of: s.betaCount),
      s.share(s.betasNear0, of: s.betaCount), s.rotationShare,
    ]
    return ["\(h)", f(s.meanBeta)] + shares.map { f($0) } + [s.mainAngle]
      + [s.negativeRealShare, s.share(s.negativeDeterminants, of: s.transitions), p.top3].map {
        f($0)
      } + ["\(p.c90)", "\(p.c99)"]
      + [s.rankMean.first ?? 0, s.rankMean.last ?? 0].map { f($0, 2) }
  }

  /// The row of a layer's heads pooled: shares over all their betas and tokens, mean ranks.
  static func cells(all heads: [HeadStatistics]) -> [String] {
    let a = pooled(heads)
    let n = Double(max(1, heads.count))
    let first = heads.reduce(0) { $0 + ($1.rankMean.first ?? 0) } / n
    let last = heads.reduce(0) { $0 + ($1.rankMean.last ?? 0) } / n
    return ["all"] + [a.beta, a.near2, a.near1, a.near0, a.rotations].map { f($0) } + ["-"]
      + [a.negReal, a.negDet].map { f($0) } + ["-", "-", "-"] + [first, last].map { f($0, 2) }
  }

  /// What each input token's transition is, per head (vocabularies up to 32): `r<angle>` a rotation,
  /// `det-` a reflection (orientation reversed on the key span), `.` neither.
  static func tokenTable(_ heads: [HeadStatistics]) -> String {
    let vocabulary = heads.first?.byToken.count ?? 0
    guard vocabulary > 0, vocabulary <= 32 else { return "" }
    var out = "  by input token (r<angle>: rotation, det-: reflection, .: neither):\n"
    out += "  token  " + heads.indices.map { "h\($0)".leftPadded(5) }.joined(separator: " ") + "\n"
    for t in 0..<vocabulary where heads.contains(where: { $0.byToken[t].tokens > 0 }) {
      out +=
        "  " + "\(t)".leftPadded(5) + "  "
        + heads.map { $0.byToken[t].code.leftPadded(5) }.joined(separator: " ") + "\n"
    }
    return out
  }

  /// The per-head table's columns: header and width.
  static var columns: [(name: String, width: Int)] {
    [
      ("head", 4), ("mean beta", 9), ("beta>1.9", 8), ("|beta-1|<.1", 11), ("beta<.1", 7),
      ("rotations", 9), ("angle", 5), ("neg. real", 9), ("det<0", 5), ("PCA top3", 8),
      ("PCA 90%", 7),
      ("PCA 99%", 7), ("erank first", 11), ("erank last", 10),
    ]
  }

  static func row(_ cells: [String]) -> String {
    "  " + zip(cells, columns).map { $0.leftPadded($1.width) }.joined(separator: "  ") + "\n"
  }

  static func proposition(_ c: PropositionCheck, on what: String) -> String {
    "Proposition 1 (n_h 2: complex eigenvalues only when both betas > 1) on \(what): "
      + "\(c.transitions) transitions, \(c.complex) with a complex pair, \(c.bothAboveOne) with both "
      + "betas > 1, \(c.violations) counterexamples: " + (c.violations == 0 ? "holds" : "FAILS")
  }
}

extension HeadStatistics {
  /// The centre of the most populated angle bin, in degrees ("-" without rotations).
  var mainAngle: String {
    guard let top = angleHistogram.max(), top > 0 else { return "-" }
    let bin = angleHistogram.firstIndex(of: top)!
    return String(Int((Double(bin) + 0.5) * 180 / Double(Self.angleBins)))
  }
}
