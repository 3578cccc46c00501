import Foundation

/// Reusable per-worker scratch buffers. The backward's workspace is megabytes (the states of a chunk);
/// allocating it per call costs page faults on every call, so buffers are kept and handed out again.
///
/// `@unchecked Sendable`: the free list is behind `lock`; a buffer belongs to one worker between `take`
/// and `give`.
public final class WorkspacePool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [(pointer: UnsafeMutablePointer<Float>, count: Int)] = []

  public init() {}

  deinit {
    for b in free { b.pointer.deallocate() }
  }

  /// Runs `body` with a buffer of at least `count` floats (contents unspecified).
  public func with<R>(count: Int, _ body: (UnsafeMutablePointer<Float>) -> R) -> R {
    let buffer = take(count)
    defer { give(buffer) }
    return body(buffer.pointer)
  }

  private func take(_ count: Int) -> (pointer: UnsafeMutablePointer<Float>, count: Int) {
    lock.lock()
    defer { lock.unlock() }
    if let i = free.firstIndex(where: { $0.count >= count }) { return free.remove(at: i) }
    return (UnsafeMutablePointer<Float>.allocate(capacity: max(count, 16)), max(count, 16))
  }

  private func give(_ b: (pointer: UnsafeMutablePointer<Float>, count: Int)) {
    lock.lock()
    free.append(b)
    lock.unlock()
  }
}
