/// The causal depthwise conv1d on the host: forward (rows split between workers, the channel loop
/// innermost and contiguous) and the tail that carries the last inputs to the next segment.
extension HostKernels {
  /// Depthwise causal conv over time (Op.conv1d / Op.conv1dSilu): x is `batch` sequences of `length`
  /// positions of `channels` floats; position (n, t) starts at x + (n*length + t) * xStride
  /// (xStride >= channels: x may be a strided view of a wider tensor). weight [channels, width]
  /// (fla's [C,1,W] is the same memory), bias [channels] or nil. out [batch, length, channels] contiguous.
  /// out[n,t,c] = sum_{i<width} weight[c,i] * x[n, t-width+1+i, c] (+ bias[c]); then silu if `silu`.
  /// Positions before 0 come from `history` [batch, width-1, channels] (the previous segment's last
  /// width-1 inputs, contiguous) when given, else zero.
  public static func conv1d(
    x: UnsafePointer<Float>, xStride: Int, weight: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?,
    history: UnsafePointer<Float>?, out: UnsafeMutablePointer<Float>,
    batch: Int, length: Int, channels: Int, width: Int, silu: Bool, threads: Int
  ) {
    ThreadScratch.with(Float.self, count: tapCount(channels: channels, width: width)) { taps in
      writeTaps(weight, channels: channels, width: width, into: taps)
      conv1dRegion(
        x: x, xStride: xStride, taps: taps, bias: bias, history: history, out: out, batch: batch,
        length: length, channels: channels, width: width, silu: silu, threads: threads
      ).run()
    }
  }

  /// Floats of the transposed taps `conv1dRegion`/`conv1dGradRegion` read.
  public static func tapCount(channels: Int, width: Int) -> Int { channels * (width + 1) }

  /// Writes `weight` [channels, width] as the taps the conv regions read (before each run: the
  /// weights change every step).
  public static func writeTaps(
    _ weight: UnsafePointer<Float>, channels: Int, width: Int,
    into taps: UnsafeMutablePointer<Float>
  ) {
    _ = TransposedWeight(weight, channels: channels, width: width, into: taps)
  }

  /// `conv1d` as a region made once, reading its weights from `taps` (filled by `writeTaps` before
  /// each run).
  public static func conv1dRegion(
    x: UnsafePointer<Float>, xStride: Int, taps: UnsafeMutablePointer<Float>,
    bias: UnsafePointer<Float>?, history: UnsafePointer<Float>?, out: UnsafeMutablePointer<Float>,
    batch: Int, length: Int, channels: Int, width: Int, silu: Bool, threads: Int
  ) -> ParallelFor.Region {
    precondition(width >= 1 && xStride >= channels, "conv1d: width \(width), stride \(xStride)")
    let input = ConvInput(
      x: x, xStride: xStride, history: history, batch: batch, length: length, channels: channels,
      width: width)
    let weights = TransposedWeight(data: taps, channels: channels, width: width)
    let (b, o) = (SendablePointer(bias), SendablePointer(out))
    let rows = batch * length
    return ParallelFor.Region(count: rows, threads: workers(rows * channels * width, threads)) {
      range, _ in
      for r in range {
        input.forwardRow(
          r, taps: weights, bias: b.const, out: o.pointer! + r * channels, columns: 0..<channels,
          silu: silu)
      }
    }
  }

  /// The last width-1 input positions of every sequence ([batch, width-1, channels]) into `tail`
  /// (for the next segment), taking positions before 0 from `history`/zero as conv1d does
  /// (length may be < width-1). `tail` may be the same buffer as `history` (the carry updated in
  /// place).
  public static func conv1dTail(
    x: UnsafePointer<Float>, xStride: Int, history: UnsafePointer<Float>?,
    tail: UnsafeMutablePointer<Float>, batch: Int, length: Int, channels: Int, width: Int
  ) {
    precondition(width >= 1 && xStride >= channels, "conv1dTail: width \(width), stride \(xStride)")
    let input = ConvInput(
      x: x, xStride: xStride, history: history, batch: batch, length: length, channels: channels,
      width: width)
    let keep = width - 1
    // In increasing j, tail row j reads history row j + length >= j: nothing is overwritten first.
    for n in 0..<batch {
      for j in 0..<keep {
        let dst = tail + (n * keep + j) * channels
        if let src = input.row(n, length - keep + j) {
          dst.update(from: src, count: channels)
        } else {
          HostMath.fill(dst, 0, channels)
        }
      }
    }
  }
}

/// The conv input as the kernels read it: rows of x (strided) and, before time 0, of the history.
/// `@unchecked Sendable`: the workers only read through these pointers.
struct ConvInput: @unchecked Sendable {
  let x: UnsafePointer<Float>
  let xStride: Int
  let history: UnsafePointer<Float>?
  let batch: Int
  let length: Int
  let channels: Int
  let width: Int

  /// Row (n, s) for s in -(width-1)..<length: x, the history before 0, or nil for the zero padding.
  @inline(__always) func row(_ n: Int, _ s: Int) -> UnsafePointer<Float>? {
    if s >= 0 { return x + (n * length + s) * xStride }
    guard let history else { return nil }
    return history + (n * (width - 1) + width - 1 + s) * channels
  }

  /// Columns `columns` of the conv at global row r = n*length + t into out[0..<columns.count]:
  /// bias + the taps, then silu if asked.
  func forwardRow(
    _ r: Int, taps: TransposedWeight, bias: UnsafePointer<Float>?, out: UnsafeMutablePointer<Float>,
    columns: Range<Int>, silu: Bool
  ) {
    let (n, t) = r.quotientAndRemainder(dividingBy: length)
    let (c0, count) = (columns.lowerBound, columns.count)
    HostMath.sumTaps(out, count, base: (bias ?? taps.zeros) + c0, width) { i in
      row(n, t - width + 1 + i).map { (taps.tap(i) + c0, $0 + c0) }
    }
    if silu { HostMath.siluInPlace(out, count) }
  }
}

/// The weight [C, W] transposed to [W, C], so that tap i is a contiguous row over channels, and a
/// row of C zeros (the bias when there is none).
/// `@unchecked Sendable`: written once by the caller, then only read by the workers.
struct TransposedWeight: @unchecked Sendable {
  let data: UnsafeMutablePointer<Float>
  let channels: Int
  let width: Int

  /// Taps already written into `data`.
  init(data: UnsafeMutablePointer<Float>, channels: Int, width: Int) {
    self.data = data
    (self.channels, self.width) = (channels, width)
  }

  /// Writes the taps of `weight` into `data`.
  init(
    _ weight: UnsafePointer<Float>, channels: Int, width: Int,
    into data: UnsafeMutablePointer<Float>
  ) {
    self.data = data
    (self.channels, self.width) = (channels, width)
    for c in 0..<channels {
      for i in 0..<width { data[i * channels + c] = weight[c * width + i] }
    }
    (data + width * channels).initialize(repeating: 0, count: channels)
  }

  /// C zeros.
  var zeros: UnsafePointer<Float> { UnsafePointer(data + width * channels) }

  /// weight[:, i] over all channels.
  @inline(__always) func tap(_ i: Int) -> UnsafePointer<Float> {
    UnsafePointer(data + i * channels)
  }

}
