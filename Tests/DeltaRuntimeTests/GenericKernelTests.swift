import DeltaIR
import DeltaTestSupport
import Foundation
import Testing

@testable import DeltaReference
@testable import DeltaRuntime

/// The production host kernels (`GenericKernels`) against the reference interpreter run in Double
/// on the same Float inputs. Every element must satisfy |got - want| <= 1e-5 |want| + 1e-6
/// (relative 1e-5, absolute floor 1e-6). Inputs large enough to split over workers are also run
/// with 1, 2 and 3 threads, which must agree bit for bit; transposes and broadcasts must be exact.
@Suite struct GenericKernelTests {
  // ** Elementwise **

  /// Each unary function over a rank-3 odd shape, a scalar and leading/trailing 1 dims, on a
  /// domain where it is defined (softplus across its threshold of 20).
  @Test(arguments: Unary.allCases)
  func unary(_ f: Unary) throws {
    let domain: (Double, Double) =
      switch f {
      case .log, .rsqrt: (0.05, 4)
      case .softplus: (-30, 30)
      case .exp, .sigmoid, .silu: (-10, 10)
      case .neg, .square: (-3, 3)
      }
    var rng = TestRNG(seed: 1)
    for shape in [[3, 5, 7], [], [1, 4, 1]] {
      let x = Self.random(&rng, shape.reduce(1, *), domain)
      try checkElementwise(.unary(f), [(x, shape)])
    }
  }

  /// mul_scalar, add_scalar and silu_grad (x, dy of one shape).
  @Test func scalarOpsAndSiluGrad() throws {
    var rng = TestRNG(seed: 2)
    for shape in [[3, 5, 7], [], [2, 1, 3]] {
      let n = shape.reduce(1, *)
      let (x, dy) = (Self.random(&rng, n, (-6, 6)), Self.random(&rng, n, (-1, 1)))
      try checkElementwise(.mulScalar(-1.7), [(x, shape)])
      try checkElementwise(.addScalar(0.3), [(x, shape)])
      try checkElementwise(.siluGrad, [(x, shape), (dy, shape)])
    }
  }

  /// Operand shape pairs: same shape, [5,1] and [7] against [3,5,7] either way round, scalars,
  /// leading 1s, both sides broadcast.
  static let broadcastPairs: [([Int], [Int])] = [
    ([3, 5, 7], [3, 5, 7]), ([5, 1], [3, 5, 7]), ([3, 5, 7], [5, 1]), ([7], [3, 5, 7]),
    ([3, 5, 7], [7]), ([], [2, 3]), ([2, 3], []), ([], []), ([1, 5, 1], [3, 1, 7]),
    ([1, 3, 5], [3, 5]), ([4, 1, 6, 1], [6, 3]), ([1, 1, 4], [2, 3, 1]), ([2, 1], [1, 2]),
    ([1], [1, 1]), ([3, 1, 7], [3, 5, 1]),
  ]

  /// add, sub, mul, div over every broadcast pair (div's divisor kept away from 0).
  @Test(arguments: [Op.add, .sub, .mul, .div])
  func binary(_ op: Op) throws {
    var rng = TestRNG(seed: 3)
    for (sa, sb) in Self.broadcastPairs {
      let a = Self.random(&rng, sa.reduce(1, *), (-2, 2))
      let b = Self.random(&rng, sb.reduce(1, *), (0.5, 2)).map { rng.uniform() < 0.5 ? -$0 : $0 }
      try checkElementwise(op, [(a, sa), (b, sb)])
    }
  }

  /// Work over the parallel threshold: rows of a vector, a long same-shape row cut into segments
  /// (silu_grad too: its operands share a shape), a column broadcast and a both-sided broadcast;
  /// every thread count agrees bit for bit.
  @Test func largeElementwiseIsThreadIndependent() throws {
    var rng = TestRNG(seed: 4)
    let pairs: [([Int], [Int])] = [
      ([300, 257], [257]), ([2, 40_000], [2, 40_000]), ([300, 1], [300, 257]),
      ([70, 1, 301], [1, 4, 301]),
    ]
    for (sa, sb) in pairs {
      let a = Self.random(&rng, sa.reduce(1, *), (-4, 4))
      let b = Self.random(&rng, sb.reduce(1, *), (0.5, 2))
      for op in [Op.add, .mul, .div] + (sa == sb ? [.siluGrad] : []) {
        try checkElementwise(op, [(a, sa), (b, sb)])
      }
      try checkElementwise(.unary(.softplus), [(a, sa)])
    }
  }

  // ** Norms **

  /// Every norm and norm gradient on several row splits, one over the parallel threshold (300
  /// rows: 9 full blocks of dweight and a partial one).
  @Test(arguments: [
    Op.rmsNorm(eps: 1e-5), .rmsNormGrad(eps: 1e-5), .gatedRMSNorm(eps: 1e-5),
    .gatedRMSNormGrad(eps: 1e-5), .l2norm(eps: 1e-6), .l2normGrad(eps: 1e-6),
  ])
  func norm(_ op: Op) throws {
    var rng = TestRNG(seed: 5)
    for shape in [[3, 5, 7], [2, 1, 9], [1, 1], [4, 1], [300, 250]] {
      let width = shape.last!
      let inputs = Self.normOperandShapes(op, shape).map { s in
        (Self.random(&rng, s.reduce(1, *), (-2, 2)), s)
      }
      let want = try Self.reference(op, inputs)
      var got: [[Float]] = []
      for threads in [1, 2, 3] {
        let results = Self.runNorm(
          op, inputs.map(\.0), counts: want.map(\.count), rows: shape.reduce(1, *) / width,
          width: width, threads: threads)
        if got.isEmpty { got = results } else { Self.expectBitwise(results, got, "\(op) \(shape)") }
      }
      for (g, w) in zip(got, want) { Self.expectClose(g, w.data, "\(op) \(shape)") }
    }
  }

  // ** Layout **

  /// Every permutation of a rank-3 shape, some of rank 4 (with 1 dims), rank 0 and 1, a large 2D.
  @Test func transposes() throws {
    var rng = TestRNG(seed: 6)
    var cases: [([Int], [Int])] = Self.permutations([0, 1, 2]).map { ([3, 5, 7], $0) }
    cases += [[3, 1, 0, 2], [0, 2, 1, 3], [1, 0, 3, 2], [2, 3, 0, 1]].map { ([2, 3, 4, 5], $0) }
    cases += [[3, 1, 0, 2], [0, 2, 1, 3], [2, 0, 3, 1]].map { ([1, 4, 1, 6], $0) }
    cases += [([6], [0]), ([], []), ([64, 96], [1, 0]), ([5, 1], [1, 0])]
    for (shape, perm) in cases {
      let x = Self.random(&rng, shape.reduce(1, *), (-1, 1))
      let want = try Self.reference(.transpose(perm: perm), [(x, shape)])[0]
      var out = [Float](repeating: .nan, count: x.count)
      Self.withBuffers([x]) { GenericKernels.transpose($0[0], shape: shape, perm: perm, out: &out) }
      #expect(out == want.data.map(Float.init), "transpose \(shape) by \(perm)")
    }
  }

  /// broadcast_to from vectors, columns, scalars and leading-1 shapes, and onto the same shape.
  @Test func broadcasts() throws {
    var rng = TestRNG(seed: 7)
    let cases: [([Int], [Int])] = [
      ([5, 1], [3, 5, 7]), ([7], [3, 5, 7]), ([], [2, 3]), ([1, 5, 1], [2, 5, 4]),
      ([3, 1, 7], [2, 3, 5, 7]), ([3, 5, 7], [3, 5, 7]), ([1], [4]), ([2, 1], [2, 1]),
    ]
    for (shape, to) in cases {
      let x = Self.random(&rng, shape.reduce(1, *), (-1, 1))
      let want = try Self.reference(.broadcastTo(Shape(to.map { Dim($0) })), [(x, shape)])[0]
      var out = [Float](repeating: .nan, count: to.reduce(1, *))
      Self.withBuffers([x]) { GenericKernels.broadcast($0[0], shape: shape, to: to, out: &out) }
      #expect(out == want.data.map(Float.init), "broadcast \(shape) to \(to)")
    }
  }

  /// Sums and means over leading, trailing and middle axes, pairs, all axes and none, with 1 dims;
  /// keepdims on and off give the same memory.
  @Test(arguments: [false, true])
  func reductions(mean: Bool) throws {
    var rng = TestRNG(seed: 8)
    var cases: [([Int], [Int])] = [[0], [1], [2], [0, 1], [1, 2], [0, 2], [0, 1, 2], []].map {
      ([3, 5, 7], $0)
    }
    cases += [[1, 3], [0, 2, 4], [4], [0]].map { ([4, 1, 6, 1, 3], $0) }
    cases += [([2, 3, 4, 5], [1, 2]), ([2, 3, 4, 5], [0, 3]), ([], []), ([9], [0])]
    cases += [([300, 257], [0]), ([300, 257], [1])]
    for (shape, axes) in cases {
      let x = Self.random(&rng, shape.reduce(1, *), (-1, 1))
      let count = shape.indices.reduce(1) { axes.contains($1) ? $0 : $0 * shape[$1] }
      var out = [Float](repeating: .nan, count: count)
      Self.withBuffers([x]) {
        GenericKernels.reduce($0[0], shape: shape, axes: axes, mean: mean, out: &out)
      }
      for keep in [false, true] {
        let op: Op =
          mean ? .reduceMean(axes: axes, keepDims: keep) : .reduceSum(axes: axes, keepDims: keep)
        let want = try Self.reference(op, [(x, shape)])[0]
        Self.expectClose(out, want.data, "\(op) of \(shape)")
      }
    }
  }

  /// full, and a fill of nothing that must not write.
  @Test func fill() throws {
    let want = try Self.reference(.full(value: 2.5, type: TensorType(.f32, [2, 3])), [])[0]
    var out = [Float](repeating: 0, count: 6)
    GenericKernels.fill(&out, count: 6, value: 2.5)
    #expect(out == want.data.map(Float.init))
    GenericKernels.fill(&out, count: 0, value: 1)
    #expect(out == want.data.map(Float.init))
  }
}

// ** Helpers **

extension GenericKernelTests {
  static func random(_ rng: inout TestRNG, _ count: Int, _ range: (Double, Double)) -> [Float] {
    rng.array(count, range.0, range.1).map(Float.init)
  }

  /// The interpreter's results of `op` in Double on the Float inputs (data, shape).
  static func reference(_ op: Op, _ inputs: [([Float], [Int])]) throws -> [Tensor<Double>] {
    let values = inputs.map { data, shape in
      TensorValue<Double>.real(Tensor(shape: shape, data: data.map(Double.init)))
    }
    return try Interpreter<Double>.execute(op, values, dims: [:]).map {
      try Interpreter<Double>.real($0)
    }
  }

  /// Copies of `arrays` at stable addresses for the duration of `body`.
  static func withBuffers<R>(_ arrays: [[Float]], _ body: ([UnsafePointer<Float>]) -> R) -> R {
    let buffers = arrays.map { a in
      let p = UnsafeMutablePointer<Float>.allocate(capacity: max(1, a.count))
      p.initialize(from: a, count: a.count)
      return p
    }
    defer { for p in buffers { p.deallocate() } }
    return body(buffers.map { UnsafePointer($0) })
  }

  /// `op` through the reference and through the kernel with 1, 2 and 3 threads.
  func checkElementwise(_ op: Op, _ inputs: [([Float], [Int])]) throws {
    let want = try Self.reference(op, inputs)[0]
    let runs = [1, 2, 3].map { Self.runElementwise(op, inputs, shape: want.shape, threads: $0) }
    for run in runs.dropFirst() { Self.expectBitwise([run], [runs[0]], "\(op)") }
    Self.expectClose(runs[0], want.data, "\(op) of \(inputs.map(\.1))")
  }

  static func runElementwise(
    _ op: Op, _ inputs: [([Float], [Int])], shape: [Int], threads: Int
  ) -> [Float] {
    var out = [Float](repeating: .nan, count: shape.reduce(1, *))
    withBuffers(inputs.map(\.0)) { pointers in
      GenericKernels.elementwise(
        op, operands: Array(zip(pointers, inputs.map(\.1))), out: &out, shape: shape,
        threads: threads)
    }
    return out
  }

  /// Operand shapes of a norm op over x of `shape` (weight [width]).
  static func normOperandShapes(_ op: Op, _ shape: [Int]) -> [[Int]] {
    let w = [shape.last!]
    switch op {
    case .rmsNorm: return [shape, w]
    case .rmsNormGrad: return [shape, w, shape]
    case .gatedRMSNorm: return [shape, shape, w]
    case .gatedRMSNormGrad: return [shape, shape, w, shape]
    case .l2norm: return [shape]
    default: return [shape, shape]
    }
  }

  /// The results of a norm op (of `counts` elements; pre-filled with junk they must overwrite).
  static func runNorm(
    _ op: Op, _ inputs: [[Float]], counts: [Int], rows: Int, width: Int, threads: Int
  ) -> [[Float]] {
    let results = counts.map { UnsafeMutablePointer<Float>.allocate(capacity: max(1, $0)) }
    defer { for p in results { p.deallocate() } }
    for (p, n) in zip(results, counts) { p.initialize(repeating: 7, count: n) }
    withBuffers(inputs) { operands in
      GenericKernels.norm(
        op, operands: operands, results: results, rows: rows, width: width, threads: threads)
    }
    return zip(results, counts).map { Array(UnsafeBufferPointer(start: $0, count: $1)) }
  }

  static func permutations(_ axes: [Int]) -> [[Int]] {
    guard axes.count > 1 else { return [axes] }
    return axes.flatMap { a in permutations(axes.filter { $0 != a }).map { [a] + $0 } }
  }

  /// Every element within 1e-5 |want| + 1e-6 (a NaN fails).
  static func expectClose(_ got: [Float], _ want: [Double], _ what: String) {
    #expect(got.count == want.count, "\(what): \(got.count) vs \(want.count) elements")
    var (worst, worstAbs) = (0.0, 0.0)
    for (g, w) in zip(got, want) {
      let error = abs(Double(g) - w)
      worst = max(worst, error.isNaN ? .infinity : error / (1e-5 * abs(w) + 1e-6))
      worstAbs = max(worstAbs, error)
    }
    #expect(worst <= 1, "\(what): error up to \(worst) x the tolerance (abs \(worstAbs))")
  }

  static func expectBitwise(_ got: [[Float]], _ want: [[Float]], _ what: String) {
    let bits = { (a: [[Float]]) in a.map { $0.map(\.bitPattern) } }
    #expect(bits(got) == bits(want), "\(what): thread counts disagree")
  }
}
