import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac profile --trace`: the profiled steps as a timeline in the Chrome trace event format (a JSON
/// object with `traceEvents` and `displayTimeUnit`), which Perfetto (ui.perfetto.dev) and
/// chrome://tracing open. One track per thread (`thread_name` metadata): the main track holds a span
/// per training step and, inside it, a span per executor node (named by its IR values as `deltac
/// compile --emit ir --backward` prints them; args: op, shape, path, FLOPs, bytes), the executor's
/// phases and AdamW; the worker tracks hold what each `ParallelFor` worker ran within a node. The
/// categories tell the paths apart (`jit`, `recurrence`, `blas`, `host`, `view`, `copy`, `adamw`,
/// `executor`, `step`; a worker's part adds `worker`). The counter `arena bytes` is the plan's arena
/// in use while each node runs: the activation roots live by the plan's lifetimes and the fixed part
/// (parameters and inputs); scratch outside the arena (recurrence workspaces) is not in it.
public struct ChromeTrace {
  /// The events, one JSON object each.
  public private(set) var events: [String] = []

  /// `report` gives each node's name, op, shape, path, FLOPs and bytes (its rows, by node index).
  public init(_ recorder: TraceRecorder, report: ProfileReport, process: String) {
    let pid = Int(ProcessInfo.processInfo.processIdentifier)
    let rows = Dictionary(report.rows.map { ($0.node, $0) }) { a, _ in a }
    let main = recorder.mainThread
    // Threads in order of their first span: the main (executor) thread first.
    var threads = [main]
    for s in recorder.spans.sorted(by: { $0.start < $1.start }) where !threads.contains(s.thread) {
      threads.append(s.thread)
    }
    events.append(Self.metadata("process_name", pid: pid, tid: main, ["name": .text(process)]))
    for (i, t) in threads.enumerated() {
      let name = t == main ? "main (executor)" : "worker \(i)"
      events.append(Self.metadata("thread_name", pid: pid, tid: t, ["name": .text(name)]))
      events.append(Self.metadata("thread_sort_index", pid: pid, tid: t, ["sort_index": .int(i)]))
    }
    var stepNumber = 0
    for span in recorder.spans.sorted(by: { $0.start < $1.start }) {
      var (name, category, args) = Self.describe(span.region, rows)
      if case .phase(_, "step") = span.region, span.items == nil {
        stepNumber += 1
        name = "step \(stepNumber)"
        args = ["step": .int(stepNumber)]
      }
      if let items = span.items {
        category = "worker," + category
        args = ["items": .text("\(items.lowerBound)..<\(items.upperBound)")]
      }
      events.append(
        Self.object([
          ("name", .text(name)), ("cat", .text(category)), ("ph", .text("X")),
          ("ts", .micros(span.start)), ("dur", .micros(span.end - span.start)), ("pid", .int(pid)),
          ("tid", .int(span.thread)), ("args", .object(args.sorted { $0.key < $1.key })),
        ]))
    }
    for sample in recorder.arena {
      events.append(
        Self.object([
          ("name", .text("arena bytes")), ("ph", .text("C")), ("ts", .micros(sample.time)),
          ("pid", .int(pid)), ("tid", .int(main)),
          (
            "args",
            .object([
              ("activations", .int(sample.activationBytes)),
              ("parameters+inputs", .int(sample.fixedBytes)),
            ])
          ),
        ]))
    }
  }

  /// `ProfileReport.measure` with the timed steps recorded: the step, the report and the timeline.
  public static func measure(_ spec: Spec, steps: Int, warmup: Int) throws -> (
    step: DeltacTrainStep, report: ProfileReport, trace: ChromeTrace
  ) {
    let recorder = TraceRecorder()
    let (step, report) = try ProfileReport.measure(
      spec, steps: steps, warmup: warmup, trace: recorder)
    return (
      step, report, ChromeTrace(recorder, report: report, process: "deltac profile \(spec.name)")
    )
  }

  /// The whole file: `{"displayTimeUnit": "ms", "traceEvents": [...]}`, one event a line.
  public var json: String {
    "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n" + events.joined(separator: ",\n")
      + "\n]}\n"
  }

  public func write(to path: String) throws {
    try json.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// A span's name, category and args.
  static func describe(
    _ region: TraceRecorder.Region, _ rows: [Int: ProfileReport.Row]
  ) -> (String, String, [String: Field]) {
    switch region {
    case .phase(let name, let category):
      return (name, category, [:])
    case .node(let index, let path):
      guard let row = rows[index] else { return ("node \(index)", Self.category(path), [:]) }
      var args: [String: Field] = [
        "op": .text(row.op), "path": .text(path.rawValue), "bytes": .int(Int(row.bytes)),
        "shape": .text("[" + row.shape.map(String.init).joined(separator: ",") + "]"),
        "node": .int(index),
      ]
      if let flops = row.flops { args["flops"] = .int(Int(flops)) }
      return (row.name, Self.category(path), args)
    }
  }

  /// The category of a node run by `path`.
  public static func category(_ path: KernelPath) -> String {
    switch path {
    case .jit: return "jit"
    case .recurrence: return "recurrence"
    case .gemm: return "gemm"
    case .host: return "host"
    case .view: return "view"
    case .copy: return "copy"
    case .epilogue: return "gemm"
    }
  }

  /// A JSON value of an event.
  enum Field {
    case text(String)
    case int(Int)
    /// Nanoseconds written as microseconds (the format's unit), to the nanosecond.
    case micros(Int64)
    indirect case object([(String, Field)])

    var json: String {
      switch self {
      case .text(let s): return JSONText.quote(s)
      case .int(let n): return String(n)
      case .micros(let ns):
        let fraction = String(ns % 1000)
        return "\(ns / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
      case .object(let fields): return ChromeTrace.object(fields)
      }
    }
  }

  static func object(_ fields: [(String, Field)]) -> String {
    "{" + fields.map { JSONText.quote($0.0) + ": " + $0.1.json }.joined(separator: ", ") + "}"
  }

  static func metadata(_ name: String, pid: Int, tid: Int, _ args: [String: Field]) -> String {
    object([
      ("name", .text(name)), ("ph", .text("M")), ("pid", .int(pid)), ("tid", .int(tid)),
      ("args", .object(args.sorted { $0.key < $1.key })),
    ])
  }
}
