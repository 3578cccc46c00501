import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The production host kernels (Float, raw pointers, parallel) against the reference kernels run in
/// Double, on random data of odd sizes: within relative 1e-5 per element (with a small absolute floor
/// for entries near zero), bitwise the same for 1 and 2 threads, and errors with their exact message.
@Suite struct HostKernelTests {
  typealias K = ReferenceKernels
  typealias H = HostKernels

  /// Sizes of a conv test; the second is large enough to run on two workers (an uneven split).
  struct ConvCase: Sendable, CustomTestStringConvertible {
    let batch, length, channels, width, xStride: Int
    var testDescription: String { "B\(batch) T\(length) C\(channels) W\(width) stride \(xStride)" }
    var dims: K.ConvDims {
      K.ConvDims(batch: batch, length: length, channels: channels, width: width)
    }
  }

  static let convCases = [
    ConvCase(batch: 3, length: 7, channels: 13, width: 4, xStride: 17),
    ConvCase(batch: 2, length: 33, channels: 70, width: 4, xStride: 75),
    ConvCase(batch: 2, length: 6, channels: 5, width: 3, xStride: 5),
    ConvCase(batch: 1, length: 4, channels: 3, width: 1, xStride: 4),
  ]

  /// Random conv operands: x as a strided view ([B*T, xStride], channels first), weight, bias, dy.
  struct ConvData {
    let c: ConvCase
    let xWide: [Float]
    let weight: [Float]
    let bias: [Float]
    let dy: [Float]

    init(_ c: ConvCase, seed: UInt64, scale: Double = 1) {
      var rng = TestRNG(seed: seed)
      let rows = c.batch * c.length
      self.c = c
      xWide = rng.array(rows * c.xStride, -scale, scale).map(Float.init)
      weight = rng.array(c.channels * c.width).map(Float.init)
      bias = rng.array(c.channels).map(Float.init)
      dy = rng.array(rows * c.channels).map(Float.init)
    }

    /// x without the stride padding, in Double.
    var x: [Double] {
      (0..<(c.batch * c.length)).flatMap { r in
        xWide[(r * c.xStride)..<(r * c.xStride + c.channels)].map(Double.init)
      }
    }
  }

  // MARK: conv1d

  @Test(arguments: convCases, [(false, false), (true, false), (true, true), (false, true)])
  func conv1dMatchesReference(_ c: ConvCase, biasAndSilu: (Bool, Bool)) {
    let (useBias, silu) = biasAndSilu
    let d = ConvData(c, seed: 1)
    let bias = useBias ? d.bias : nil
    var expected = K.causalConv1dForward(
      x: d.x, weight: d.weight.map(Double.init), bias: bias?.map(Double.init), c.dims)
    if silu { expected = expected.map { ScalarMath.silu($0) } }
    let one = hostConv(d, bias: bias, history: nil, silu: silu, threads: 1)
    expectClose("conv1d \(c.testDescription) bias \(useBias) silu \(silu)", one, expected)
    let two = hostConv(d, bias: bias, history: nil, silu: silu, threads: 2)
    #expect(one.map(\.bitPattern) == two.map(\.bitPattern))
  }

  /// Segments of one sequence (the middle one shorter than width-1) run with the carried tail
  /// (updated in place) give the conv of the whole sequence, bitwise.
  @Test(arguments: [false, true])
  func conv1dWithHistoryEqualsConcatenated(silu: Bool) {
    let (batch, channels, width, stride) = (2, 6, 4, 9)
    let segments = [5, 2, 7]
    let total = segments.reduce(0, +)
    let whole = ConvData(
      ConvCase(batch: batch, length: total, channels: channels, width: width, xStride: stride),
      seed: 2)
    let expected = hostConv(whole, bias: whole.bias, history: nil, silu: silu, threads: 1)
    var history = [Float](repeating: .nan, count: batch * (width - 1) * channels)
    var start = 0
    for (k, length) in segments.enumerated() {
      // Segment k of every sequence, still a strided view.
      let rows = (0..<batch).flatMap { n in
        ((n * total + start)..<(n * total + start + length)).flatMap { r in
          whole.xWide[(r * stride)..<((r + 1) * stride)]
        }
      }
      var out = [Float](repeating: .nan, count: batch * length * channels)
      withOptional(k == 0 ? nil : history) { h in
        H.conv1d(
          x: rows, xStride: stride, weight: whole.weight, bias: whole.bias, history: h, out: &out,
          batch: batch, length: length, channels: channels, width: width, silu: silu, threads: 2)
      }
      history.withUnsafeMutableBufferPointer { tail in
        H.conv1dTail(
          x: rows, xStride: stride, history: k == 0 ? nil : UnsafePointer(tail.baseAddress!),
          tail: tail.baseAddress!, batch: batch, length: length, channels: channels, width: width)
      }
      let want: [Float] = (0..<batch).flatMap { n -> ArraySlice<Float> in
        let first = (n * total + start) * channels
        return expected[first..<(first + length * channels)]
      }
      #expect(out.map(\.bitPattern) == want.map(\.bitPattern), "segment \(k)")
      start += length
    }
  }

  /// The tail: the last width-1 positions, from history (or zero) where the segment is shorter.
  @Test func conv1dTailByPosition() {
    let (batch, length, channels, width, stride) = (2, 2, 3, 5, 4)
    var rng = TestRNG(seed: 3)
    let x = rng.array(batch * length * stride).map(Float.init)
    let history = rng.array(batch * (width - 1) * channels).map(Float.init)
    for useHistory in [false, true] {
      var tail = [Float](repeating: .nan, count: batch * (width - 1) * channels)
      withOptional(useHistory ? history : nil) { h in
        H.conv1dTail(
          x: x, xStride: stride, history: h, tail: &tail, batch: batch, length: length,
          channels: channels, width: width)
      }
      for n in 0..<batch {
        for j in 0..<(width - 1) {
          for c in 0..<channels {
            let s = length - (width - 1) + j
            let want: Float =
              s >= 0
              ? x[(n * length + s) * stride + c]
              : useHistory ? history[(n * (width - 1) + width - 1 + s) * channels + c] : 0
            #expect(tail[(n * (width - 1) + j) * channels + c] == want)
          }
        }
      }
    }
  }

  @Test(arguments: convCases, [(false, false), (true, false), (true, true), (false, true)])
  func conv1dGradMatchesReference(_ c: ConvCase, biasAndSilu: (Bool, Bool)) {
    let (useBias, silu) = biasAndSilu
    let d = ConvData(c, seed: 4)
    let (x, w) = (d.x, d.weight.map(Double.init))
    var dz = d.dy.map(Double.init)
    if silu {
      let z = K.causalConv1dForward(
        x: x, weight: w, bias: useBias ? d.bias.map(Double.init) : nil, c.dims)
      dz = zip(z, dz).map { ScalarMath.siluDerivative($0) * $1 }
    }
    let expected = K.causalConv1dBackward(x: x, weight: w, dY: dz, c.dims)
    let one = hostConvGrad(d, bias: useBias ? d.bias : nil, silu: silu, threads: 1)
    let name = "conv1dGrad \(c.testDescription) bias \(useBias) silu \(silu)"
    expectClose("\(name) dx", one.dx, expected.dX)
    expectClose("\(name) dWeight", one.dWeight, expected.dWeight)
    let two = hostConvGrad(d, bias: useBias ? d.bias : nil, silu: silu, threads: 2)
    #expect(one.dx.map(\.bitPattern) == two.dx.map(\.bitPattern))
    #expect(one.dWeight.map(\.bitPattern) == two.dWeight.map(\.bitPattern))
  }

  /// Pre-activations far beyond exp's range (|z| up to ~400): silu and its derivative stay finite
  /// and match the reference.
  @Test func conv1dSiluExtremes() {
    let c = ConvCase(batch: 2, length: 9, channels: 11, width: 4, xStride: 11)
    let d = ConvData(c, seed: 5, scale: 100)
    let w = d.weight.map(Double.init)
    let z = K.causalConv1dForward(x: d.x, weight: w, bias: nil, c.dims)
    let out = hostConv(d, bias: nil, history: nil, silu: true, threads: 1)
    expectClose("conv1d_silu extremes", out, z.map { ScalarMath.silu($0) })
    let dz = zip(z, d.dy).map { ScalarMath.siluDerivative($0) * Double($1) }
    let grad = hostConvGrad(d, bias: nil, silu: true, threads: 1)
    expectClose(
      "conv1d_silu_grad extremes dx", grad.dx,
      K.causalConv1dBackward(x: d.x, weight: w, dY: dz, c.dims).dX)
    #expect(z.contains { $0 < -100 } && z.contains { $0 > 100 })
  }

  // MARK: helpers

  func hostConv(
    _ d: ConvData, bias: [Float]?, history: [Float]?, silu: Bool, threads: Int
  ) -> [Float] {
    let c = d.c
    var out = [Float](repeating: .nan, count: c.batch * c.length * c.channels)
    withOptional(bias) { b in
      withOptional(history) { h in
        H.conv1d(
          x: d.xWide, xStride: c.xStride, weight: d.weight, bias: b, history: h, out: &out,
          batch: c.batch, length: c.length, channels: c.channels, width: c.width, silu: silu,
          threads: threads)
      }
    }
    return out
  }

  func hostConvGrad(
    _ d: ConvData, bias: [Float]?, silu: Bool, threads: Int
  ) -> (dx: [Float], dWeight: [Float]) {
    let c = d.c
    var dx = [Float](repeating: .nan, count: c.batch * c.length * c.channels)
    var dWeight = [Float](repeating: .nan, count: c.channels * c.width)
    withOptional(bias) { b in
      H.conv1dGrad(
        x: d.xWide, xStride: c.xStride, weight: d.weight, bias: b, dy: d.dy, dx: &dx,
        dWeight: &dWeight, batch: c.batch, length: c.length, channels: c.channels,
        width: c.width, silu: silu, threads: threads)
    }
    return (dx, dWeight)
  }
}

/// Runs `body` with a pointer to the array's elements, or nil.
func withOptional<R>(_ a: [Float]?, _ body: (UnsafePointer<Float>?) -> R) -> R {
  guard let a else { return body(nil) }
  return a.withUnsafeBufferPointer { body($0.baseAddress) }
}

/// Expects |actual - expected| <= 1e-5 |expected| + floor per element, the floor being `floor` times
/// the tensor's largest magnitude (entries near zero are sums that cancelled).
func expectClose(
  _ name: String, _ actual: [Float], _ expected: [Double], floor: Double = 1e-6,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "\(name)", sourceLocation: sourceLocation)
  let scale = expected.reduce(0) { max($0, abs($1)) }
  var worst = 0.0
  for (a, e) in zip(actual, expected) {
    let allowed = 1e-5 * abs(e) + floor * max(scale, 1e-30)
    let ratio = abs(Double(a) - e) / allowed
    worst = ratio.isNaN ? .infinity : max(worst, ratio)
  }
  let c = compare(name, actual, expected)
  #expect(worst <= 1, "\(c), worst error / allowed \(worst)", sourceLocation: sourceLocation)
}
