import Foundation
import Synchronization

/// deltac's persistent workers: `cores - 1` threads started once (they live as long as the process),
/// plus the calling thread, which takes part 0 of every region. A region is published through one
/// job slot (the body and the split) and a per-thread epoch: a region made once
/// (`ParallelFor.Region`) runs without allocating, a non-escaping body costs one allocation, and a
/// worker that finishes spins for a while for the next region (a plan's nodes follow one another
/// within microseconds) before it sleeps on a condition variable. A region with a grain is split
/// dynamically (`Span`): each worker runs its own part in chunks, then steals from the others'.
///
/// One region at a time: a call made while another runs (a nested region, or a second thread such as
/// a concurrent test) returns false, and the caller runs the region another way. A thread can take a
/// pool of its own (`installed`), e.g. a test that must not share one.
final class WorkerPool: @unchecked Sendable {
  static let shared = WorkerPool(threads: ParallelFor.cores - 1)

  /// The calling thread's pool: the one `installed` on it, else `shared`.
  static var current: WorkerPool {
    guard let p = pthread_getspecific(key) else { return shared }
    return Unmanaged<WorkerPool>.fromOpaque(p).takeUnretainedValue()
  }

  static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// Runs `body` with this pool as the calling thread's (nested installs restore the outer one).
  func installed<T>(_ body: () throws -> T) rethrows -> T {
    let outer = pthread_getspecific(Self.key)
    pthread_setspecific(Self.key, Unmanaged.passUnretained(self).toOpaque())
    defer {
      pthread_setspecific(Self.key, outer)
      withExtendedLifetime(self) {}
    }
    return try body()
  }

  /// One persistent thread's handshake: the caller moves `epoch` to hand it a part; the thread sets
  /// `done` to that epoch when it has run it.
  final class Slot: Sendable {
    let epoch = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    /// When the thread finished its last part (uptime nanoseconds).
    let finished = Atomic<UInt64>(0)
  }

  /// Persistent threads (not counting the caller).
  let threads: Int
  private let slots: [Slot]
  private let busy = Atomic<Bool>(false)
  /// Regions this pool has run, and those of them with a non-escaping body (one allocation each:
  /// `run(count:workers:_:)`). AllocationTests reads both.
  let regions = Atomic<Int>(0)
  let wrapped = Atomic<Int>(0)
  /// Nanoseconds of thread time the workers of its regions have spent waiting, each from the end
  /// of its part to the end of the region's last one (`ParallelFor.idleSeconds`).
  let idle = Atomic<Int>(0)
  private let sleepers = Atomic<Int>(0)
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let wake = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  // The job slot: written by the caller before it moves the epochs (sequentially consistent), read
  // by a thread after it sees its epoch move. `body` is a plain function type, not an Optional: a
  // function inside an Optional is stored at generic abstraction, and storing one there would
  // allocate a reabstraction thunk per region.
  private var body: @Sendable (Range<Int>, Int) -> Void = { _, _ in }
  private var count = 0
  private var workers = 0
  /// 0: static parts (`ParallelFor.part`); else each worker claims its part in shrinking chunks of
  /// at least `grain` items, then takes from the others' (`Span`).
  private var grain = 0
  /// Per worker (the caller is 0): what is left of its part, claimed from the front by its owner
  /// and from the back by the others.
  private let spans: [Span]

  /// Checks of its epoch a waiting thread makes before it sleeps (tens of microseconds).
  static let spins = 50_000

  init(threads: Int) {
    self.threads = max(0, threads)
    slots = (0..<self.threads).map { _ in Slot() }
    spans = (0...self.threads).map { _ in Span() }
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(wake, nil)
    for t in 0..<self.threads {
      let thread = Thread { [self] in self.work(slots[t], index: t + 1) }
      thread.name = "deltac worker \(t + 1)"
      thread.start()
    }
  }

  /// Runs `body(range, w)` for w in 0..<workers (w 0 on the calling thread), with the ranges
  /// `ParallelFor.run` documents. False, having run nothing, when the pool is busy or too small.
  /// One allocation: `withoutActuallyEscaping` wraps the caller's non-escaping closure in a
  /// heap-allocated thunk (a non-escaping closure cannot be stored for another thread without one);
  /// `run(count:workers:stored:)` takes a body made once instead (`ParallelFor.Region`).
  func run(count: Int, workers: Int, _ body: @Sendable (Range<Int>, Int) -> Void) -> Bool {
    guard acquire(workers) else { return false }
    wrapped.add(1, ordering: .relaxed)
    withoutActuallyEscaping(body) { dispatch($0, count: count, workers: workers) }
    busy.store(false, ordering: .releasing)
    return true
  }

  /// `run` with a body the caller keeps (escaping): allocates nothing.
  func run(
    count: Int, workers: Int, grain: Int = 0,
    stored body: @escaping @Sendable (Range<Int>, Int) -> Void
  ) -> Bool {
    guard acquire(workers) else { return false }
    dispatch(body, count: count, workers: workers, grain: grain)
    busy.store(false, ordering: .releasing)
    return true
  }

  private func acquire(_ workers: Int) -> Bool {
    guard workers - 1 <= threads,
      busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
    else { return false }
    regions.add(1, ordering: .relaxed)
    return true
  }

  private func dispatch(
    _ body: @escaping @Sendable (Range<Int>, Int) -> Void, count: Int, workers: Int,
    grain: Int = 0
  ) {
    self.body = body
    self.count = count
    self.workers = workers
    self.grain = grain
    if grain > 0 {
      for w in 0..<workers {
        let r = ParallelFor.part(w, count: count, workers: workers)
        spans[w].store(r)
      }
    }
    for t in 1..<workers { slots[t - 1].epoch.add(1, ordering: .sequentiallyConsistent) }
    if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
      pthread_mutex_lock(mutex)
      pthread_cond_broadcast(wake)
      pthread_mutex_unlock(mutex)
    }
    part(0)
    // Each participant's wait for the last one to finish.
    let first = DispatchTime.now().uptimeNanoseconds
    var (last, sum) = (first, first)
    for t in 1..<workers {
      let slot = slots[t - 1]
      let epoch = slot.epoch.load(ordering: .relaxed)
      while slot.done.load(ordering: .acquiring) != epoch {}
      let finished = slot.finished.load(ordering: .relaxed)
      (last, sum) = (max(last, finished), sum &+ finished)
    }
    idle.add(Int(bitPattern: UInt(last) &* UInt(workers) &- UInt(sum)), ordering: .relaxed)
    self.body = { _, _ in }
  }

  /// Worker w's share of the published region: its static part, or (with a grain) its part in
  /// chunks, then what the others have not started.
  private func part(_ w: Int) {
    let (count, workers, grain) = (self.count, self.workers, self.grain)
    guard grain > 0 else {
      body(ParallelFor.part(w, count: count, workers: workers), w)
      return
    }
    while let range = spans[w].claimFront(grain: grain) { body(range, w) }
    while true {
      // The part with the most left; done when none has any.
      var victim = -1
      var most = 0
      for v in 0..<workers where v != w {
        let left = spans[v].left
        if left > most { (victim, most) = (v, left) }
      }
      guard victim >= 0 else { return }
      if let range = spans[victim].claimBack(grain: grain) { body(range, w) }
    }
  }

  /// What is left of one worker's part of a dynamic region, as (front, back) in one atomic word.
  /// Its owner takes half of what is left from the front each time (so it runs its own items in
  /// order, in a few long calls, while a neighbour that finished early can still find work), the
  /// others half from the back, at least `grain` items either way. Padded to its own cache line.
  final class Span: Sendable {
    let bounds = Atomic<UInt64>(0)
    let padding = (0, 0, 0, 0, 0, 0, 0)

    static func pack(_ lo: Int, _ hi: Int) -> UInt64 { UInt64(lo) | UInt64(hi) << 32 }
    static func unpack(_ x: UInt64) -> (Int, Int) { (Int(x & 0xffff_ffff), Int(x >> 32)) }

    func store(_ r: Range<Int>) {
      bounds.store(Self.pack(r.lowerBound, r.upperBound), ordering: .relaxed)
    }
    var left: Int {
      let (lo, hi) = Self.unpack(bounds.load(ordering: .relaxed))
      return hi - lo
    }
    func claimFront(grain: Int) -> Range<Int>? { claim(grain: grain, fromBack: false) }
    func claimBack(grain: Int) -> Range<Int>? { claim(grain: grain, fromBack: true) }

    /// Half of what is left (the owner's half rounded up, a thief's down), at least `grain`.
    private func claim(grain: Int, fromBack: Bool) -> Range<Int>? {
      var x = bounds.load(ordering: .relaxed)
      while true {
        let (lo, hi) = Self.unpack(x)
        guard lo < hi else { return nil }
        let size = min(hi - lo, max(grain, (hi - lo + (fromBack ? 0 : 1)) / 2))
        let (range, rest) =
          fromBack ? ((hi - size)..<hi, (lo, hi - size)) : (lo..<(lo + size), (lo + size, hi))
        let (done, found) = bounds.compareExchange(
          expected: x, desired: Self.pack(rest.0, rest.1), ordering: .relaxed)
        if done { return range }
        x = found
      }
    }
  }

  private func work(_ slot: Slot, index: Int) {
    DenormalMode.flushOnThisThread()
    var seen = 0
    while true {
      var spun = 0
      while slot.epoch.load(ordering: .acquiring) == seen {
        if spun < Self.spins {
          spun += 1
          continue
        }
        pthread_mutex_lock(mutex)
        sleepers.add(1, ordering: .sequentiallyConsistent)
        while slot.epoch.load(ordering: .sequentiallyConsistent) == seen {
          pthread_cond_wait(wake, mutex)
        }
        sleepers.subtract(1, ordering: .relaxed)
        pthread_mutex_unlock(mutex)
      }
      seen = slot.epoch.load(ordering: .acquiring)
      part(index)
      slot.finished.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
      slot.done.store(seen, ordering: .releasing)
    }
  }
}
