import Foundation

/// Per-thread scratch memory for kernels' temporaries (the recurrence's workspace, a conv gradient's
/// partial sums, a column sum's Double row, a conv's transposed weights outside a plan): a stack of 64-byte aligned blocks taken and given back in nested order. Its
/// buffer grows to the largest depth a thread has needed and is then reused, so a steady-state step
/// allocates nothing; a request that does not fit while blocks are in use gets a block of its own for
/// that call, and the buffer grows at the next outermost request.
final class ThreadScratch {
  private var base: UnsafeMutableRawPointer?
  private var capacity = 0
  private var top = 0
  /// The most bytes in use at once so far.
  private var highWater = 0

  static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { p in
      if let p { Unmanaged<ThreadScratch>.fromOpaque(p).release() }
    }
    return key
  }()

  /// The calling thread's scratch (made on first use, freed when the thread exits).
  static var current: ThreadScratch {
    if let p = pthread_getspecific(key) {
      return Unmanaged<ThreadScratch>.fromOpaque(p).takeUnretainedValue()
    }
    let s = ThreadScratch()
    pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
    return s
  }

  deinit { base?.deallocate() }

  /// `body` with `count` uninitialized values of T, valid until it returns.
  static func with<T, R>(
    _ type: T.Type, count: Int, _ body: (UnsafeMutablePointer<T>) throws -> R
  ) rethrows -> R {
    let s = current
    let bytes = (max(1, count) * MemoryLayout<T>.stride + 63) & ~63
    if s.top == 0 && s.capacity < max(bytes, s.highWater) {
      s.base?.deallocate()
      s.capacity = max(bytes, s.highWater)
      s.base = .allocate(byteCount: s.capacity, alignment: 64)
    }
    s.highWater = max(s.highWater, s.top + bytes)
    guard s.top + bytes <= s.capacity, let base = s.base else {
      let own = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
      defer { own.deallocate() }
      return try body(own.bindMemory(to: T.self, capacity: max(1, count)))
    }
    let at = s.top
    s.top += bytes
    defer { s.top = at }
    return try body((base + at).bindMemory(to: T.self, capacity: max(1, count)))
  }
}
