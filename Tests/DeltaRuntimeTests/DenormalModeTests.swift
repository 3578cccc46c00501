import DeltaRuntime
import Testing

/// `ParallelFor` regions flush denormals on every worker (FTZ and DAZ), and the calling thread gets
/// its own mode back after the region.
@Suite struct DenormalModeTests {
  /// Half the smallest normal float, computed at run time from `x` (so the compiler cannot fold it):
  /// a denormal, or 0 where denormal results are flushed.
  @inline(never) static func halfOf(_ x: [Float]) -> Float { x[0] * 0.5 }

  @Test func regionsFlushDenormalsOnEveryWorker() {
    let smallest: [Float] = [Float.leastNormalMagnitude]
    let before = DenormalMode.isFlushing
    #expect(Self.halfOf(smallest) > 0 || before)
    let flags = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 4)
    let halves = UnsafeMutableBufferPointer<Float>.allocate(capacity: 4)
    defer {
      flags.deallocate()
      halves.deallocate()
    }
    let (f, h) = (SendablePointer(flags.baseAddress!), SendablePointer(halves.baseAddress!))
    for threads in [1, 2] {
      flags.initialize(repeating: false)
      halves.initialize(repeating: 1)
      ParallelFor.run(count: 4, threads: threads) { range, _ in
        for i in range {
          f.pointer![i] = DenormalMode.isFlushing
          h.pointer![i] = Self.halfOf(smallest)
        }
      }
      #expect(Array(flags) == [true, true, true, true], "\(threads) threads")
      #expect(Array(halves) == [0, 0, 0, 0], "\(threads) threads")
      #expect(DenormalMode.isFlushing == before)
    }
  }
}
