import Foundation
import Testing

/// `deltac eval` and `deltac run --init-from` with an fla model folder (issue 7).
@Suite(.serialized) struct InitFromCommands {
  /// The interop test model with a one-step parity run and a small evaluation.
  static let spec = InteropScratch.spec.replacingOccurrences(
    of: "task: {kind: parity}\ntrain: {seed: 5}\n",
    with: """
      task: {kind: parity, train_length: 6, test_length: 8}
      train: {seed: 5, steps: 1, batch_size: 8, lr: 1.0e-2}
      eval: {lengths: [6, 8], samples: 8, batch_size: 8}
      compile: {threads: 1}

      """)

  /// A scratch folder with run.yaml, a checkpoint of another seed (init.safetensors) and its
  /// export (fla/).
  static func scratch() throws -> InteropScratch {
    let s = try InteropScratch()
    #expect(spec.contains("steps: 1"))
    try spec.write(toFile: s.path("run.yaml"), atomically: true, encoding: .utf8)
    try s.ok(["init", "run.yaml", "--out", "init.safetensors", "--seed", "6"])
    try s.ok(["export", "run.yaml", "--checkpoint", "init.safetensors", "--to", "fla"])
    return s
  }

  /// The loss of metrics.jsonl's first training line.
  static func firstLoss(_ s: InteropScratch, _ dir: String) throws -> String? {
    let text = try String(contentsOfFile: s.path(dir + "/metrics.jsonl"), encoding: .utf8)
    guard let line = text.split(separator: "\n").first(where: { !$0.contains("\"kind\"") }),
      let r = line.range(of: "\"loss\":")
    else { return nil }
    return String(line[r.upperBound...].prefix { $0 != "," && $0 != "}" })
  }

  /// eval of the exported folder = eval of the checkpoint it came from: every number bit for bit
  /// (the same text), wall times aside.
  @Test func evalOfModelFolderMatchesItsCheckpoint() throws {
    let s = try Self.scratch()
    try s.ok(["eval", "run.yaml", "--checkpoint", "init.safetensors", "--out", "e1", "--quiet"])
    let r = try s.run(["eval", "run.yaml", "--checkpoint", "fla", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("run (fla, model folder):\n"))
    let a = try Self.withoutTimes("e1/eval.json", s)
    #expect(a.contains("\"loss\":") && a.contains("\"prefix_accuracy\":"))
    #expect(try Self.withoutTimes("results/run/eval-fla/eval.json", s) == a)
  }

  /// A results file with its wall times (`"seconds":...`, the one field that may differ) removed.
  static func withoutTimes(_ name: String, _ s: InteropScratch) throws -> String {
    let text = try String(contentsOfFile: s.path(name), encoding: .utf8)
    return text.replacing(/"seconds":[0-9.e+-]+,?/, with: "")
  }

  /// run --init-from the folder or its checkpoint: the same first loss, not the seeded init's;
  /// the checkpoint records init_from.
  @Test func runInitFromStartsFromThoseParameters() throws {
    let s = try Self.scratch()
    try s.ok(["run", "run.yaml", "--init-from", "fla", "--out", "r1", "--quiet"])
    try s.ok(["run", "run.yaml", "--init-from", "init.safetensors", "--out", "r2", "--quiet"])
    try s.ok(["run", "run.yaml", "--out", "r3", "--quiet"])
    let (l1, l2, l3) = (
      try Self.firstLoss(s, "r1"), try Self.firstLoss(s, "r2"), try Self.firstLoss(s, "r3")
    )
    #expect(l1 != nil && l1 == l2)
    #expect(l1 != l3)
    let inspect = try s.run(["inspect", "r1/checkpoints/step-000001.safetensors"])
    #expect(inspect.stdout.contains("metadata init_from = fla\n"))
    #expect(inspect.stdout.contains("metadata adamw_step = 1\n"))
  }

  /// A folder of another model: the config key named, exit 1, for eval and run alike.
  @Test func mismatchedFolderIsExitOne() throws {
    let s = try Self.scratch()
    try Self.spec.replacingOccurrences(of: "head_dim: 4", with: "head_dim: 2")
      .write(toFile: s.path("other.yaml"), atomically: true, encoding: .utf8)
    try s.ok(["init", "other.yaml", "--out", "other.safetensors"])
    try s.ok(["export", "other.yaml", "--checkpoint", "other.safetensors", "--to", "other"])
    let message = "other: error: config.json has head_dim 2, the spec has 4\n"
    let eval = try s.run(["eval", "run.yaml", "--checkpoint", "other", "--quiet"])
    #expect(eval.status == 1)
    #expect(eval.stderr == message)
    let run = try s.run(["run", "run.yaml", "--init-from", "other", "--out", "r", "--quiet"])
    #expect(run.status == 1)
    #expect(run.stderr == message)
    #expect(!s.exists("r/checkpoints"))
  }

  @Test func initFromWithResumeIsUsageError() throws {
    let s = try Self.scratch()
    let r = try s.run(["run", "run.yaml", "--init-from", "fla", "--resume", "--quiet"])
    #expect(r.status == 64)
    #expect(
      r.stderr.contains(
        "--init-from starts a new run; --resume continues one from its checkpoint: give one of them"
      ))
    #expect(!s.exists("results"))
  }

  @Test(arguments: ["run", "eval"])
  func helpMentionsModelFolders(_ command: String) throws {
    let r = try DeltacBinary.run([command, "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains(command == "run" ? "--init-from <path>" : "fla model folder"))
    let wide = r.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
    #expect(wide.isEmpty, "help lines wider than 80 columns: \(wide)")
  }
}
