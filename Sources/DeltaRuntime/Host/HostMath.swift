/// Loops over contiguous rows of floats for the host kernels. Every loop is branch-free per element
/// (selects, wrapping integer arithmetic) so that LLVM vectorizes it; none reduces across elements
/// except `maximum` and `sum`, which keep 8 lanes by hand (LLVM does not reorder float sums).
enum HostMath {
  /// e^x in Float, branch-free (Cephes expf: x = n ln2 + r, a degree-5 polynomial in r, 2^n from
  /// bits), within 2 ulp. x is clamped to [-87.33, 88.37], so the result is never 0 or infinite; NaN
  /// stays NaN.
  @inline(__always) static func exp(_ x: Float) -> Float {
    // Selects rather than min/max: one instruction each once vectorized (min/max order NaNs).
    var x = x < -87.33 ? -87.33 : x
    x = x > 88.37 ? 88.37 : x
    let k = x * 1.442_695_04 + 12_582_912  // 1.5 * 2^23: rounds x log2(e) to an integer n
    let n = k - 12_582_912
    let r = (x - n * 0.693_359_375) - n * -2.121_944_4e-4
    var p: Float = 1.987_569_15e-4
    p = p * r + 1.398_199_95e-3
    p = p * r + 8.333_451_9e-3
    p = p * r + 4.166_579_59e-2
    p = p * r + 1.666_666_55e-1
    p = p * r + 5.000_000_12e-1
    // k's low mantissa bits hold n; 2^n is (n + 127) << 23.
    let twoToN = Float(bitPattern: (k.bitPattern &- 0x4B40_0000 &+ 127) &<< 23)
    return (p * r * r + r + 1) * twoToN
  }

  /// silu(z) = z sigmoid(z).
  @inline(__always) static func silu(_ z: Float) -> Float { z / (1 + exp(-z)) }

  /// silu'(z) = s (1 + z (1 - s)), s = sigmoid(z).
  @inline(__always) static func siluDerivative(_ z: Float) -> Float {
    let s = 1 / (1 + exp(-z))
    return s * (1 + z * (1 - s))
  }

  /// o[0..<n] = value.
  static func fill(_ o: UnsafeMutablePointer<Float>, _ value: Float, _ n: Int) {
    o.update(repeating: value, count: n)
  }

  /// o[c] += w[c] * x[c].
  @inline(__always) static func addProduct(
    _ o: UnsafeMutablePointer<Float>, _ w: UnsafePointer<Float>, _ x: UnsafePointer<Float>, _ n: Int
  ) {
    for c in 0..<n { o[c] += w[c] * x[c] }
  }

  /// o[c] = base[c] + w[c] * x[c].
  @inline(__always) static func setProduct(
    _ o: UnsafeMutablePointer<Float>, _ base: UnsafePointer<Float>, _ w: UnsafePointer<Float>,
    _ x: UnsafePointer<Float>, _ n: Int
  ) {
    for c in 0..<n { o[c] = base[c] + w[c] * x[c] }
  }

  /// o[c] += w0[c] * x0[c] + w1[c] * x1[c] (two taps per pass over o).
  @inline(__always) static func addProducts(
    _ o: UnsafeMutablePointer<Float>, _ w0: UnsafePointer<Float>, _ x0: UnsafePointer<Float>,
    _ w1: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ n: Int
  ) {
    for c in 0..<n { o[c] += w0[c] * x0[c] + w1[c] * x1[c] }
  }

  /// o[c] = base[c] + w0[c] * x0[c] + w1[c] * x1[c].
  @inline(__always) static func setProducts(
    _ o: UnsafeMutablePointer<Float>, _ base: UnsafePointer<Float>, _ w0: UnsafePointer<Float>,
    _ x0: UnsafePointer<Float>, _ w1: UnsafePointer<Float>, _ x1: UnsafePointer<Float>, _ n: Int
  ) {
    for c in 0..<n { o[c] = base[c] + w0[c] * x0[c] + w1[c] * x1[c] }
  }

  /// o0[c] += g[c] * x0[c] and o1[c] += g[c] * x1[c] in one pass (two weight-gradient taps).
  @inline(__always) static func addScaled(
    _ o0: UnsafeMutablePointer<Float>, _ x0: UnsafePointer<Float>,
    _ o1: UnsafeMutablePointer<Float>, _ x1: UnsafePointer<Float>, by g: UnsafePointer<Float>,
    _ n: Int
  ) {
    for c in 0..<n {
      let gc = g[c]
      o0[c] += gc * x0[c]
      o1[c] += gc * x1[c]
    }
  }

  /// o[c] = silu(o[c]).
  static func siluInPlace(_ o: UnsafeMutablePointer<Float>, _ n: Int) {
    for c in 0..<n { o[c] = silu(o[c]) }
  }

  /// z[c] = dy[c] * silu'(z[c]): the cotangent of a conv1d_silu's pre-activation, in place.
  static func siluGradInPlace(
    _ z: UnsafeMutablePointer<Float>, _ dy: UnsafePointer<Float>, _ n: Int
  ) {
    for c in 0..<n { z[c] = dy[c] * siluDerivative(z[c]) }
  }

  /// o[c] = e^(x[c] - shift).
  static func expShifted(
    _ x: UnsafePointer<Float>, _ o: UnsafeMutablePointer<Float>, _ n: Int, _ shift: Float
  ) {
    for c in 0..<n { o[c] = exp(x[c] - shift) }
  }

  /// o[c] *= k.
  static func scale(_ o: UnsafeMutablePointer<Float>, _ k: Float, _ n: Int) {
    for c in 0..<n { o[c] *= k }
  }

  /// The largest of x[0..<n] (-infinity when n is 0).
  static func maximum(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
    var lanes = SIMD8<Float>(repeating: -.infinity)
    var i = 0
    while i + 8 <= n {
      let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
      lanes.replace(with: v, where: v .> lanes)
      i += 8
    }
    var m = lanes.max()
    while i < n {
      m = max(m, x[i])
      i += 1
    }
    return m
  }

  /// x[0] + ... + x[n-1] in 8 lanes, then across them.
  static func sum(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
    var lanes = SIMD8<Float>()
    var i = 0
    while i + 8 <= n {
      lanes += UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
      i += 8
    }
    var s = lanes.sum()
    while i < n {
      s += x[i]
      i += 1
    }
    return s
  }

  /// sum_c e^(x[c] - shift), the exponentials made `scratch.count` at a time in `scratch`.
  static func sumExpShifted(
    _ x: UnsafePointer<Float>, _ n: Int, _ shift: Float, scratch: UnsafeMutableBufferPointer<Float>
  ) -> Float {
    var total: Float = 0
    var start = 0
    while start < n {
      let m = min(scratch.count, n - start)
      expShifted(x + start, scratch.baseAddress!, m, shift)
      total += sum(scratch.baseAddress!, m)
      start += m
    }
    return total
  }

  /// o[0..<n] = base + sum over i < taps of w_i * x_i, where `tap(i)` gives (w_i, x_i) or nil for a
  /// tap that reads zero padding. Taps are paired so that o is written once per two taps, the first
  /// pass reading base instead of o.
  @inline(__always) static func sumTaps(
    _ o: UnsafeMutablePointer<Float>, _ n: Int, base: UnsafePointer<Float>, _ taps: Int,
    _ tap: (Int) -> (UnsafePointer<Float>, UnsafePointer<Float>)?
  ) {
    var pending: (UnsafePointer<Float>, UnsafePointer<Float>)?
    var started = false
    for i in 0..<taps {
      guard let (w, x) = tap(i) else { continue }
      guard let (pw, px) = pending else {
        pending = (w, x)
        continue
      }
      if started {
        addProducts(o, pw, px, w, x, n)
      } else {
        setProducts(o, base, pw, px, w, x, n)
      }
      (pending, started) = (nil, true)
    }
    if let (pw, px) = pending {
      if started { addProduct(o, pw, px, n) } else { setProduct(o, base, pw, px, n) }
    } else if !started {
      o.update(from: base, count: n)
    }
  }
}
