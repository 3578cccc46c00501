import Foundation

/// The executor's activation buffers: a value's storage goes back here after its last use (plan-memory's
/// liveness, `Executor.frees`) and the next result of the same size takes it instead of a fresh
/// allocation, within a run and across runs (a training step reuses the previous step's buffers, so
/// after the first step the JIT'd kernels write into memory that is already mapped). Only arrays the
/// executor frees are given back; one whose storage is still shared (a live reshape, an output) is
/// copied on its next write, as any Swift array, so sharing costs a copy, never a wrong value.
///
/// `@unchecked Sendable`: all state is behind `lock`.
public final class BufferPool: @unchecked Sendable {
  private var free: [Int: [[Float]]] = [:]
  private var freeBytes = 0
  /// Per size: how many arrays `take` handed out since the last `endRun`.
  private var takes: [Int: Int] = [:]
  private let lock = NSLock()
  /// How often `take` found a buffer, and how often it allocated.
  public private(set) var reused = 0
  public private(set) var allocated = 0
  /// Buffers kept at most (bytes); beyond it returned storage is released.
  public let limitBytes: Int

  public init(limitBytes: Int = 4 << 30) { self.limitBytes = limitBytes }

  /// An array of `count` floats: a returned one when there is one of that size (its contents are
  /// stale unless `zeroed`), else a new one.
  public func take(_ count: Int, zeroed: Bool) -> [Float] {
    let found: [Float]? = lock.withLock {
      takes[count, default: 0] += 1
      guard var list = free[count], let a = list.popLast() else {
        allocated += 1
        return nil
      }
      free[count] = list
      freeBytes -= count * 4
      reused += 1
      return a
    }
    guard var a = found else { return [Float](repeating: 0, count: count) }
    if zeroed { a.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
    return a
  }

  /// Releases every kept buffer.
  public func drain() {
    lock.withLock {
      free = [:]
      freeBytes = 0
      takes = [:]
    }
  }

  /// Bytes of the buffers kept for reuse.
  public var keptBytes: Int { lock.withLock { freeBytes } }

  /// The end of an executor run: keeps, per size, at most as many buffers as `take` asked for since
  /// the previous `endRun` (what the next run of the same graph can reuse) and releases the rest.
  /// Without it, storage that was allocated elsewhere (GEMMs, interpreter ops) but freed into the pool
  /// piled up run after run to `limitBytes` (measured: a segmented forward of tiny over 32768 tokens
  /// peaked at 4.2 GB instead of 83 MB).
  public func endRun() {
    lock.withLock {
      for (size, list) in free {
        let keep = min(list.count, takes[size] ?? 0)
        if keep == list.count { continue }
        freeBytes -= (list.count - keep) * size * 4
        free[size] = keep == 0 ? nil : Array(list.prefix(keep))
      }
      takes = [:]
    }
  }

  /// Keeps `array` for a later `take` when nothing else holds its storage.
  public func give(_ array: inout [Float]) {
    guard array.count >= 1024 else { return }
    var a: [Float] = []
    swap(&a, &array)
    // A storage something else still holds stays correct: writing into it copies it first
    // (arrays are values), it is merely not reused.
    lock.withLock {
      guard freeBytes + a.count * 4 <= limitBytes else { return }
      freeBytes += a.count * 4
      free[a.count, default: []].append(a)
    }
  }
}

/// Activation memory of an executor's runs (`deltac bench passes`, the plan-memory tests): the largest
/// sum, over the nodes, of the distinct storages of the live values and kept recurrence states while a
/// node's operands and results are both held (parameters and inputs are the caller's and not counted).
public final class MemoryMeter: @unchecked Sendable {
  public private(set) var peakBytes = 0
  /// The node where the peak was reached (in the last run that raised it).
  public private(set) var peakNode = 0
  public init() {}
  func record(node: Int, bytes: Int) {
    if bytes > peakBytes {
      peakBytes = bytes
      peakNode = node
    }
  }
}
