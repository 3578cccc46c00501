import DeltaRuntime

/// Depthwise causal 1-D convolution over time (fla ShortConvolution without its activation; reference
/// section 1.2 step 2), channels last.
/// Legend: B batch, T time, C channels, W kernel width.  x, y [B, T, C]; weight [C, W] (= [C, 1, W]);
/// bias [C].  y[b,t,c] = sum_i w[c,i] * x[b, t-W+1+i, c] (+ bias[c]), with x = 0 before t = 0.
extension ReferenceKernels {
  public struct ConvDims: Equatable, Hashable, Sendable {
    public var batch: Int
    public var length: Int
    public var channels: Int
    public var width: Int
    public init(batch: Int, length: Int, channels: Int, width: Int) {
      (self.batch, self.length, self.channels, self.width) = (batch, length, channels, width)
    }
  }

  public static func causalConv1dForward<S: RealScalar>(
    x: [S], weight: [S], bias: [S]?, _ d: ConvDims
  ) -> [S] {
    let (T, C, W) = (d.length, d.channels, d.width)
    var y = [S](repeating: 0, count: d.batch * T * C)
    for b in 0..<d.batch {
      for t in 0..<T {
        for c in 0..<C {
          var acc: S = bias?[c] ?? 0
          // Tap i reads time t-W+1+i; taps before the start see the zero padding.
          for i in max(0, W - 1 - t)..<W {
            acc += weight[c * W + i] * x[(b * T + t - W + 1 + i) * C + c]
          }
          y[(b * T + t) * C + c] = acc
        }
      }
    }
    return y
  }

  /// (dx [B, T, C], dWeight [C, W], dBias [C]) given dy [B, T, C].
  public static func causalConv1dBackward<S: RealScalar>(
    x: [S], weight: [S], dY: [S], _ d: ConvDims
  ) -> (dX: [S], dWeight: [S], dBias: [S]) {
    let (T, C, W) = (d.length, d.channels, d.width)
    var dX = [S](repeating: 0, count: x.count)
    var dWeight = [S](repeating: 0, count: C * W)
    var dBias = [S](repeating: 0, count: C)
    for b in 0..<d.batch {
      for t in 0..<T {
        for c in 0..<C {
          let g = dY[(b * T + t) * C + c]
          dBias[c] += g
          for i in max(0, W - 1 - t)..<W {
            let src = (b * T + t - W + 1 + i) * C + c
            dX[src] += weight[c * W + i] * g
            dWeight[c * W + i] += x[src] * g
          }
        }
      }
    }
    return (dX, dWeight, dBias)
  }
}
