import Foundation

extension AnalysisResult {
  /// Everything, as JSON (`analysis.json`): per layer and head the beta histogram and shares, the
  /// transitions' eigenvalue statistics, the key PCA spectrum, the effective rank (mean, std, min,
  /// max) and gate by position; the evaluation's per-position curves; Proposition 1's checks.
  public var json: [String: Any] {
    let m = evaluation.metrics
    return [
      "spec": spec.name, "source": source, "length": length, "samples": samples,
      "effective_rank_definition":
        "exp(-sum p_i log p_i), p_i = sigma_i / sum(sigma), sigma the state's singular values",
      "evaluation": [
        "sequence_accuracy": m.sequenceAccuracy, "token_accuracy": m.tokenAccuracy,
        "loss": m.loss, "prefix_accuracy": m.prefixAccuracy,
        "loss_per_position": m.lossPerPosition.map { $0 ?? .nan }.map(Self.finite),
      ] as [String: Any],
      "proposition_random": Self.json(randomProposition),
      "layers": layers.map { layer in
        [
          "householder": layer.householder, "gated": layer.gated, "key_dim": layer.keyDim,
          "value_dim": layer.valueDim, "heads": layer.heads.map(Self.json),
        ] as [String: Any]
      },
    ]
  }

  static func finite(_ x: Double) -> Any { x.isFinite ? x : NSNull() }

  static func json(_ c: PropositionCheck) -> [String: Any] {
    [
      "transitions": c.transitions, "complex": c.complex, "both_betas_above_1": c.bothAboveOne,
      "counterexamples": c.violations,
    ]
  }

  static func json(_ s: HeadStatistics) -> [String: Any] {
    let explained = s.keyExplainedVariance
    var out: [String: Any] = [
      "beta": [
        "mean": s.meanBeta,
        "histogram_edges": (0...HeadStatistics.betaBins).map {
          2 * Double($0) / Double(HeadStatistics.betaBins)
        }, "histogram": s.betaHistogram,
        "share_near_0": s.share(s.betasNear0, of: s.betaCount),
        "share_near_1": s.share(s.betasNear1, of: s.betaCount),
        "share_near_2": s.share(s.betasNear2, of: s.betaCount),
      ] as [String: Any],
      "transitions": [
        "tokens": s.transitions, "rotation_share": s.rotationShare,
        "angle_histogram_degrees_edges": (0...HeadStatistics.angleBins).map {
          180 * Double($0) / Double(HeadStatistics.angleBins)
        }, "angle_histogram": s.angleHistogram,
        "negative_real_share": s.negativeRealShare, "real_eigenvalues": s.realEigenvalues,
        "negative_real_eigenvalues": s.negativeRealEigenvalues,
        "negative_determinant_share": s.share(s.negativeDeterminants, of: s.transitions),
      ] as [String: Any],
      "key_pca": [
        "explained_variance": explained,
        "components_90": Spectra.components(explained, reaching: 0.9),
        "components_95": Spectra.components(explained, reaching: 0.95),
        "components_99": Spectra.components(explained, reaching: 0.99),
      ] as [String: Any],
      "effective_rank": [
        "positions": s.positions, "mean": s.rankMean, "std": s.rankStd,
        "min": s.rankMin.map(finite), "max": s.rankMax.map(finite),
      ] as [String: Any],
    ]
    if s.proposition.transitions > 0 { out["proposition"] = json(s.proposition) }
    if !s.byToken.isEmpty {
      out["by_input_token"] = s.byToken.map { t -> [String: Any] in
        [
          "tokens": t.tokens, "mean_beta": t.tokens == 0 ? 0 : t.betaSum / Double(t.tokens),
          "rotation_share": s.share(t.rotations, of: t.tokens),
          "negative_determinant_share": s.share(t.negativeDeterminants, of: t.tokens),
          "mean_angle_degrees": t.angles == 0 ? 0 : t.angleSum / Double(t.angles) * 180 / .pi,
          "code": t.code,
        ]
      }
    }
    if !s.gateMean.isEmpty { out["gate"] = ["positions": s.positions, "mean_decay": s.gateMean] }
    return out
  }

  /// The plots of each layer (one curve per head), named `<what>-l<layer>.svg`.
  public var plots: [(name: String, svg: String)] {
    var out: [(String, String)] = []
    for (i, layer) in layers.enumerated() {
      let heads = layer.heads.enumerated()
      func series(_ points: (HeadStatistics) -> [(x: Double, y: Double)]) -> [SVGPlot.Series] {
        heads.map { SVGPlot.Series(name: "head \($0.offset)", points: points($0.element)) }
      }
      let title = "\(spec.name), layer \(i)"
      let beta = series { s in
        s.betaHistogram.enumerated().map { b, c in
          (2 * (Double(b) + 0.5) / Double(HeadStatistics.betaBins), s.share(c, of: s.betaCount))
        }
      }
      let angle = series { s in
        let total = max(1, s.angleHistogram.reduce(0, +))
        return s.angleHistogram.enumerated().map { b, c in
          (180 * (Double(b) + 0.5) / Double(HeadStatistics.angleBins), Double(c) / Double(total))
        }
      }
      let pca = series { s in
        s.keyExplainedVariance.prefix(16).enumerated().map { (Double($0 + 1), $1) }
      }
      let rank = series { s in zip(s.positions, s.rankMean).map { (Double($0), $1) } }
      let highest = rank.flatMap { $0.points.map(\.y) }.max() ?? 1
      out += [
        (
          "beta-l\(i).svg",
          SVGPlot(
            title: "\(title): beta histogram", xLabel: "beta", yLabel: "share of betas",
            series: beta, yRange: 0...Self.top(beta)
          ).render()
        ),
        (
          "angles-l\(i).svg",
          SVGPlot(
            title: "\(title): angles of complex eigenvalues", xLabel: "angle (degrees)",
            yLabel: "share of complex eigenvalues", series: angle, yRange: 0...Self.top(angle)
          ).render()
        ),
        (
          "pca-l\(i).svg",
          SVGPlot(
            title: "\(title): key PCA", xLabel: "principal component",
            yLabel: "explained variance", series: pca, yRange: 0...1
          ).render()
        ),
        (
          "rank-l\(i).svg",
          SVGPlot(
            title: "\(title): effective rank of the state", xLabel: "position",
            yLabel: "effective rank (mean over sequences)", series: rank,
            yRange: 0...SVGPlot.niceCeiling(max(1, highest * 1.1)),
            marker: (Double(spec.task.trainLength.max), "train length")
          ).render()
        ),
      ]
    }
    return out
  }

  /// The y range's top for shares: a little above the highest, at most 1.
  static func top(_ series: [SVGPlot.Series]) -> Double {
    min(1, max(0.05, (series.flatMap { $0.points.map(\.y) }.max() ?? 1) * 1.05))
  }

  /// Writes analysis.json, the plots and the evaluation's accuracy (or loss) plot into `directory`.
  public func write(to directory: String) throws {
    let results = ResultsWriter(directory: directory)
    try results.open()
    let data = try JSONSerialization.data(
      withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
    try results.write(String(decoding: data, as: UTF8.self) + "\n", to: "analysis.json")
    try results.write(text, to: "analysis.txt")
    for (name, svg) in plots { try results.write(svg, to: name) }
    let (name, svg) = EvalReport.plot([evaluation], spec: spec)
    try results.write(svg, to: name)
  }
}
