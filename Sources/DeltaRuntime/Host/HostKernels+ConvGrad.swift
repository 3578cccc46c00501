/// The VJP of the causal depthwise conv1d (and of conv1d_silu) on the host. Channels are independent,
/// so workers split the channels: each computes dx and dWeight for its channels over all positions in
/// a fixed order, which makes dWeight bitwise the same for any number of threads (no partial sums).
extension HostKernels {
  /// VJP of conv1d (silu: of conv1d_silu, recomputing z = conv1d(x) to get silu'(z)); no history
  /// (training graphs start at t = 0). dx [batch,length,channels] contiguous, overwritten;
  /// dWeight [channels, width] overwritten (deterministic: the workers split the channels, so each
  /// entry is summed by one worker in position order, bitwise the same for any `threads`).
  /// `bias` only enters z (Op.conv1dSiluGrad has none: pass nil); the bias gradient is a sum of dy
  /// over rows (`sumRows`), not made here.
  public static func conv1dGrad(
    x: UnsafePointer<Float>, xStride: Int, weight: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?,
    dy: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>,
    batch: Int, length: Int, channels: Int, width: Int, silu: Bool, threads: Int
  ) {
    ThreadScratch.with(Float.self, count: tapCount(channels: channels, width: width)) { taps in
      writeTaps(weight, channels: channels, width: width, into: taps)
      conv1dGradRegion(
        x: x, xStride: xStride, taps: taps, bias: bias, dy: dy, dx: dx, dWeight: dWeight,
        batch: batch, length: length, channels: channels, width: width, silu: silu, threads: threads
      ).run()
    }
  }

  /// `conv1dGrad` as a region made once, reading its weights from `taps` (filled by `writeTaps`
  /// before each run).
  public static func conv1dGradRegion(
    x: UnsafePointer<Float>, xStride: Int, taps: UnsafeMutablePointer<Float>,
    bias: UnsafePointer<Float>?, dy: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>,
    dWeight: UnsafeMutablePointer<Float>, batch: Int, length: Int, channels: Int, width: Int,
    silu: Bool, threads: Int
  ) -> ParallelFor.Region {
    precondition(width >= 1 && xStride >= channels, "conv1dGrad: width \(width), stride \(xStride)")
    let grad = ConvGrad(
      input: ConvInput(
        x: x, xStride: xStride, history: nil, batch: batch, length: length, channels: channels,
        width: width),
      taps: TransposedWeight(data: taps, channels: channels, width: width), bias: bias, dy: dy,
      dx: dx, dWeight: dWeight, silu: silu)
    let work = batch * length * channels * width * (silu ? 3 : 2)
    return ParallelFor.Region(count: lineCount(channels), threads: workers(work, threads)) {
      range, _ in grad.run(columns: lineColumns(range, width: channels))
    }
  }
}

/// One conv1dGrad call. `@unchecked Sendable`: the workers read the inputs and write disjoint
/// channel ranges of dx and dWeight.
struct ConvGrad: @unchecked Sendable {
  let input: ConvInput
  let taps: TransposedWeight
  let bias: UnsafePointer<Float>?
  let dy: UnsafePointer<Float>
  let dx: UnsafeMutablePointer<Float>
  let dWeight: UnsafeMutablePointer<Float>
  let silu: Bool

  /// dx and dWeight for `columns`, over every position of every sequence.
  func run(columns: Range<Int>) {
    guard !columns.isEmpty else { return }
    ThreadScratch.with(Float.self, count: 2 * input.width * columns.count) { buffer in
      run(columns: columns, ConvGradScratch(width: input.width, columns: columns, buffer: buffer))
    }
  }

  func run(columns: Range<Int>, _ scratch: ConvGradScratch) {
    for n in 0..<input.batch {
      // Step t: make dz[t] (ring slot t % width) and its dWeight terms, then dx[t - width + 1], whose
      // taps read dz[t - width + 1 ... t], the ring's contents.
      for t in 0..<(input.length + input.width - 1) {
        if t < input.length { accumulateWeight(n, t, dz: makeDz(n, t, scratch), scratch) }
        if t >= input.width - 1 { gatherDx(n, t - input.width + 1, scratch) }
      }
    }
    for c in columns {
      for i in 0..<input.width {
        dWeight[c * input.width + i] = scratch.dWeight[i * columns.count + c - columns.lowerBound]
      }
    }
  }

  /// dz[n, t] over the worker's columns: dy itself, or for silu dy * silu'(z) into the ring.
  func makeDz(_ n: Int, _ t: Int, _ s: ConvGradScratch) -> UnsafePointer<Float> {
    let dyRow = dy + (n * input.length + t) * input.channels + s.columns.lowerBound
    guard silu else { return dyRow }
    let slot = s.slot(t)
    input.forwardRow(
      n * input.length + t, taps: taps, bias: bias, out: slot, columns: s.columns, silu: false)
    HostMath.siluGradInPlace(slot, dyRow, s.columns.count)
    return UnsafePointer(slot)
  }

  /// dz[n, t], already made (dy, or the ring for silu).
  @inline(__always) func dz(_ n: Int, _ t: Int, _ s: ConvGradScratch) -> UnsafePointer<Float> {
    silu
      ? UnsafePointer(s.slot(t))
      : dy + (n * input.length + t) * input.channels + s.columns.lowerBound
  }

  /// dWeight[:, i] += dz[n, t] * x[n, t - width + 1 + i] for the taps inside the sequence, two taps
  /// per pass over dz.
  func accumulateWeight(_ n: Int, _ t: Int, dz: UnsafePointer<Float>, _ s: ConvGradScratch) {
    let count = s.columns.count
    var pending: (UnsafeMutablePointer<Float>, UnsafePointer<Float>)?
    for i in 0..<input.width {
      guard let xRow = input.row(n, t - input.width + 1 + i) else { continue }
      let (o, x) = (s.dWeight + i * count, xRow + s.columns.lowerBound)
      if let (po, px) = pending {
        HostMath.addScaled(po, px, o, x, by: dz, count)
        pending = nil
      } else {
        pending = (o, x)
      }
    }
    if let (po, px) = pending { HostMath.addProduct(po, dz, px, count) }
  }

  /// dx[n, t] = sum_i weight[:, i] * dz[n, t + width - 1 - i] (dz beyond the sequence is 0).
  func gatherDx(_ n: Int, _ t: Int, _ s: ConvGradScratch) {
    let (c0, count, w) = (s.columns.lowerBound, s.columns.count, input.width)
    let o = dx + (n * input.length + t) * input.channels + c0
    HostMath.sumTaps(o, count, base: taps.zeros + c0, w) { i in
      let u = t + w - 1 - i
      return u < input.length ? (taps.tap(i) + c0, dz(n, u, s)) : nil
    }
  }
}

/// A conv1dGrad worker's scratch, in `2 * width * columns.count` floats of the worker's
/// `ThreadScratch`: dWeight partial sums [width, columns] (transposed, zeroed) and a ring of the last
/// `width` rows of dz (used for silu).
struct ConvGradScratch {
  let columns: Range<Int>
  let width: Int
  let dWeight: UnsafeMutablePointer<Float>
  let ring: UnsafeMutablePointer<Float>

  init(width: Int, columns: Range<Int>, buffer: UnsafeMutablePointer<Float>) {
    (self.width, self.columns) = (width, columns)
    dWeight = buffer
    dWeight.initialize(repeating: 0, count: width * columns.count)
    ring = buffer + width * columns.count
  }

  /// The ring row holding dz at time t.
  @inline(__always) func slot(_ t: Int) -> UnsafeMutablePointer<Float> {
    ring + (t % width) * columns.count
  }
}
