import DeltaExperiment
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

/// `TrainOptions.initFrom` (`deltac run --init-from`): training starts from the given parameters.
@Suite(.serialized) struct InitFromTests {
  /// From imported parameters: the first step's batch loss is the loss of those parameters on the
  /// step-0 batch (not the seeded init's), and the checkpoint records where they came from.
  @Test func firstStepLossIsTheImportedParameters() throws {
    let (a, b) = (temporaryDirectory("init-from"), temporaryDirectory("seeded"))
    defer { for d in [a, b] { try? FileManager.default.removeItem(atPath: d) } }
    let spec = try tinySpec(steps: 2, checkpointEvery: nil)
    let programs = try ModelPrograms(spec: spec, training: true)
    let values = programs.initialParameters().mapValues { $0.map { $0 * 0.5 + 0.01 } }
    var options = quietOptions(a)
    options.initFrom = ImportedParameters(source: "halved", values: values)
    let trainer = try Trainer(spec: spec, options: options)
    _ = try trainer.run()
    _ = try Trainer(spec: spec, options: quietOptions(b)).run()
    let (imported, seeded) = (try firstLoss(a), try firstLoss(b))

    let batch = trainer.task.trainBatch(step: 0, batchSize: spec.train.batchSize)
    var tensors: [String: Tensor<Float>] = [:]
    for (name, shape) in programs.parameters {
      tensors[name] = Tensor(shape: shape, data: values[name]!)
    }
    let ids: [String: TensorValue<Float>] = [
      "input_ids": .index(Tensor(shape: [batch.batch, batch.length], data: batch.inputs)),
      "labels": .index(Tensor(shape: [batch.batch, batch.length], data: batch.labels)),
    ]
    let loss = try programs.training!.run(parameters: tensors, inputs: ids)["loss"]!.data[0]
    #expect(imported == Double(loss))
    #expect(imported != seeded)

    let state = try CheckpointStore.load(
      path: a + "/checkpoints/step-000002.safetensors", spec: spec, programs: programs,
      resume: true)
    #expect(state.initFrom == "halved")
    #expect(state.step == 2 && state.optimizer.step == 2)
  }

  @Test func missingParameterIsBadInput() throws {
    let dir = temporaryDirectory("init-from-missing")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let spec = try tinySpec(steps: 2, checkpointEvery: nil)
    var options = quietOptions(dir)
    options.initFrom = ImportedParameters(source: "empty", values: [:])
    let error = #expect(throws: ExperimentError.self) {
      try Trainer(spec: spec, options: options).run()
    }
    #expect(error?.kind == .badInput)
    #expect(error?.message.hasPrefix("empty: error: tensor '") == true)
    #expect(error?.message.hasSuffix("': missing") == true)
  }
}

/// The batch loss of a run's first step (metrics.jsonl's first training line).
func firstLoss(_ dir: String) throws -> Double? {
  let text = try String(contentsOfFile: dir + "/metrics.jsonl", encoding: .utf8)
  guard let line = text.split(separator: "\n").first(where: { !$0.contains("\"kind\"") }),
    let r = line.range(of: "\"loss\":")
  else { return nil }
  return Double(line[r.upperBound...].prefix { $0 != "," && $0 != "}" })
}
