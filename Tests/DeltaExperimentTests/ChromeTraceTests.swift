import DeltaExperiment
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

/// `deltac profile --trace`: the file is a Chrome trace Perfetto can open (every event has its
/// phase's fields, spans nest per thread, every thread is named), and it agrees with the profile's
/// own accounting of the step.
@Suite struct ChromeTraceTests {
  struct Event {
    var name: String
    var phase: String
    var category: String
    var start: Double
    var duration: Double
    var thread: Int
    var args: [String: Any]
    var end: Double { start + duration }
  }

  /// Parses the file and checks each event's fields for its phase.
  static func events(_ json: String) throws -> (unit: String, events: [Event]) {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let top = try #require(object as? [String: Any])
    let unit = try #require(top["displayTimeUnit"] as? String)
    let list = try #require(top["traceEvents"] as? [[String: Any]])
    var events: [Event] = []
    for e in list {
      let phase = try #require(e["ph"] as? String)
      let name = try #require(e["name"] as? String, "\(e)")
      #expect(e["pid"] is Int && e["tid"] is Int, "\(e)")
      let args = e["args"] as? [String: Any] ?? [:]
      switch phase {
      case "X":
        #expect(e["cat"] is String && e["ts"] is Double && e["dur"] is Double, "\(e)")
      case "C":
        #expect(e["ts"] is Double && !args.isEmpty && args.values.allSatisfy { $0 is Int }, "\(e)")
      case "M":
        #expect(args["name"] is String || args["sort_index"] is Int, "\(e)")
      default:
        Issue.record("unexpected phase \(phase)")
      }
      events.append(
        Event(
          name: name, phase: phase, category: e["cat"] as? String ?? "",
          start: e["ts"] as? Double ?? 0, duration: e["dur"] as? Double ?? 0,
          thread: e["tid"] as? Int ?? 0, args: args))
    }
    return (unit, events)
  }

  @Test func traceOfTwoStepsIsValidAndAddsUp() throws {
    var spec = try tinySpec(hiddenSize: 64)
    spec.task.trainLength = LengthRange(exactly: 64)
    let steps = 3
    let (step, report, trace) = try ChromeTrace.measure(spec, steps: steps, warmup: 1)
    let (unit, events) = try Self.events(trace.json)
    #expect(unit == "ms")
    let spans = events.filter { $0.phase == "X" }
    #expect(spans.allSatisfy { $0.duration >= 0 })

    // Every thread with spans is named; on each, spans do not overlap unless one holds the other.
    let named = Set(
      events.filter { $0.phase == "M" && $0.name == "thread_name" }.map(\.thread))
    let threads = Set(spans.map(\.thread))
    #expect(threads.isSubset(of: named))
    let slack = 0.0015  // µs: the file's times are whole nanoseconds
    for thread in threads {
      var open: [Event] = []
      for s in spans.filter({ $0.thread == thread }).sorted(by: {
        ($0.start, $1.duration) < ($1.start, $0.duration)
      }) {
        while let top = open.last, top.end <= s.start + slack { open.removeLast() }
        if let top = open.last {
          #expect(s.end <= top.end + slack, "\(s.name) overlaps \(top.name) on thread \(thread)")
        }
        open.append(s)
      }
    }

    // The main track: a span per step, each node once per step with the table's args.
    let stepSpans = spans.filter { $0.category == "step" }.sorted { $0.start < $1.start }
    #expect(stepSpans.map(\.name) == ["step 1", "step 2", "step 3"])
    let main = try #require(stepSpans.first?.thread)
    let graph = step.executor.graph
    let nodes = spans.filter { $0.thread == main && $0.args["node"] != nil }
    #expect(nodes.count == steps * graph.nodes.count)
    let categories = Set(nodes.map(\.category))
    #expect(categories.isSuperset(of: ["gemm", "jit", "recurrence", "host", "view"]))
    for row in report.rows {
      let mine = nodes.filter { $0.args["node"] as? Int == row.node }
      #expect(mine.count == steps && mine.allSatisfy { $0.name == row.name })
      let args = try #require(mine.first?.args)
      #expect(args["op"] as? String == row.op && args["path"] as? String == row.path.rawValue)
      #expect(args["bytes"] as? Int == Int(row.bytes))
      #expect((args["flops"] as? Int).map(Double.init) == row.flops.map { $0.rounded(.down) })
    }

    // Each step's span is its phases and nodes, within 5% (in the median step: a thread descheduled
    // between two nodes on a busy machine leaves a gap); together the step spans are the table's
    // step time, and the node spans its nodes.
    var coverage: [Double] = []
    for s in stepSpans {
      let inside = spans.filter {
        $0.thread == main && $0.category != "step" && $0.start >= s.start
          && $0.end <= s.end + slack
      }
      // Direct children only: a worker's part on the main track lies inside a node.
      let children = inside.filter { c in
        !inside.contains { $0.start <= c.start && c.end <= $0.end && $0.duration > c.duration }
      }
      let covered = children.reduce(0) { $0 + $1.duration }
      #expect(covered <= s.duration + slack)
      coverage.append(covered / s.duration)
      #expect(Set(children.map(\.category)).isSuperset(of: ["adamw", "executor"]))
    }
    #expect(coverage.sorted()[steps / 2] >= 0.95, "share of each step in its spans: \(coverage)")
    let stepTotal = stepSpans.reduce(0) { $0 + $1.duration } / 1e6
    #expect(abs(stepTotal / Double(steps) - report.stepSeconds) <= 1e-6)
    let nodeTotal = nodes.reduce(0) { $0 + $1.duration } / 1e6
    let tableNodes = report.rows.reduce(0) { $0 + $1.seconds }
    #expect(abs(nodeTotal / Double(steps) - tableNodes) <= 1e-6 * Double(graph.nodes.count))

    // Worker spans: each lies inside the main-track span of its node (or AdamW). Which threads
    // run them is libdispatch's choice: on a busy machine the caller may run every part itself.
    let workers = spans.filter { $0.category.hasPrefix("worker,") }
    #expect(!workers.isEmpty)
    for w in workers {
      let owner = spans.contains {
        $0.thread == main && !$0.category.hasPrefix("worker") && $0.name == w.name
          && $0.start <= w.start + slack && w.end <= $0.end + slack
      }
      #expect(owner, "worker span \(w.name) at \(w.start) is outside its node")
    }

    // The arena counter: one sample per node and one after the last, per step; never above the
    // plan's activation part.
    let counters = events.filter { $0.phase == "C" }
    #expect(counters.count == steps * (graph.nodes.count + 1))
    let live = counters.compactMap { $0.args["activations"] as? Int }
    let dims = ["B": spec.train.batchSize, "T": 64]
    let planned = try Executor.arenaBytes(graph, dims: dims).activations
    #expect(live.count == counters.count && live.max()! > 0 && live.max()! <= planned)
  }
}
