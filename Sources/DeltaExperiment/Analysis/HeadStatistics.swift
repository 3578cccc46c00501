import Foundation

/// What `deltac analyze` accumulates for one head of one layer over the analysed tokens.
public struct HeadStatistics: Sendable {
  public let keyDim: Int
  /// The positions (tokens seen) at which the state's effective rank and the gate are sampled.
  public let positions: [Int]

  // beta: a histogram over [0, 2] in `betaBins` bins, and the shares near 0, 1 and 2 (within 0.1).
  public static let betaBins = 40
  public private(set) var betaHistogram = [Int](repeating: 0, count: betaBins)
  public private(set) var betaSum = 0.0
  public private(set) var betaCount = 0
  public private(set) var betasNear0 = 0
  public private(set) var betasNear1 = 0
  public private(set) var betasNear2 = 0

  // The per-token transitions' eigenvalues on the key span.
  public static let angleBins = 18
  public private(set) var transitions = 0
  /// Tokens whose transition has a complex pair (rotates a plane of the key span).
  public private(set) var rotations = 0
  /// Angles in [0, pi] of the complex eigenvalues (upper half-plane), `angleBins` bins.
  public private(set) var angleHistogram = [Int](repeating: 0, count: angleBins)
  public private(set) var realEigenvalues = 0
  public private(set) var negativeRealEigenvalues = 0
  /// Tokens whose transition reverses orientation on the key span (determinant < 0).
  public private(set) var negativeDeterminants = 0
  /// Proposition 1 on this head's tokens (n_h = 2 only).
  public private(set) var proposition = PropositionCheck()

  // Keys: sums for the covariance (every Householder key of every token).
  public private(set) var keyCount = 0
  public private(set) var keySum: [Double]
  public private(set) var keyOuter: [Double]

  // Effective rank and gate by position: sums and squared sums over sequences.
  public private(set) var rankSum: [Double]
  public private(set) var rankSquares: [Double]
  public private(set) var rankMin: [Double]
  public private(set) var rankMax: [Double]
  public private(set) var sequences = 0
  public private(set) var gateSum: [Double]
  public private(set) var gateCount = 0

  /// Per input token id (vocabularies up to `TokenStatistics.maxVocabulary`; else empty): what the
  /// transitions of that token do (a word problem's group element, a Chomsky task's symbol).
  public private(set) var byToken: [TokenStatistics]

  public init(keyDim: Int, positions: [Int], vocabulary: Int = 0) {
    self.keyDim = keyDim
    byToken = .init(
      repeating: TokenStatistics(),
      count: vocabulary <= TokenStatistics.maxVocabulary ? vocabulary : 0)
    self.positions = positions
    keySum = .init(repeating: 0, count: keyDim)
    keyOuter = .init(repeating: 0, count: keyDim * keyDim)
    rankSum = .init(repeating: 0, count: positions.count)
    rankSquares = rankSum
    rankMin = .init(repeating: .infinity, count: positions.count)
    rankMax = .init(repeating: -.infinity, count: positions.count)
    gateSum = rankSum
  }

  /// One token: its n keys and betas, its decay (e^g, 1 ungated) and its input id.
  public mutating func addToken(
    keys: [[Double]], betas: [Double], decay: Double, input: Int? = nil
  ) {
    for b in betas {
      let bin = min(Self.betaBins - 1, max(0, Int(b / 2 * Double(Self.betaBins))))
      betaHistogram[bin] += 1
      betaSum += b
      betaCount += 1
      if b < 0.1 { betasNear0 += 1 }
      if abs(b - 1) < 0.1 { betasNear1 += 1 }
      if b > 1.9 { betasNear2 += 1 }
    }
    for k in keys {
      keyCount += 1
      for i in 0..<keyDim {
        keySum[i] += k[i]
        for j in i..<keyDim { keyOuter[i * keyDim + j] += k[i] * k[j] }
      }
    }
    let eigenvalues = Spectra.transitionEigenvalues(keys: keys, betas: betas, decay: decay)
    transitions += 1
    if eigenvalues.contains(where: \.isComplex) { rotations += 1 }
    var determinant = 1.0
    for e in eigenvalues {
      if e.isComplex {
        determinant *= e.magnitude  // with its conjugate: |lambda|^2 over the pair
        if e.im > 0 {
          let bin = min(Self.angleBins - 1, Int(e.angle / .pi * Double(Self.angleBins)))
          angleHistogram[bin] += 1
        }
      } else {
        determinant *= e.re
        realEigenvalues += 1
        if e.re < 0 { negativeRealEigenvalues += 1 }
      }
    }
    if determinant < 0 { negativeDeterminants += 1 }
    proposition.add(betas: betas, eigenvalues: eigenvalues)
    if let input, byToken.indices.contains(input) {
      byToken[input].add(betas: betas, eigenvalues: eigenvalues, negative: determinant < 0)
    }
  }

  /// One sequence's effective ranks (and decays) at `positions`.
  public mutating func addSequence(ranks: [Double], decays: [Double]?) {
    precondition(ranks.count == positions.count)
    sequences += 1
    for (i, r) in ranks.enumerated() {
      rankSum[i] += r
      rankSquares[i] += r * r
      rankMin[i] = min(rankMin[i], r)
      rankMax[i] = max(rankMax[i], r)
    }
    if let decays {
      gateCount += 1
      for (i, d) in decays.enumerated() { gateSum[i] += d }
    }
  }

  // MARK: summaries

  public var meanBeta: Double { betaCount == 0 ? 0 : betaSum / Double(betaCount) }
  public func share(_ count: Int, of total: Int) -> Double {
    total == 0 ? 0 : Double(count) / Double(total)
  }
  public var rotationShare: Double { share(rotations, of: transitions) }
  public var negativeRealShare: Double { share(negativeRealEigenvalues, of: realEigenvalues) }

  /// Explained variance of the keys' principal components (centred covariance), largest first.
  public var keyExplainedVariance: [Double] {
    guard keyCount > 1 else { return [] }
    let n = Double(keyCount)
    var c = [Double](repeating: 0, count: keyDim * keyDim)
    for i in 0..<keyDim {
      for j in i..<keyDim {
        let v = keyOuter[i * keyDim + j] / n - keySum[i] / n * keySum[j] / n
        c[i * keyDim + j] = v
        c[j * keyDim + i] = v
      }
    }
    return Spectra.explainedVariance(covariance: c, dim: keyDim)
  }

  public var rankMean: [Double] { rankSum.map { sequences == 0 ? 0 : $0 / Double(sequences) } }
  public var rankStd: [Double] {
    zip(rankSum, rankSquares).map { s, q in
      guard sequences > 1 else { return 0 }
      let m = s / Double(sequences)
      return max(0, q / Double(sequences) - m * m).squareRoot()
    }
  }
  /// Mean decay e^g at each position (empty when ungated).
  public var gateMean: [Double] { gateCount == 0 ? [] : gateSum.map { $0 / Double(gateCount) } }
}

/// The transitions of one input token id in one head.
public struct TokenStatistics: Sendable, Equatable {
  public static let maxVocabulary = 256
  public var tokens = 0
  public var betaSum = 0.0
  public var rotations = 0
  public var negativeDeterminants = 0
  /// Sum of the angles of its complex eigenvalues in the upper half-plane (radians).
  public var angleSum = 0.0
  public var angles = 0

  mutating func add(betas: [Double], eigenvalues: [Spectra.Eigenvalue], negative: Bool) {
    tokens += 1
    betaSum += betas.reduce(0, +) / Double(max(1, betas.count))
    if eigenvalues.contains(where: \.isComplex) { rotations += 1 }
    if negative { negativeDeterminants += 1 }
    for e in eigenvalues where e.isComplex && e.im > 0 {
      angleSum += e.angle
      angles += 1
    }
  }

  /// What the token's transition mostly is: `r<degrees>` a rotation (mean angle of its complex
  /// eigenvalues), `det-` orientation-reversing (a reflection on the key span), `.` neither
  /// (`?` when the token did not occur).
  public var code: String {
    guard tokens > 0 else { return "?" }
    if 2 * rotations > tokens, angles > 0 {
      return "r\(Int((angleSum / Double(angles) * 180 / .pi).rounded()))"
    }
    return 2 * negativeDeterminants > tokens ? "det-" : "."
  }
}
