import Dispatch
import Foundation
import Synchronization

/// The timeline of a run (`deltac profile --trace`): spans of executor nodes and named phases (a
/// training step, AdamW, the executor's feeding), what each `ParallelFor` worker ran within them, and
/// the plan's arena bytes in use, node by node. Times are nanoseconds since the recorder was made,
/// on `ContinuousClock` (the clock of `NodeTimings` and the training step's own timing).
///
/// Only threads that run inside `recording(_:)` are traced: `ParallelFor` asks for the recorder of
/// its calling thread, and only while some recorder is installed (one atomic load otherwise).
/// `@unchecked Sendable`: the event lists are guarded by `lock`.
public final class TraceRecorder: @unchecked Sendable {
  /// What a span covers.
  public enum Region: Sendable, Equatable {
    /// Executor node `index` (the graph's node order), run by `path`.
    case node(Int, KernelPath)
    /// A phase outside the nodes: `category` is "step", "adamw" or "executor".
    case phase(String, category: String)
  }

  /// A complete span on one thread.
  public struct Span: Sendable {
    public var region: Region
    /// The OS thread id (Linux tid).
    public var thread: Int
    public var start: Int64
    public var end: Int64
    /// For a worker's part of a `ParallelFor` region: the items it ran (nil for the region's owner).
    public var items: Range<Int>?
  }

  /// The arena's live bytes from `time` on: the activation roots live while node `node` runs (its
  /// operands and results included; `node` = the node count after the last node: the outputs), and
  /// the fixed part (parameters and inputs).
  public struct ArenaSample: Sendable {
    public var time: Int64
    public var node: Int
    public var activationBytes: Int
    public var fixedBytes: Int
  }

  public private(set) var spans: [Span] = []
  public private(set) var arena: [ArenaSample] = []
  /// The thread that made the recorder (where the executor runs its nodes).
  public let mainThread: Int
  let origin = ContinuousClock.now
  let lock = NSLock()
  /// The span the installing thread is in: what its `ParallelFor` workers' spans belong to.
  var current: Region = .phase("", category: "")

  public init() { mainThread = Self.threadID() }

  /// Nanoseconds since the recorder was made.
  public func time(_ instant: ContinuousClock.Instant) -> Int64 {
    let c = (instant - origin).components
    return c.seconds * 1_000_000_000 + c.attoseconds / 1_000_000_000
  }

  public func now() -> Int64 { time(ContinuousClock.now) }

  /// Records a span of `thread` (by default the calling thread).
  public func span(
    _ region: Region, from start: ContinuousClock.Instant, to end: ContinuousClock.Instant,
    thread: Int = threadID()
  ) {
    let span = Span(region: region, thread: thread, start: time(start), end: time(end), items: nil)
    lock.withLock { spans.append(span) }
  }

  /// Starts `region` on the installing thread: what the spans of the `ParallelFor` workers started
  /// from now on are attributed to.
  public func enter(_ region: Region) { lock.withLock { current = region } }

  func sample(_ sample: ArenaSample) { lock.withLock { arena.append(sample) } }

  // MARK: installing on a thread

  /// Recorders installed now, on any thread: `ParallelFor`'s one check when none is.
  static let installed = Atomic<Int>(0)
  static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// The recorder installed on the calling thread.
  static var current: TraceRecorder? {
    guard let p = pthread_getspecific(key) else { return nil }
    return Unmanaged<TraceRecorder>.fromOpaque(p).takeUnretainedValue()
  }

  /// Runs `body` with this recorder installed on the calling thread: the `ParallelFor` regions it
  /// starts record what each worker ran (nested installs restore the outer one).
  public func recording<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    let outer = pthread_getspecific(Self.key)
    Self.installed.add(1, ordering: .relaxed)
    pthread_setspecific(Self.key, Unmanaged.passUnretained(self).toOpaque())
    defer {
      pthread_setspecific(Self.key, outer)
      Self.installed.subtract(1, ordering: .relaxed)
      withExtendedLifetime(self) {}
    }
    return try body()
  }

  static let idKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// The calling thread's OS id (Linux's tid, as `top -H` and perf show it), read once per thread
  /// from /proc/thread-self ("PID/task/TID"; Glibc's gettid is not visible to Swift).
  public static func threadID() -> Int {
    if let cached = pthread_getspecific(idKey) { return Int(bitPattern: cached) }
    var link = [CChar](repeating: 0, count: 64)
    let n = readlink("/proc/thread-self", &link, link.count - 1)
    let text = String(decoding: link.prefix(max(n, 0)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let tid = text.split(separator: "/").last.flatMap { Int($0) }
    let id = tid ?? Int(bitPattern: UInt(pthread_self()))
    pthread_setspecific(idKey, UnsafeRawPointer(bitPattern: id))
    return id
  }

  /// `ParallelFor.run` of a traced thread: each worker's part timed, with this recorder installed on
  /// it for nested regions; the spans are appended by the caller once all are done.
  func parallel(
    count: Int, workers: Int, _ body: @Sendable (Range<Int>, Int) -> Void
  ) {
    let region = lock.withLock { current }
    let parts = UnsafeMutableBufferPointer<Span>.allocate(capacity: workers)
    defer { parts.deallocate() }
    let shared = SendablePointer(parts.baseAddress!)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      let items = ParallelFor.part(w, count: count, workers: workers)
      let thread = Self.threadID()
      let start = ContinuousClock.now
      recording { body(items, w) }
      let span = Span(region: region, thread: thread, start: time(start), end: now(), items: items)
      (shared.pointer! + w).initialize(to: span)
    }
    lock.withLock { spans.append(contentsOf: parts) }
    _ = parts.deinitialize()
  }
}
