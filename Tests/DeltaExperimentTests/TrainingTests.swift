import DeltaExperiment
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

@Suite(.serialized) struct TrainingTests {
  /// A tiny end-to-end run: the loss falls, the results folder is complete.
  @Test func tinyRunLearnsAndWritesResults() throws {
    let dir = temporaryDirectory("e2e")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 40, checkpointEvery: nil, lr: 2e-2)
    let trainer = try Trainer(spec: spec, options: quietOptions(dir))
    let summary = try trainer.run()
    let lines = try String(contentsOfFile: dir + "/metrics.jsonl", encoding: .utf8).split(
      separator: "\n")
    let losses = lines.filter { !$0.contains("\"kind\"") }.compactMap { line -> Double? in
      guard let r = line.range(of: "\"loss\":") else { return nil }
      return Double(line[r.upperBound...].prefix { $0 != "," && $0 != "}" })
    }
    #expect(losses.count == 40)
    let first = losses.prefix(5).reduce(0, +) / 5
    let last = losses.suffix(5).reduce(0, +) / 5
    #expect(last < 0.8 * first, "loss \(first) -> \(last)")
    #expect(summary.steps == 40 && summary.evaluation.map(\.length) == [8, 12])
    for file in [
      "spec.yaml", "eval.json", "eval.csv", "accuracy.svg", "checkpoints/step-000040.safetensors",
    ] {
      #expect(FileManager.default.fileExists(atPath: dir + "/" + file), "\(file)")
    }
    let svg = try String(contentsOfFile: dir + "/accuracy.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg") && svg.contains("train length 8"))
  }

  /// `deltac eval` on the run's last checkpoint reproduces the run's final evaluation (same sets,
  /// same parameters), and a length above the segment size goes through the carried state.
  @Test func checkpointEvaluationMatchesTheRun() throws {
    let dir = temporaryDirectory("eval")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 4, checkpointEvery: nil)
    let run = try Trainer(spec: spec, options: quietOptions(dir)).run()
    let evaluation = try CheckpointEvaluation(
      spec: spec, checkpoint: dir + "/checkpoints/step-000004.safetensors", showProgress: false)
    let results = try evaluation.run(directory: dir + "/eval")
    // Equal up to fp32 summation order: alone, the losses are bit-equal; in the full parallel suite they
    // once differed at 1.4e-10 relative (the BLAS thread count is process-wide, and other suites' trainers
    // set it while this one runs), so the check allows 1e-9 relative, far below any wrong-parameter error.
    let pairs = zip(results.map(\.metrics.loss), run.evaluation.map(\.metrics.loss))
    #expect(results.count == run.evaluation.count)
    for (a, b) in pairs { #expect(abs(a - b) <= 1e-9 * abs(b), "\(a) vs \(b)") }
    #expect(FileManager.default.fileExists(atPath: dir + "/eval/eval.json"))
    let whole = Evaluator(programs: evaluation.programs, task: evaluation.task, batchSize: 4)
    let segmented = Evaluator(
      programs: evaluation.programs, task: evaluation.task, batchSize: 4, segmentLength: 5)
    let a = try whole.evaluate(parameters: evaluation.state.parameters, lengths: 20...20, count: 4)
    let b = try segmented.evaluate(
      parameters: evaluation.state.parameters, lengths: 20...20, count: 4)
    #expect(abs(a.metrics.loss - b.metrics.loss) < 1e-5)
    #expect(a.metrics.prefixAccuracy == b.metrics.prefixAccuracy)
  }

  /// Killed after 3 of 6 steps (checkpoint at 2), resumed: the final loss and parameters are
  /// bit-identical to an uninterrupted run.
  @Test func resumeIsExact() throws {
    let (a, b) = (temporaryDirectory("full"), temporaryDirectory("resumed"))
    defer { for d in [a, b] { try? FileManager.default.removeItem(atPath: d) } }
    let spec = try tinySpec(steps: 6, checkpointEvery: 2)
    let full = try Trainer(spec: spec, options: quietOptions(a)).run()
    let killed = try Trainer(spec: spec, options: quietOptions(b, stopAfter: 3)).run()
    #expect(killed.interrupted && killed.steps == 3)
    let resumed = try Trainer(spec: spec, options: quietOptions(b, resume: true)).run()
    #expect(resumed.steps == 6)
    #expect(resumed.loss.bitPattern == full.loss.bitPattern, "\(resumed.loss) vs \(full.loss)")
    let trainer = try Trainer(spec: spec, options: quietOptions(a))
    let fa = try CheckpointStore.load(
      path: a + "/checkpoints/step-000006.safetensors", spec: spec, programs: trainer.programs,
      resume: true)
    let fb = try CheckpointStore.load(
      path: b + "/checkpoints/step-000006.safetensors", spec: spec, programs: trainer.programs,
      resume: true)
    for (name, _) in trainer.programs.parameters {
      #expect(
        fa.parameters[name]!.map(\.bitPattern) == fb.parameters[name]!.map(\.bitPattern), "\(name)")
      #expect(
        fa.optimizer.secondMoment[name]!.map(\.bitPattern)
          == fb.optimizer.secondMoment[name]!.map(\.bitPattern))
    }
    let metricsA = try String(contentsOfFile: a + "/metrics.jsonl", encoding: .utf8)
    let metricsB = try String(contentsOfFile: b + "/metrics.jsonl", encoding: .utf8)
    let strip = { (s: String) in
      s.split(separator: "\n").map {
        $0.replacingOccurrences(of: #","ms":.*"#, with: "", options: .regularExpression)
      }
    }
    #expect(strip(metricsA) == strip(metricsB))
  }

  /// NaN in a gradient stops the run naming the step and tensor; the last checkpoint stays.
  @Test func nanStopsWithStepAndTensor() throws {
    let dir = temporaryDirectory("nan")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 6, checkpointEvery: 2)
    var options = quietOptions(dir)
    options.gradientHook = { step, grads in
      if step == 2 { grads["lm_head.weight"]![5] = .nan }
    }
    let error = #expect(throws: ExperimentError.self) {
      try Trainer(spec: spec, options: options).run()
    }
    let message = error?.message ?? ""
    #expect(error?.kind == .nonFinite)
    #expect(message.contains("step 3") && message.contains("lm_head.weight"), "\(message)")
    #expect(message.contains("step-000002.safetensors (step 2) is intact"), "\(message)")
    let list = CheckpointStore(directory: dir + "/checkpoints").list()
    #expect(list.map(\.step) == [2])
  }
}
