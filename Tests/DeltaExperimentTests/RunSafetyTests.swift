import DeltaExperiment
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Foundation
import Testing

/// Issue 17: a run is never lost to a failed write, a second run, a forgotten --resume or a kill.
@Suite(.serialized) struct RunSafetyTests {
  /// A finished run of 4 steps with checkpoints at 2 and 4 in `dir`.
  func trainedRun(_ dir: String, steps: Int = 4, stopAfter: Int? = nil) throws -> Trainer {
    let trainer = try Trainer(
      spec: tinySpec(steps: steps, checkpointEvery: 2),
      options: quietOptions(dir, stopAfter: stopAfter))
    _ = try trainer.run()
    return trainer
  }

  func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  func names(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
  }

  /// Fault injection: a checkpoint write that fails after every possible number of bytes leaves the
  /// folder as it was (no temporary file, the newest checkpoint unchanged and loadable), says why in
  /// words, and the run resumes from it to the same end as an uninterrupted run.
  @Test func checkpointWriteFailingAtEveryOffsetLeavesAResumableFolder() throws {
    let dir = temporaryDirectory("fault-ckpt")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let trainer = try trainedRun(dir, steps: 6, stopAfter: 4)
    let store = trainer.results.checkpoints
    let newest = dir + "/checkpoints/step-000004.safetensors"
    let good = try bytes(newest)
    var state = try CheckpointStore.load(
      path: newest, spec: trainer.spec, programs: trainer.programs, resume: true)
    state.step = 6
    let target = dir + "/checkpoints/step-000006.safetensors"
    // Every offset through the writer itself (the checkpoint's own bytes)...
    for offset in 0..<good.count {
      let failed = FileIO.$failAfterBytes.withValue(offset) { () -> CheckpointError? in
        do { try AtomicFile.write(Array(good), to: target) } catch let error as CheckpointError {
          return error
        } catch { return nil }
        return nil
      }
      guard failed?.message == "no space left on device" else {
        Issue.record("offset \(offset): \(String(describing: failed))")
        break
      }
    }
    #expect(names(dir + "/checkpoints") == ["step-000002.safetensors", "step-000004.safetensors"])
    // ...and every 257th through CheckpointStore.save, which names the file, the cause and the
    // checkpoint left to resume from.
    for offset in stride(from: 0, to: good.count, by: 257) {
      let error = FileIO.$failAfterBytes.withValue(offset) { () -> ExperimentError? in
        do { try store.save(state, spec: trainer.spec, programs: trainer.programs) } catch {
          return error as? ExperimentError
        }
        return nil
      }
      #expect(
        error?.message
          == "could not write checkpoint \(target): no space left on device; the newest checkpoint \(newest) (step 4) is intact (--resume continues from it)"
      )
    }
    #expect(names(dir + "/checkpoints") == ["step-000002.safetensors", "step-000004.safetensors"])
    #expect(try bytes(newest) == good)
    let resumed = try Trainer(
      spec: tinySpec(steps: 6, checkpointEvery: 2), options: quietOptions(dir, resume: true)
    ).run()
    #expect(resumed.steps == 6)
  }

  /// A metrics line that fails after any number of its bytes: metrics.jsonl keeps only whole lines
  /// (as before the write), the error names the file and says "no space left on device".
  @Test func metricsLineFailingAtEveryOffsetKeepsWholeLines() throws {
    let dir = temporaryDirectory("fault-metrics")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let trainer = try trainedRun(dir)
    let path = dir + "/metrics.jsonl"
    let before = try bytes(path)
    let pairs = [("step", "5"), ("loss", "0.123456789"), ("token_accuracy", "0.5")]
    let lineLength = JSONText.object(pairs).utf8.count + 1
    for offset in 0..<lineLength {
      let error = FileIO.$failAfterBytes.withValue(offset) { () -> ExperimentError? in
        do { try trainer.results.appendMetrics(pairs) } catch { return error as? ExperimentError }
        return nil
      }
      #expect(error?.kind == .runtime)
      #expect(
        error?.message
          == "could not write \(path): no space left on device; the newest checkpoint \(dir)/checkpoints/step-000004.safetensors (step 4) is intact (--resume continues from it)"
      )
      #expect(try bytes(path) == before, "offset \(offset)")
    }
    try trainer.results.appendMetrics(pairs)
    #expect(try bytes(path).count == before.count + lineLength)
  }

  /// A second run into a folder that a running run holds refuses with the holder's pid; a lock
  /// file of a dead process is taken over.
  @Test func lockedFolderRefusesAndStaleLockIsTakenOver() throws {
    let dir = temporaryDirectory("lock")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let holder = try ResultsLock(directory: dir)
    let error = #expect(throws: ExperimentError.self) {
      try Trainer(spec: tinySpec(steps: 2), options: quietOptions(dir)).run()
    }
    #expect(error?.kind == .badInput)
    #expect(
      error?.message
        == "\(dir): error: the results folder is in use by another run (process \(getpid()) holds \(dir)/.lock); wait for it to end, or give this run another folder with --out"
    )
    #expect(names(dir) == [".lock"])
    holder.release()
    // A pid that is not running (pid_max is at most 2^22).
    try "4194999\n".write(toFile: dir + "/.lock", atomically: false, encoding: .utf8)
    let lock = try ResultsLock(directory: dir)
    #expect(lock.tookOverFrom == 4_194_999)
    #expect(try String(contentsOfFile: dir + "/.lock", encoding: .utf8) == "\(getpid())\n")
    lock.release()
    _ = try Trainer(spec: tinySpec(steps: 2), options: quietOptions(dir)).run()
    #expect(try String(contentsOfFile: dir + "/.lock", encoding: .utf8) == "")
  }

  /// A fresh run into a folder with an earlier run's checkpoints refuses (nothing changes); with
  /// --overwrite the earlier run is kept aside until the new run's first checkpoint, and comes back
  /// when the new run stops before it.
  @Test func freshRunNeedsOverwriteAndKeepsTheEarlierRunUntilItsFirstCheckpoint() throws {
    let dir = temporaryDirectory("overwrite")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try trainedRun(dir)
    let newest = dir + "/checkpoints/step-000004.safetensors"
    let good = try bytes(newest)
    let spec = try bytes(dir + "/spec.yaml")
    let metrics = try bytes(dir + "/metrics.jsonl")
    let error = #expect(throws: ExperimentError.self) {
      try Trainer(
        spec: tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3), options: quietOptions(dir)
      )
      .run()
    }
    #expect(error?.kind == .badInput)
    #expect(
      error?.message
        == "\(dir): error: the folder holds the checkpoints of an earlier run (newest: step 4, \(newest))\nhint: continue that run with --resume, or replace it with --overwrite (its files are removed once this run writes its first checkpoint), or give this run another folder with --out"
    )
    #expect(try bytes(newest) == good && bytes(dir + "/spec.yaml") == spec)
    #expect(try bytes(dir + "/metrics.jsonl") == metrics)

    // --overwrite, stopped after 1 step (before its first checkpoint): the earlier run is aside...
    var options = quietOptions(dir, stopAfter: 1)
    options.overwrite = true
    _ = try Trainer(spec: tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3), options: options).run()
    #expect(names(dir + "/checkpoints").isEmpty)
    #expect(try bytes(dir + "/.overwritten/checkpoints/step-000004.safetensors") == good)
    // ...and back when the folder is next opened: --resume continues it.
    let resumed = try Trainer(
      spec: tinySpec(steps: 4, checkpointEvery: 2), options: quietOptions(dir, resume: true)
    ).run()
    #expect(resumed.alreadyFinished)
    #expect(try bytes(newest) == good && bytes(dir + "/spec.yaml") == spec)
    #expect(!names(dir).contains(".overwritten"))

    // --overwrite to its first checkpoint: the earlier run's files are gone.
    options.stopAfterSteps = 3
    _ = try Trainer(spec: tinySpec(steps: 4, checkpointEvery: 2, lr: 5e-3), options: options).run()
    #expect(names(dir + "/checkpoints") == ["step-000002.safetensors"])
    #expect(!names(dir).contains(".overwritten"))
    #expect(try bytes(dir + "/spec.yaml") != spec)
  }

  /// --resume of a finished run trains nothing, says so (no NaN loss) and prunes a checkpoint that a
  /// kill between the final checkpoint's rename and the prune left.
  @Test func resumingAFinishedRunTrainsNothingAndPrunes() throws {
    let dir = temporaryDirectory("finished")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try trainedRun(dir)
    let store = CheckpointStore(directory: dir + "/checkpoints")
    // As if killed after the rename of step 4 and before the prune of step 0's neighbour.
    try FileManager.default.copyItem(
      atPath: dir + "/checkpoints/step-000002.safetensors",
      toPath: dir + "/checkpoints/step-000001.safetensors")
    #expect(store.list().map(\.step) == [4, 2, 1])
    let summary = try Trainer(
      spec: tinySpec(steps: 4, checkpointEvery: 2), options: quietOptions(dir, resume: true)
    ).run()
    #expect(summary.alreadyFinished && summary.steps == 4)
    #expect(summary.finalLossText == "no step trained (the run had already finished)")
    #expect(store.list().map(\.step) == [4, 2])
    #expect(summary.evaluation.count == 2)
  }

  /// Temporary files of writers killed mid-write go when the folder is next opened; a running
  /// writer's stay.
  @Test func temporaryFilesOfDeadWritersAreRemoved() throws {
    let dir = temporaryDirectory("temps")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try trainedRun(dir)
    let dead = ".step-000006.safetensors.tmp-4194999-12345"
    let live = ".step-000006.safetensors.tmp-\(getpid())-777"
    for name in [dead, live] {
      try Data([1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/checkpoints/" + name))
    }
    try Data([1]).write(to: URL(fileURLWithPath: dir + "/.metrics.jsonl.tmp-4194999-9"))
    _ = try Trainer(
      spec: tinySpec(steps: 4, checkpointEvery: 2), options: quietOptions(dir, resume: true)
    ).run()
    #expect(
      names(dir + "/checkpoints") == [live, "step-000002.safetensors", "step-000004.safetensors"])
    #expect(!names(dir).contains(".metrics.jsonl.tmp-4194999-9"))
  }

  /// A checkpoint holding NaN is named as such on load (the parameter, count, first index), and a
  /// run that stops with none written says there is none.
  @Test func nanCheckpointIsNamedOnLoad() throws {
    let dir = temporaryDirectory("nanckpt")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let trainer = try trainedRun(dir)
    let path = dir + "/checkpoints/step-000004.safetensors"
    var state = try CheckpointStore.load(
      path: path, spec: trainer.spec, programs: trainer.programs, resume: true)
    state.parameters["lm_head.weight"]?[3] = .nan
    state.step = 8
    try trainer.results.checkpoints.save(state, spec: trainer.spec, programs: trainer.programs)
    let error = #expect(throws: ExperimentError.self) {
      try CheckpointStore.load(
        path: dir + "/checkpoints/step-000008.safetensors", spec: trainer.spec,
        programs: trainer.programs, resume: true)
    }
    #expect(
      error?.message
        == "\(dir)/checkpoints/step-000008.safetensors: error: tensor 'lm_head.weight': 1 non-finite values (first nan at element 3): the checkpoint holds NaN or Inf and cannot be trained or evaluated from"
    )
  }
}
