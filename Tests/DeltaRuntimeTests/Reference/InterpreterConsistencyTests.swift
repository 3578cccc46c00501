import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

/// Reference section 4.3's checks through the interpreter: n_h = 1 is (Gated) DeltaNet, identical
/// Householder steps collapse into one, beta = 2 with unit keys gives reflections and rotations,
/// and Float32 agrees with Float64 on the whole model.
@Suite struct InterpreterConsistencyTests {
  /// A one-node graph `deltaproduct` over inputs (q, k, v, beta, [g], [initial_state]) -> o, S_T.
  static func recurrence(
    _ p: DeltaProductParams, b: Int, t: Int, h: Int, k: Int, v: Int, _ inputs: [String: [Double]]
  ) throws -> (o: [Double], state: [Double]) {
    let n = p.numHouseholder
    let builder = GraphBuilder(name: "dp")
    var operands: [Value] = []
    var feed: [String: TensorValue<Double>] = [:]
    var shapes: [(String, [Int])] = [
      ("q", [b, t, h, k]), ("k", [b, t, n, h, k]), ("v", [b, t, n, h, v]), ("beta", [b, t, n, h]),
    ]
    if p.gated { shapes.append(("g", [b, t, h])) }
    if p.initialState { shapes.append(("s0", [b, h, k, v])) }
    for (name, shape) in shapes {
      operands.append(builder.input(name, TensorType(.f64, Shape(shape.map { Dim($0) }))))
      feed[name] = .real(Tensor(shape: shape, data: inputs[name]!))
    }
    let r = try builder.emit(.deltaProduct(p), operands, names: ["o", "s"])
    builder.output("o", r[0])
    builder.output("s", r[1])
    let out = try Interpreter<Double>.run(builder.finish(), parameters: [:], inputs: feed)
    return (out["o"]!.data, out["s"]!.data)
  }

  static func unitRows(_ x: [Double], _ width: Int) -> [Double] {
    var y = x
    for r in 0..<(x.count / width) {
      let norm = (r * width..<(r + 1) * width).reduce(0) { $0 + x[$1] * x[$1] }.squareRoot()
      for i in r * width..<(r + 1) * width { y[i] = x[i] / norm }
    }
    return y
  }

  /// n_h = 1 against DeltaNet written out here: S = e^g S; S += k (beta (v - S^T k))^T; o = c S^T q.
  @Test(arguments: [false, true])
  func singleStepIsDeltaNet(gated: Bool) throws {
    let (B, T, H, K, V) = (2, 6, 2, 3, 4)
    var rng = TestRNG(seed: gated ? 41 : 40)
    let x: [String: [Double]] = [
      "q": Self.unitRows(rng.array(B * T * H * K), K),
      "k": Self.unitRows(rng.array(B * T * H * K), K),
      "v": rng.array(B * T * H * V), "beta": rng.array(B * T * H, 0, 2),
      "g": rng.array(B * T * H, -1, 0),
    ]
    let scale = 1 / Double(K).squareRoot()
    let (o, s) = try Self.recurrence(
      DeltaProductParams(numHouseholder: 1, gated: gated, scale: scale, finalState: true),
      b: B, t: T, h: H, k: K, v: V, x)
    var expectedO = [Double](repeating: 0, count: B * T * H * V)
    var expectedS = [Double](repeating: 0, count: B * H * K * V)
    for b in 0..<B {
      for h in 0..<H {
        var S = [[Double]](repeating: [Double](repeating: 0, count: V), count: K)
        for t in 0..<T {
          let row = (b * T + t) * H + h
          let (q, k) = (
            Array(x["q"]![row * K..<(row + 1) * K]), Array(x["k"]![row * K..<(row + 1) * K])
          )
          let v = Array(x["v"]![row * V..<(row + 1) * V])
          if gated { S = S.map { $0.map { $0 * exp(x["g"]![row]) } } }
          for j in 0..<V {
            let delta = x["beta"]![row] * (v[j] - (0..<K).reduce(0) { $0 + S[$1][j] * k[$1] })
            for i in 0..<K { S[i][j] += k[i] * delta }
          }
          for j in 0..<V {
            expectedO[row * V + j] = scale * (0..<K).reduce(0) { $0 + S[$1][j] * q[$1] }
          }
        }
        for i in 0..<K { for j in 0..<V { expectedS[((b * H + h) * K + i) * V + j] = S[i][j] } }
      }
    }
    let (co, cs) = (compare("o", o, expectedO), compare("S_T", s, expectedS))
    #expect(co.maxAbs < 1e-13 && cs.maxAbs < 1e-13, "\(co)\n\(cs)")
  }

  /// Two steps with the same unit key and value are one step with 1 - beta* = (1 - b1)(1 - b2).
  @Test func identicalStepsCollapse() throws {
    let (T, K, V) = (4, 3, 2)
    var rng = TestRNG(seed: 42)
    let k = Self.unitRows(rng.array(T * K), K)
    let v = rng.array(T * V)
    let beta = rng.array(2 * T, 0, 2)
    let q = rng.array(T * K)
    // Each token's key and value repeated for its two steps (k, v [T, 2, K]).
    func repeated(_ x: [Double], _ width: Int) -> [Double] {
      var out: [Double] = []
      for t in 0..<T {
        let row = Array(x[t * width..<(t + 1) * width])
        out += row + row
      }
      return out
    }
    var betaStar: [Double] = []
    for t in 0..<T { betaStar.append(1 - (1 - beta[2 * t]) * (1 - beta[2 * t + 1])) }
    let twice: [String: [Double]] = [
      "q": q, "k": repeated(k, K), "v": repeated(v, V), "beta": beta,
    ]
    let once: [String: [Double]] = ["q": q, "k": k, "v": v, "beta": betaStar]
    let p2 = DeltaProductParams(numHouseholder: 2, gated: false, scale: 0.5, finalState: true)
    let p1 = DeltaProductParams(numHouseholder: 1, gated: false, scale: 0.5, finalState: true)
    let a = try Self.recurrence(p2, b: 1, t: T, h: 1, k: K, v: V, twice)
    let b = try Self.recurrence(p1, b: 1, t: T, h: 1, k: K, v: V, once)
    #expect(compare("o", a.o, b.o).maxAbs < 1e-13 && compare("S", a.state, b.state).maxAbs < 1e-13)
  }

  /// The state transition of one token with v = 0 and S_0 = I (K = V): A = H_n ... H_1.
  static func transition(keys: [Double], beta: Double, n: Int, k K: Int) throws -> [[Double]] {
    let identity = (0..<K * K).map { $0 / K == $0 % K ? 1.0 : 0 }
    let x: [String: [Double]] = [
      "q": [Double](repeating: 0, count: K), "k": keys, "v": [Double](repeating: 0, count: n * K),
      "beta": [Double](repeating: beta, count: n), "s0": identity,
    ]
    let p = DeltaProductParams(
      numHouseholder: n, gated: false, scale: 1, initialState: true, finalState: true)
    let s = try recurrence(p, b: 1, t: 1, h: 1, k: K, v: K, x).state
    return (0..<K).map { Array(s[$0 * K..<($0 + 1) * K]) }
  }

  static func det3(_ a: [[Double]]) -> Double {
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1]
      * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
      + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
  }

  /// max |A^T A - I|.
  static func orthogonalityError(_ a: [[Double]]) -> Double {
    let K = a.count
    var worst = 0.0
    for i in 0..<K {
      for j in 0..<K {
        let dot = (0..<K).reduce(0) { $0 + a[$1][i] * a[$1][j] }
        worst = max(worst, abs(dot - (i == j ? 1 : 0)))
      }
    }
    return worst
  }

  /// beta = 2, unit keys (reference 4.3 item 4): one step is a reflection (orthogonal, det -1, k -> -k);
  /// two steps are a rotation (orthogonal, det +1) by 2 phi in span(k1, k2), so trace = K - 2 + 2 cos 2phi.
  @Test func householderGeometry() throws {
    var rng = TestRNG(seed: 43)
    let K = 3
    for _ in 0..<5 {
      let k1 = Self.unitRows(rng.array(K), K)
      let k2 = Self.unitRows(rng.array(K), K)
      let reflection = try Self.transition(keys: k1, beta: 2, n: 1, k: K)
      #expect(Self.orthogonalityError(reflection) < 1e-14)
      #expect(abs(Self.det3(reflection) + 1) < 1e-14)
      let image = (0..<K).map { i in (0..<K).reduce(0) { $0 + reflection[i][$1] * k1[$1] } }
      #expect(compare("H k", image, k1.map { -$0 }).maxAbs < 1e-14)
      // Row-major A acts on the key dim from the left: S_1 = H2 H1 S_0 with S_0 = I.
      let rotation = try Self.transition(keys: k1 + k2, beta: 2, n: 2, k: K)
      #expect(Self.orthogonalityError(rotation) < 1e-14)
      #expect(abs(Self.det3(rotation) - 1) < 1e-14)
      let cosPhi = (0..<K).reduce(0) { $0 + k1[$1] * k2[$1] }
      let trace = (0..<K).reduce(0) { $0 + rotation[$1][$1] }
      #expect(abs(trace - (Double(K) - 2 + 2 * (2 * cosPhi * cosPhi - 1))) < 1e-14)
      // beta in (0, 2): eigenvalue 1 - beta along k, contraction elsewhere at most 1.
      let beta = rng.uniform(0, 2)
      let partial = try Self.transition(keys: k1, beta: beta, n: 1, k: K)
      let along = (0..<K).map { i in (0..<K).reduce(0) { $0 + partial[i][$1] * k1[$1] } }
      #expect(compare("(I - b k k^T) k", along, k1.map { (1 - beta) * $0 }).maxAbs < 1e-14)
    }
  }
}
