import Dispatch
import Foundation
import Testing

@testable import DeltaRuntime

/// The timeline hooks of `deltac profile --trace`: `ParallelFor` records each worker's part only on
/// a thread where a recorder is installed, nested regions included; the arena counter follows the
/// roots' lifetimes.
@Suite struct TraceRecorderTests {
  /// Busy work, so that the workers' spans have a length.
  static func spin(_ range: Range<Int>) {
    var x = 0.0
    for i in range { for j in 0..<2000 { x += Double(i &* j) } }
    precondition(x >= 0)
  }

  @Test func parallelForRecordsEachWorkersPart() {
    let recorder = TraceRecorder()
    ParallelFor.run(count: 100, threads: 4) { range, _ in Self.spin(range) }
    #expect(recorder.spans.isEmpty, "a region outside recording(_:) was traced")
    let region = TraceRecorder.Region.node(7, .host)
    recorder.enter(region)
    let before = recorder.now()
    recorder.recording {
      ParallelFor.run(count: 100, threads: 4) { range, _ in Self.spin(range) }
    }
    let after = recorder.now()
    let spans = recorder.spans
    #expect(spans.count == 4)
    #expect(spans.allSatisfy { $0.region == region && before <= $0.start && $0.end <= after })
    #expect(spans.allSatisfy { $0.start <= $0.end })
    let items = spans.compactMap(\.items).sorted { $0.lowerBound < $1.lowerBound }
    #expect(items == [0..<25, 25..<50, 50..<75, 75..<100])
    // Uninstalled again: nothing more is recorded.
    ParallelFor.run(count: 100, threads: 4) { range, _ in Self.spin(range) }
    #expect(recorder.spans.count == 4)
  }

  /// A worker's own region is traced too (the recorder is installed on it while it runs), and on
  /// every thread the spans nest: a thread runs an inner part only inside its own outer part.
  @Test func nestedRegionsNestPerThread() {
    let recorder = TraceRecorder()
    recorder.recording {
      ParallelFor.run(count: 2, threads: 2) { _, _ in
        ParallelFor.run(count: 40, threads: 2) { range, _ in Self.spin(range) }
      }
    }
    let spans = recorder.spans
    #expect(spans.count == 2 + 2 * 2)
    for (thread, own) in Dictionary(grouping: spans, by: \.thread) {
      let sorted = own.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
      var open: [TraceRecorder.Span] = []
      for s in sorted {
        while let top = open.last, top.end <= s.start { open.removeLast() }
        if let top = open.last { #expect(s.end <= top.end, "thread \(thread): spans overlap") }
        open.append(s)
      }
    }
  }

  /// Another thread's regions are not traced while this one records (tests run in parallel: each
  /// recorder sees only its own threads).
  @Test func otherThreadsAreNotTraced() {
    let recorder = TraceRecorder()
    recorder.recording {
      let done = DispatchSemaphore(value: 0)
      let other = Thread {
        ParallelFor.run(count: 8, threads: 2) { range, _ in Self.spin(range) }
        done.signal()
      }
      other.start()
      done.wait()
    }
    #expect(recorder.spans.isEmpty)
  }

  /// The bytes live at each node: a root counts from the node that makes it to its last reader,
  /// at its aligned size; fixed roots (parameters, inputs) never; index `nodes` is after the last.
  @Test func liveArenaFollowsLifetimes() {
    let roots = [
      Root(count: 10, first: -1, last: -1, fixed: true),
      Root(count: 16, first: 0, last: 1),
      Root(count: 20, first: 1, last: 2),
      Root(count: 3, first: 2, last: 3),
    ]
    let live = ArenaAllocator.live(roots, nodes: 3)
    #expect(live == [16, 16 + 32, 32 + 16, 16])
    let (_, count, fixed) = ArenaAllocator.place(roots, nodes: 3)
    #expect(live.max()! <= count - fixed)
  }
}
