import Dispatch
import Foundation

/// Splits work (batch x heads, rows, a GEMM's row tiles) across `threads` workers: deltac's one
/// thread pool (`WorkerPool`). The executor turns OpenBLAS's own threads off and calls it, where it
/// still does, from these workers, so the two never fight for the cores and no global setting
/// changes while a region runs.
public enum ParallelFor {
  /// Cores of this machine: the default thread count.
  public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Calls `body(range, worker)` for contiguous, disjoint ranges covering 0..<count, one per worker
  /// (at most `threads`, at least one item each; worker w gets count * w / workers ..< count *
  /// (w + 1) / workers); returns when all are done. The persistent `WorkerPool` runs it (one
  /// allocation to hand the non-escaping body to its threads; a `Region` made once needs none); a
  /// region started while the pool is busy (nested, or from another thread) goes to GCD's
  /// `concurrentPerform` with the same ranges. On a thread with a `TraceRecorder` installed
  /// (`deltac profile --trace`), each worker's part is a span of its own; otherwise that costs one
  /// atomic load.
  public static func run(
    count: Int, threads: Int, _ body: @Sendable (Range<Int>, Int) -> Void
  ) {
    let workers = max(1, min(threads, count))
    dispatch(count: count, workers: workers, body) { $0.run(count: count, workers: workers, body) }
  }

  /// Seconds of thread time the calling thread's pool has spent with a worker waiting for the
  /// others at the end of a region, since the process started: the cost of uneven parts or of a
  /// core that ran slower (another process, a shared or preempted virtual core). A perfect split
  /// would save about 1 / workers of it in wall time.
  public static var idleSeconds: Double {
    Double(WorkerPool.current.idle.load(ordering: .relaxed)) * 1e-9
  }

  /// Worker w's items of a region of `count` items over `workers` workers.
  static func part(_ w: Int, count: Int, workers: Int) -> Range<Int> {
    (count * w / workers)..<(count * (w + 1) / workers)
  }

  /// Runs a region whose worker count is settled: inline for one worker, traced when a recorder is
  /// installed, else on the calling thread's pool (`pooled`), else through GCD with the same parts.
  static func dispatch(
    count: Int, workers: Int, _ body: @Sendable (Range<Int>, Int) -> Void,
    pooled: (WorkerPool) -> Bool
  ) {
    // Every worker flushes denormals (`DenormalMode`): the pool's threads from their start, the
    // calling thread for the region (about 0.3 us), other threads per part.
    DenormalMode.flushing {
      if workers == 1 {
        body(0..<count, 0)
        return
      }
      if TraceRecorder.installed.load(ordering: .relaxed) > 0, let recorder = TraceRecorder.current
      {
        recorder.parallel(count: count, workers: workers) { range, w in
          DenormalMode.flushing { body(range, w) }
        }
        return
      }
      if pooled(WorkerPool.current) { return }
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        DenormalMode.flushing { body(part(w, count: count, workers: workers), w) }
      }
    }
  }
}

extension ParallelFor {
  /// A region whose body is made once (at plan time) and run many times: running it hands the pool
  /// a closure it already stores, so it allocates nothing (`run(count:threads:_:)` wraps its
  /// non-escaping body for the pool's thread, one allocation per call). The ranges are
  /// `run(count:threads:_:)`'s.
  public final class Region: Sendable {
    public let count: Int
    public let workers: Int
    /// nil: one contiguous part per worker (`run(count:threads:_:)`'s). Else each worker runs
    /// its part in chunks of at least `grain` items and then takes chunks from the back of the
    /// others' (`WorkerPool.Span`), so a worker slowed down (a busy or preempted core) does not
    /// hold the region up, and each keeps its own items (the rows it wrote the step before, still
    /// in its L2) when none is. Only for bodies whose results do not depend on how the items are
    /// split: a worker may get several ranges, in any order.
    public let grain: Int?
    let body: @Sendable (Range<Int>, Int) -> Void

    public init(
      count: Int, threads: Int, grain: Int? = nil,
      _ body: @escaping @Sendable (Range<Int>, Int) -> Void
    ) {
      self.count = count
      workers = max(1, min(threads, count))
      self.grain = grain.map { max(1, $0) }
      self.body = body
    }

    public func run() {
      ParallelFor.dispatch(count: count, workers: workers, body) {
        $0.run(count: count, workers: workers, grain: grain ?? 0, stored: body)
      }
    }
  }
}

/// A raw pointer that may cross into the workers of `ParallelFor` (`@unchecked Sendable`: each worker
/// touches a disjoint part of the buffer, which the kernels' (b, h) ranges guarantee).
public struct SendablePointer<T>: @unchecked Sendable {
  public let pointer: UnsafeMutablePointer<T>?
  public init(_ pointer: UnsafeMutablePointer<T>?) { self.pointer = pointer }
  public init(_ pointer: UnsafePointer<T>?) {
    self.pointer = UnsafeMutablePointer(mutating: pointer)
  }
  public var const: UnsafePointer<T>? { pointer.map { UnsafePointer($0) } }
}
