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
      for (h, s) in layer.heads.enumerated() {
        let p = Self.pca(s.keyExplainedVariance)
        let shares = [
          s.share(s.betasNear2, of: s.betaCount), s.share(s.betasNear1, of: s.betaCount),
          s.share(s.betasNear0, of: s.betaCount), s.rotationShare, s.negativeRealShare,
          s.share(s.negativeDeterminants, of: s.transitions), p.top3,
        ]
        out += Self.row(
          ["\(h)", Self.f(s.meanBeta)] + shares.map { Self.f($0) } + ["\(p.c90)", "\(p.c99)"]
            + [s.rankMean.first ?? 0, s.rankMean.last ?? 0].map { Self.f($0, 2) })
      }
      let a = Self.pooled(layer.heads)
      let n = Double(max(1, layer.heads.count))
      let first = layer.heads.reduce(0) { $0 + ($1.rankMean.first ?? 0) } / n
      let last = layer.heads.reduce(0) { $0 + ($1.rankMean.last ?? 0) } / n
      out += Self.row(
        ["all"]
          + [a.beta, a.near2, a.near1, a.near0, a.rotations, a.negReal, a.negDet].map {
            Self.f($0)
          } + ["-", "-", "-"] + [first, last].map { Self.f($0, 2) })
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
      + "real); erank first / last: the state's effective rank after \(positions.first ?? 0) and "
      + "\(positions.last ?? 0) tokens, mean over sequences)\n"
    out += Self.proposition(randomProposition, on: "random unit keys (dim 16), betas in [0, 2]")
    return out + "\n"
  }

  var positions: [Int] { layers.first?.heads.first?.positions ?? [] }

  /// The per-head table's columns: header and width.
  static var columns: [(name: String, width: Int)] {
    [
      ("head", 4), ("mean beta", 9), ("beta>1.9", 8), ("|beta-1|<.1", 11), ("beta<.1", 7),
      ("rotations", 9), ("neg. real", 9), ("det<0", 5), ("PCA top3", 8), ("PCA 90%", 7),
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
