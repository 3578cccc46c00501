import DeltaExperiment
import DeltaIR
import DeltaRuntime
import DeltaSpec
import Foundation
import Testing

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// Every node of the training step of every spec in specs/ and bench/specs/ runs on a production
/// path, as `deltac profile` reports it (the executor has no other: the reference interpreter is in
/// DeltaReference, which DeltaRuntime cannot import; ArchitectureTests), and the models are small
/// enough at B 2 x T 8 that this takes seconds.
@Suite struct ProductionPathTests {
  static func specFiles() throws -> [String] {
    try ["specs", "bench/specs"].flatMap { folder in
      let dir = repoRoot.appendingPathComponent(folder)
      return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
        $0.hasSuffix(".yaml")
      }.sorted().map { dir.appendingPathComponent($0).path }
    }
  }

  @Test func everyNodeOfEveryStepHasAProductionPath() throws {
    let files = try Self.specFiles()
    #expect(files.count >= 20, "\(files.count) specs found under \(repoRoot.path)")
    var totalEpilogues = 0
    for file in files {
      var spec = try SpecLoader.load(file: file)
      spec.train.batchSize = 2
      spec.task.trainLength = LengthRange(exactly: 8)
      let (step, report) = try ProfileReport.measure(spec, steps: 1, warmup: 0)
      let name = (file as NSString).lastPathComponent
      // One row per node: every node ran, through one of the plan's kernels.
      #expect(report.rows.count == step.executor.graph.nodes.count, "\(name)")
      for row in report.rows {
        let expected: Set<KernelPath>
        switch row.op {
        case "fused": expected = [.jit, .epilogue]
        case "deltaproduct", "deltaproduct_grad": expected = [.recurrence]
        case "linear", "matmul": expected = [.gemm]
        case "reshape", "split", "concat": expected = [.view, .copy]
        default: expected = [.host]
        }
        #expect(expected.contains(row.path), "\(name): \(row.name) \(row.op) ran on \(row.path)")
      }
      // Every node the gemm-epilogues pass marked ran in its GEMM's tiles.
      let marked = step.executor.graph.nodes.filter {
        if case .fused(let k) = $0.op { return k.epilogue }
        return false
      }.count
      let epilogues = report.rows.filter { $0.path == .epilogue }.count
      #expect(epilogues == marked, "\(name): \(epilogues) of \(marked) epilogues in GEMM tiles")
      totalEpilogues += epilogues
    }
    #expect(totalEpilogues > 0, "no spec's step has a GEMM epilogue")
  }
}
