import DeltaRuntime
import Testing

/// The executor's buffer pool keeps, from one run to the next, only what the run took: storage that
/// was allocated elsewhere and freed into the pool does not pile up run after run.
@Suite struct BufferPoolTests {
  @Test func endRunKeepsWhatTheRunTook() {
    let pool = BufferPool()
    // A run: takes two 4096-float buffers, and frees those plus ten 2048-float ones it never took
    // from the pool (a GEMM's results, say).
    var a = pool.take(4096, zeroed: true)
    var b = pool.take(4096, zeroed: true)
    pool.give(&a)
    pool.give(&b)
    for _ in 0..<10 {
      var c = [Float](repeating: 1, count: 2048)
      pool.give(&c)
    }
    #expect(pool.keptBytes == 2 * 4096 * 4 + 10 * 2048 * 4)
    pool.endRun()
    #expect(pool.keptBytes == 2 * 4096 * 4)
    // The next run reuses both, zeroed on request; nothing new is allocated.
    let allocated = pool.allocated
    let x = pool.take(4096, zeroed: true)
    let y = pool.take(4096, zeroed: false)
    #expect(pool.allocated == allocated && pool.reused == 2)
    #expect(x.count == 4096 && x.allSatisfy { $0 == 0 } && y.count == 4096)
    // A run that takes nothing keeps nothing.
    pool.endRun()
    var z = x
    pool.give(&z)
    pool.endRun()
    #expect(pool.keptBytes == 0)
  }
}
