import CAllocationCounter
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

@testable import DeltaExperiment
@testable import DeltaRuntime

/// A steady-state step of the execution plan allocates nothing: after a first run has built the
/// plan (arena, JIT kernels, per-node tables, workspaces and parallel regions, the threads' scratch),
/// the kernel calls of a training step and of an evaluation step make no heap allocation, on the
/// stepping thread or on the worker pool's thread, and every parallel region is one made at plan
/// time (`ParallelFor.Region`; a region with a non-escaping body costs one allocation, which the
/// counter's check below shows). Counted by the test executable's own malloc (CAllocationCounter),
/// on a pool of the test's own so that no other test's work is counted (the cases run one after the
/// other: the counter's total is process-wide). What is outside the plan's
/// steps (the executor's parameter and output dictionaries, AdamW over the trainer's arrays) is not
/// counted.
@Suite(.serialized) struct AllocationTests {
  /// Every kind of node a training step has: conv + SiLU and its gradient, the forget gate, the
  /// fused projections, GEMMs and fused kernels large enough to run on two workers, the recurrence
  /// and its backward, embedding and cross-entropy.
  static func spec() throws -> Spec {
    let yaml = """
      model:
        hidden_size: 64
        num_hidden_layers: 2
        num_heads: 2
        head_dim: 32
        num_householder: 2
        allow_neg_eigval: true
        use_forget_gate: true
        use_short_conv: true
        intermediate_size: 128
        vocab_size: auto
      task:
        kind: word_problem
        group: S3
        train_length: 64
        test_length: 64
        test_samples: 16
      train:
        steps: 2
        batch_size: 16
        seed: 3
      compile:
        threads: 2
      """
    return try SpecLoader.parse(yaml: yaml, file: "allocations.yaml").spec
  }

  /// Allocations, parallel regions and regions with a non-escaping body of `executor`'s plan steps
  /// (after two warm-up runs).
  static func stepAllocations(
    _ executor: Executor, pool: WorkerPool, parameters: [String: Tensor<Float>],
    inputs: [String: TensorValue<Float>]
  ) throws -> (allocations: Int, regions: Int, wrapped: Int) {
    for _ in 0..<2 { _ = try executor.run(parameters: parameters, inputs: inputs) }
    let fed = try Feed.values(executor.graph, parameters: parameters, inputs: inputs)
    let plan = try executor.plan(try Feed.bindDims(executor.graph, fed))
    try executor.copyIn(fed, plan)
    let context = RunContext(carry: nil)
    // Counting on for this thread and the pool's: a region of one item per thread.
    ParallelFor.run(count: 2, threads: 2) { _, _ in allocation_counter_enable(1) }
    func counts() -> (Int, Int, Int) {
      (
        allocation_counter_total(), pool.regions.load(ordering: .relaxed),
        pool.wrapped.load(ordering: .relaxed)
      )
    }
    let before = counts()
    try executor.runSteps(plan, context, thread: 0)
    let after = counts()
    ParallelFor.run(count: 2, threads: 2) { _, _ in allocation_counter_enable(0) }
    return (after.0 - before.0, after.1 - before.1, after.2 - before.2)
  }

  /// The spec above, the benchmark's tiny model (batch 32 x 128: every GEMM, fused kernel and the
  /// cross-entropy on two workers) and small (D = 256: GEMMs with a SwiGLU epilogue).
  static let specs = ["conv + gate", "bench/specs/tiny.yaml", "bench/specs/small.yaml"]

  static func load(_ name: String) throws -> Spec {
    guard name.hasSuffix(".yaml") else { return try spec() }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return try SpecLoader.load(file: root.appendingPathComponent(name).path)
  }

  @Test(arguments: specs) func steadyStateStepsAllocateNothing(_ name: String) throws {
    let pool = WorkerPool(threads: 1)
    try pool.installed {
      let spec = try Self.load(name)
      let programs = try ModelPrograms(spec: spec, training: true)
      let parameters = programs.tensors(programs.initialParameters())
      let (batch, length) = (spec.train.batchSize, spec.task.trainLength.max)
      let (ids, labels) = DeltacTrainStep.randomTokens(
        count: batch * length, vocab: spec.vocabSize, seed: 5)
      let feed = ModelPrograms.feed(ids, labels, batch: batch, length: length)
      // The counter counts: one allocation on each thread is seen, plus the one of a region with a
      // non-escaping body.
      ParallelFor.run(count: 2, threads: 2) { _, _ in allocation_counter_enable(1) }
      let before = allocation_counter_total()
      ParallelFor.run(count: 2, threads: 2) { _, _ in
        let p = UnsafeMutablePointer<Float>.allocate(capacity: 100)
        p.deallocate()
        allocation_counter_enable(0)
      }
      #expect(allocation_counter_total() - before == 3)

      let training = try Self.stepAllocations(
        programs.training!, pool: pool, parameters: parameters, inputs: feed)
      #expect(training.regions > 20, "the training step ran \(training.regions) parallel regions")
      #expect(training.wrapped == 0)
      #expect(
        training.allocations == 0,
        "a steady-state training step allocated \(training.allocations) times")
      let evaluation = try Self.stepAllocations(
        programs.forward, pool: pool, parameters: parameters, inputs: feed)
      #expect(evaluation.regions > 5)
      #expect(evaluation.wrapped == 0)
      #expect(
        evaluation.allocations == 0,
        "a steady-state evaluation step allocated \(evaluation.allocations) times")
    }
  }
}
