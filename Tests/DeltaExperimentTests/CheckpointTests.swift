import DeltaExperiment
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

@Suite(.serialized) struct CheckpointTests {
  /// A run with checkpoints at steps 2 and 4 in `dir`.
  func trainedRun(_ dir: String) throws -> Trainer {
    let spec = try tinySpec(steps: 4, checkpointEvery: 2)
    let trainer = try Trainer(spec: spec, options: quietOptions(dir))
    _ = try trainer.run()
    return trainer
  }

  func resumeError(_ dir: String, spec: Spec? = nil) throws -> String {
    let spec = try spec ?? tinySpec(steps: 6, checkpointEvery: 2)
    do {
      _ = try Trainer(spec: spec, options: quietOptions(dir, resume: true)).run()
      return ""
    } catch let error as ExperimentError {
      return error.message
    }
  }

  @Test func truncatedCheckpointNamesFileAndPreviousOne() throws {
    let dir = temporaryDirectory("trunc")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try trainedRun(dir)
    let newest = dir + "/checkpoints/step-000004.safetensors"
    let bytes = try Data(contentsOf: URL(fileURLWithPath: newest))
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: newest))
    let message = try resumeError(dir, spec: tinySpec(steps: 4, checkpointEvery: 2))
    #expect(message.contains("step-000004.safetensors"), "\(message)")
    #expect(message.contains("truncated"), "\(message)")
    #expect(message.contains("step-000002.safetensors (step 2) may be intact"), "\(message)")
  }

  @Test func garbageAndForeignFiles() throws {
    let dir = temporaryDirectory("garbage")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let trainer = try trainedRun(dir)
    let path = dir + "/garbage.safetensors"
    try Data("not a checkpoint at all".utf8).write(to: URL(fileURLWithPath: path))
    let garbage = #expect(throws: ExperimentError.self) {
      try CheckpointStore.load(
        path: path, spec: trainer.spec, programs: trainer.programs, resume: false)
    }
    #expect(
      garbage?.message.contains("garbage.safetensors") == true, "\(String(describing: garbage))")
    let foreign = dir + "/foreign.safetensors"
    try SafeTensorsWriter.write([NamedTensor(name: "x", shape: [1], floats: [1])], to: foreign)
    let other = #expect(throws: ExperimentError.self) {
      try CheckpointStore.load(
        path: foreign, spec: trainer.spec, programs: trainer.programs, resume: false)
    }
    #expect(other?.message.contains("no deltac metadata") == true, "\(String(describing: other))")
  }

  @Test func mismatchedSpecListsTheDifferences() throws {
    let dir = temporaryDirectory("mismatch")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try trainedRun(dir)
    let message = try resumeError(dir, spec: tinySpec(steps: 4, checkpointEvery: 2, hiddenSize: 24))
    #expect(message.contains("model.hidden_size: checkpoint 16, spec 24"), "\(message)")
    let lr = try resumeError(dir, spec: tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3))
    #expect(lr.contains("train.lr"), "\(lr)")
  }

  /// A write that fails (the target name is taken by a folder) throws and leaves the previous
  /// checkpoint as it was.
  @Test func failedWriteKeepsLastGoodCheckpoint() throws {
    let dir = temporaryDirectory("failwrite")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let trainer = try trainedRun(dir)
    let store = CheckpointStore(directory: dir + "/checkpoints")
    let good = try Data(
      contentsOf: URL(fileURLWithPath: dir + "/checkpoints/step-000004.safetensors"))
    try FileManager.default.createDirectory(
      atPath: dir + "/checkpoints/step-000006.safetensors", withIntermediateDirectories: true)
    var state = try CheckpointStore.load(
      path: dir + "/checkpoints/step-000004.safetensors", spec: trainer.spec,
      programs: trainer.programs, resume: true)
    state.step = 6
    #expect(throws: ExperimentError.self) {
      try store.save(state, spec: trainer.spec, programs: trainer.programs)
    }
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: dir + "/checkpoints/step-000004.safetensors"))
        == good)
    #expect(store.list().map(\.step).contains(4))
  }
}
