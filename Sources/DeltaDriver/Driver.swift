import DeltaCodegen
import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import Foundation

// The compiler's outline, and the one place that runs it:
//
//   spec --lower (DeltaModel)--> forward graph --autodiff (training)--> forward + backward graph
//        --Pipeline.passes (DeltaPasses, with the spec's compile options)--> optimized graph
//        --RecurrenceKernelPlan--> the recurrence kernels it needs (DeltaCodegen)
//
// `deltac compile` prints what this builds, `deltac run`/`eval`/`bench`/`profile` execute it, and
// Generated/ holds it for every spec (`generatedFiles`), so what is printed is what runs.

public enum Driver {
  /// What `kernelDump` prints: `.llvm` (optimized LLVM IR), `.asm` or `.kernelIR`.
  public typealias KernelDumpKind = KernelDumps.Kind

  /// What a graph is for: evaluation runs the forward graph, training the forward + backward graph.
  public enum Purpose: Sendable {
    case evaluation
    case training
  }

  /// The pipeline options of `spec` for `purpose`: its `disabled_passes` plus `disabling` (the
  /// CLI's --disable), the kernel-running measurer for `chunk_size: autotune` (its cache next to the
  /// kernel cache), its thread count (one per core when unset), and the dims the cost models and the
  /// memory plan use: the training batch and length, or the eval batch and longest eval length.
  public static func passOptions(
    _ spec: Spec, for purpose: Purpose, disabling extra: [String] = [], stopAfter: String? = nil
  ) -> PassOptions {
    let kernelDir =
      spec.compile.kernelCacheDir.map { URL(fileURLWithPath: $0) } ?? KernelCache.defaultDirectory
    let measure =
      spec.compile.chunkSize == .autotune
      ? ChunkTuner(directory: ChunkTuner.directory(kernelCache: kernelDir)) : nil
    return PassOptions(
      disabled: Set(spec.compile.disabledPasses + extra), stopAfter: stopAfter,
      threads: threads(spec), measure: measure,
      dims: spec.graphDims(evaluation: purpose == .evaluation))
  }

  /// Worker threads the spec's plans run with: `compile.threads`, else one per core.
  public static func threads(_ spec: Spec) -> Int { spec.compile.threads ?? ParallelFor.cores }

  /// The graph of `spec` for `purpose`, through the whole pipeline or stopped after `stage`.
  /// `.lower` gives the forward graph for evaluation and the forward + backward graph, before any
  /// pass, for training; `.autodiff` gives the forward + backward graph whatever the purpose.
  public static func graph(
    _ spec: Spec, for purpose: Purpose, through stage: Stage? = nil, disabling: [String] = []
  ) throws -> Graph {
    let forward = try ModelLowering.forward(spec: spec)
    if stage == .lower && purpose == .evaluation { return forward }
    let graph =
      purpose == .training || stage == .autodiff ? try Autodiff.gradient(of: forward) : forward
    let stopAfter: String?
    switch stage {
    case .lower, .autodiff: return graph
    case .pass(let name): stopAfter = name
    case nil: stopAfter = nil
    }
    return try Pipeline.optimize(
      graph,
      options: passOptions(spec, for: purpose, disabling: disabling, stopAfter: stopAfter))
  }

  /// The graph `deltac compile` prints: the forward graph, or with `backward` the forward + backward
  /// graph, stopped after the stage named `after` (`autodiff` shows the forward + backward graph even
  /// without `backward`).
  public static func graph(_ spec: Spec, backward: Bool, after: String?, disabling: [String])
    throws -> Graph
  {
    try graph(
      spec, for: backward || after == "autodiff" ? .training : .evaluation,
      through: after.flatMap(Stage.init(name:)), disabling: disabling)
  }

  /// The IR text of a graph as `deltac compile` prints it and Generated/ holds it: the summary
  /// comment (`# N GEMMs, K kernels, M nodes`), then the graph. A graph the verifier rejects is a
  /// compiler bug and throws.
  public static func irText(_ graph: Graph) throws -> String {
    try Verifier.verify(graph)
    return graph.summaryComment + "\n" + GraphPrinter.print(graph)
  }

  /// The optimized LLVM IR or assembly of the recurrence kernels (forward, backward, inference step)
  /// the spec's optimized graphs need (training's, then evaluation's when it picked another chunk:
  /// the kernels the executor compiles), for a fixed target (Zen 3), so the output is the same on
  /// every x86-64 machine.
  public static func kernelDump(_ spec: Spec, _ kind: KernelDumpKind) throws -> String {
    try kernelDump(spec, kind, training: graph(spec, for: .training))
  }

  /// The same, given the spec's optimized training graph.
  static func kernelDump(_ spec: Spec, _ kind: KernelDumpKind, training: Graph) throws -> String {
    try RecurrenceKernelPlan.dump([training, graph(spec, for: .evaluation)], kind)
  }

  /// What Generated/<spec>/ holds, file name and text: the lowered forward graph, the forward +
  /// backward graph before any pass, the optimized training graph and the kernels' LLVM IR
  /// (`scripts/generate.sh` writes the same through `deltac compile`).
  public static func generatedFiles(_ spec: Spec) throws -> [(file: String, text: String)] {
    let training = try graph(spec, for: .training)
    let kernels = try kernelDump(spec, .llvm, training: training)
    return [
      ("forward.ir", try irText(graph(spec, for: .evaluation, through: .lower))),
      ("forward_backward.ir", try irText(graph(spec, for: .training, through: .autodiff))),
      ("optimized.ir", try irText(training)),
      ("kernels.ll", kernels),
    ]
  }

  /// Each recurrence's chunk decision and the memory plan (plan-memory's `plan` lines) of an
  /// optimized graph: what `deltac compile --emit plan` prints.
  public static func planText(_ graph: Graph, dims: [String: Int]? = nil) -> String {
    var lines = [
      "# \(graph.name): memory plan and recurrence schedule (plan-memory, choose-chunk-size)"
    ]
    for node in graph.nodes {
      if case .deltaProduct(let p) = node.op {
        lines.append(
          "chunk \(node.results[0].value) = \(p.chunk)"
            + (p.chunkReason.map { " (\($0))" } ?? " (fixed by the spec)"))
      }
    }
    if graph.plan.isEmpty { lines.append("# plan-memory is disabled: no plan") }
    lines += graph.plan.map { "plan " + $0 }
    if let dims, let layout = try? Executor.layoutText(graph, dims: dims) {
      lines.append("# the executor's arena at the spec's dims: views, in-place writes and copies")
      lines += layout.map { "layout " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
