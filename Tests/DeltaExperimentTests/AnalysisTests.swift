import DeltaCodegen
import DeltaIR
import DeltaRuntime
import DeltaSpec
import DeltaTasks
import Foundation
import Testing

@testable import DeltaExperiment

/// `deltac analyze`'s measurements on inputs with answers known by hand (reference 4: geometry sanity).
@Suite struct AnalysisTests {
  static func unit(_ v: [Double]) -> [Double] {
    let n = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return v.map { $0 / n }
  }

  /// The analysis reads q, k as the recurrence uses them: l2norm's outputs, the recurrence without
  /// activations of its own (training and evaluation run them inside it).
  @Test func probedKeysAreUnitNormalised() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let spec = try SpecLoader.load(
      file: root.appendingPathComponent("specs/quickstart.yaml").path)
    let (graph, layers) = try ModelAnalysis.probe(spec: spec)
    #expect(!layers.isEmpty)
    var producers: [Value: Op] = [:]
    for n in graph.nodes { for r in n.results { producers[r.value] = n.op } }
    for (i, layer) in layers.enumerated() {
      #expect(layer.params.inputs == .plain)
      for name in ["q", "k"] {
        let v = try #require(graph.output("probe.l\(i).\(name)"))
        let op = producers[v]
        let normalised: Bool
        switch op {
        case .l2norm?: normalised = true
        case .fused(let k)?: normalised = k.name.contains("l2norm")
        default: normalised = false
        }
        #expect(normalised, "probe.l\(i).\(name) comes from \(op.map(\.name) ?? "nothing")")
      }
    }
  }

  /// beta = 2 and a unit key: a reflection, eigenvalue -1 on the key's line (det -1).
  @Test func reflection() {
    let e = Spectra.transitionEigenvalues(keys: [Self.unit([1, 2, 0, -1])], betas: [2])
    #expect(e.count == 1)
    #expect(abs(e[0].re + 1) < 1e-12 && e[0].im == 0)
    var s = HeadStatistics(keyDim: 4, positions: [1])
    s.addToken(keys: [Self.unit([1, 2, 0, -1])], betas: [2], decay: 1)
    #expect(s.negativeDeterminants == 1 && s.rotations == 0 && s.negativeRealEigenvalues == 1)
  }

  /// Two reflections (beta = 2) with keys at angle theta: a rotation by 2 theta in their plane, the
  /// complex pair e^(+-2 i theta); the decay scales its modulus, not its angle.
  @Test(arguments: [0.3, 1.0, 1.4])
  func twoReflectionsRotateByTwiceTheirAngle(theta: Double) {
    let k1 = [1.0, 0, 0]
    let k2 = [cos(theta), sin(theta), 0]
    let e = Spectra.transitionEigenvalues(keys: [k1, k2], betas: [2, 2], decay: 0.5)
    #expect(e.count == 2)
    #expect(e.allSatisfy { $0.isComplex })
    for x in e {
      #expect(abs(x.angle - 2 * theta) < 1e-9, "\(x)")
      #expect(abs(x.magnitude - 0.5) < 1e-12)
    }
    var s = HeadStatistics(keyDim: 3, positions: [1])
    s.addToken(keys: [k1, k2], betas: [2, 2], decay: 1)
    let bin = Int(2 * theta / .pi * Double(HeadStatistics.angleBins))
    #expect(s.rotations == 1 && s.angleHistogram[bin] == 1 && s.negativeDeterminants == 0)
  }

  /// Equal keys span one dimension: the restriction is 1 x 1, (1 - b1)(1 - b2).
  @Test func parallelKeysGiveOneEigenvalue() {
    let k = Self.unit([0, 3, 4])
    let e = Spectra.transitionEigenvalues(keys: [k, k.map { -$0 }], betas: [0.5, 1.5])
    #expect(e.count == 1 && abs(e[0].re - (0.5 * -0.5)) < 1e-12)
  }

  /// Proposition 1 on random betas and keys: a complex pair only when both betas exceed 1; and it
  /// happens (the check is not vacuous).
  @Test func propositionOneOnRandomInputs() {
    for dim in [2, 3, 16] {
      let c = PropositionCheck.random(count: 4000, dim: dim, seed: UInt64(dim))
      #expect(c.transitions == 4000 && c.violations == 0, "\(c)")
      #expect(c.complex > 100 && c.complex <= c.bothAboveOne, "\(c)")
    }
  }

  /// The effective rank: exp(entropy of sigma / sum sigma), by hand for sigma = (3, 1) and edge cases.
  @Test func effectiveRankByHand() {
    let p = [0.75, 0.25]
    let expected = exp(-(p[0] * log(p[0]) + p[1] * log(p[1])))  // 1.7548...
    let state = [3.0, 0, 0, 0, 1, 0]  // 2 x 3, singular values 3 and 1
    #expect(abs(Spectra.effectiveRank(state, rows: 2, cols: 3) - expected) < 1e-12)
    #expect(abs(Spectra.effectiveRank([3, 0, 0, 1, 0, 0], rows: 3, cols: 2) - expected) < 1e-12)
    #expect(abs(Spectra.effectiveRank(singularValues: [2, 2, 2, 2]) - 4) < 1e-12)
    #expect(Spectra.effectiveRank(singularValues: [5]) == 1)
    #expect(Spectra.effectiveRank([0, 0, 0, 0], rows: 2, cols: 2) == 0)
  }

  /// The states analyze reads (the recurrence kernel's boundary states every `stride` tokens) on a
  /// hand-built sequence: token 1 writes 3 e1 e1^T (beta 1), token 2 has beta 0 (no change), token 3
  /// writes e2 e2^T: effective ranks 1, 1, then that of sigma = (3, 1).
  @Test func effectiveRankOfKernelStates() throws {
    let kernels = try DeltaProductKernels(
      spec: DeltaKernelSpec(
        keyDim: 2, valueDim: 2, householder: 1, chunk: 1, gated: false, form: .recurrent),
      threads: 1)
    let dims = RecurrenceDims(batch: 1, length: 3, heads: 1, householder: 1, keyDim: 2, valueDim: 2)
    let run = kernels.forward(
      RecurrenceInputs(
        q: [Float](repeating: 0, count: 6), k: [1, 0, 0, 1, 0, 1], v: [3, 0, 5, 5, 0, 1],
        beta: [1, 0, 1], g: nil, initialState: nil, scale: 1),
      dims: dims)
    let states = [
      Array(run.boundaryStates[4..<8]), Array(run.boundaryStates[8..<12]), run.finalState,
    ]
    let ranks = states.map { Spectra.effectiveRank($0.map(Double.init), rows: 2, cols: 2) }
    let p = [0.75, 0.25]
    #expect(abs(ranks[0] - 1) < 1e-6 && abs(ranks[1] - 1) < 1e-6)
    #expect(abs(ranks[2] - exp(-(p[0] * log(p[0]) + p[1] * log(p[1])))) < 1e-6)
  }

  /// Keys drawn from a known 3-D subspace of R^16: PCA finds 3 components.
  @Test func keyPCAFindsTheSubspace() {
    var rng = SplitMix64(seed: 3)
    let basis = (0..<3).map { i in (0..<16).map { j in j == 2 * i + 1 ? 1.0 : 0 } }
    var s = HeadStatistics(keyDim: 16, positions: [1])
    for _ in 0..<500 {
      let c = (0..<3).map { _ in rng.normal() }
      let key = Self.unit((0..<16).map { j in (0..<3).reduce(0) { $0 + c[$1] * basis[$1][j] } })
      s.addToken(keys: [key], betas: [1], decay: 1)
    }
    let explained = s.keyExplainedVariance
    #expect(Spectra.components(explained, reaching: 0.99) == 3)
    #expect(explained.prefix(3).reduce(0, +) > 1 - 1e-9)
    #expect(explained[2] > 0.1)
  }

  /// Beta shares and histogram.
  @Test func betaShares() {
    var s = HeadStatistics(keyDim: 2, positions: [1])
    for b in [0.04, 1.0, 1.95, 1.5] { s.addToken(keys: [[1, 0]], betas: [b], decay: 1) }
    #expect(s.betasNear0 == 1 && s.betasNear1 == 1 && s.betasNear2 == 1 && s.betaCount == 4)
    #expect(s.betaHistogram[0] == 1 && s.betaHistogram[39] == 1 && s.betaHistogram[30] == 1)
    #expect(abs(s.meanBeta - 1.1225) < 1e-12)
  }

  /// Every row of the summary table has a cell per column, in the column's place.
  @Test func summaryRowsFillEveryColumn() {
    var s = HeadStatistics(keyDim: 3, positions: [1, 2])
    s.addToken(keys: [[1, 0, 0], [0.6, 0.8, 0]], betas: [2, 2], decay: 1)
    s.addSequence(ranks: [1, 2], decays: nil)
    let head = AnalysisResult.cells(head: 0, s)
    let all = AnalysisResult.cells(all: [s, s])
    #expect(head.count == AnalysisResult.columns.count && all.count == head.count)
    let angle = AnalysisResult.columns.firstIndex { $0.name == "angle" }!
    #expect(head[angle] == "105" && all[angle] == "-")  // 2 acos(0.6) = 106.3 degrees: bin 100-110
    #expect(head.last == "2.00" && all.last == "2.00" && head[5] == "1.000" && all[5] == "1.000")
  }

  /// Per input token: keys at 60 degrees with beta 2 rotate by 120; one reflection reverses.
  @Test func byTokenCodes() {
    var s = HeadStatistics(keyDim: 3, positions: [1], vocabulary: 4)
    let k2 = [cos(Double.pi / 3), sin(Double.pi / 3), 0]
    s.addToken(keys: [[1, 0, 0], k2], betas: [2, 2], decay: 1, input: 2)
    s.addToken(keys: [[1, 0, 0], [1, 0, 0]], betas: [2, 0], decay: 1, input: 1)
    s.addToken(keys: [[1, 0, 0], k2], betas: [0.5, 0.5], decay: 1, input: 3)
    #expect(s.byToken.map(\.code) == ["?", "det-", "r120", "."])
    #expect(AnalysisResult.tokenTable([s]).contains("      2   r120\n"))
    #expect(HeadStatistics(keyDim: 3, positions: [1], vocabulary: 300).byToken.isEmpty)
  }
}
