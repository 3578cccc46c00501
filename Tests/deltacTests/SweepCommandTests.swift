import Foundation
import Testing

/// `deltac sweep` end to end without MPI (issue 8): runs, skip, resume, summary.
@Suite(.serialized) struct SweepCommand {
  static let spec = """
    model: {hidden_size: 16, num_hidden_layers: 1, num_heads: 2, head_dim: 8, intermediate_size: 32}
    task: {kind: word_problem, group: S3, train_length: 8, test_length: 12, test_samples: 8}
    train: {steps: 3, batch_size: 8, lr: 1.0e-2, checkpoint_every: 2}
    eval: {lengths: [8, 12], samples: 8, batch_size: 8}
    compile: {threads: 1}
    sweep:
      model.num_householder: [1, 2]
    seeds: [1, 2]

    """

  static func scratch() throws -> InteropScratch {
    let s = try InteropScratch()
    try spec.write(toFile: s.path("grid.yaml"), atomically: true, encoding: .utf8)
    return s
  }

  /// Two at a time as child processes; every run's folder and the summary; a second sweep skips
  /// all four; a run without its final evaluation is resumed and re-evaluated.
  @Test func runsSkipsAndResumes() throws {
    let s = try Self.scratch()
    let first = try s.run(["sweep", "grid.yaml", "--out", "sw", "--jobs", "2", "--quiet"])
    #expect(first.status == 0, "\(first.stderr)")
    for dir in ["nh1/seed-1", "nh1/seed-2", "nh2/seed-1", "nh2/seed-2"] {
      #expect(s.exists("sw/\(dir)/eval.json"), "\(dir)")
      #expect(s.exists("sw/\(dir)/checkpoints/step-000003.safetensors"), "\(dir)")
    }
    for file in ["summary.csv", "summary.md", "accuracy.svg"] { #expect(s.exists("sw/" + file)) }
    #expect(first.stdout == (try String(contentsOfFile: s.path("sw/summary.md"), encoding: .utf8)))
    #expect(
      first.stdout.contains("| nh1 | 8 (train) | 2 |") && first.stdout.contains("| nh2 | 12 | 2 |"))
    #expect(!first.stdout.contains("not finished"))

    let again = try s.run(["sweep", "grid.yaml", "--out", "sw"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.components(separatedBy: ": finished, skipped\n").count == 5)

    let evalJSON = try s.bytes("sw/nh2/seed-1/eval.json")
    try FileManager.default.removeItem(atPath: s.path("sw/nh2/seed-1/eval.json"))
    let list = try s.run(["sweep", "grid.yaml", "--out", "sw", "--list"])
    #expect(list.stdout.contains("| 2 | nh2 | 1 | interrupted | sw/nh2/seed-1 |"), "\(list.stdout)")
    let resumed = try s.run(["sweep", "grid.yaml", "--out", "sw"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stderr.contains("sweep: [3/4] nh2 seed 1: resuming in sw/nh2/seed-1\n"))
    #expect(resumed.stderr.components(separatedBy: ": finished, skipped\n").count == 4)
    let withoutTimes = { (b: [UInt8]) in
      String(decoding: b, as: UTF8.self).replacing(/"seconds":[0-9.e+-]+,?/, with: "")
    }
    #expect(withoutTimes(try s.bytes("sw/nh2/seed-1/eval.json")) == withoutTimes(evalJSON))
  }

  @Test func runIndexOutOfRangeIsAnError() throws {
    let s = try Self.scratch()
    let r = try s.run(["sweep", "grid.yaml", "--run", "4", "--quiet"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "error: --run 4 is outside the sweep's 4 runs (0...3); deltac sweep grid.yaml --list shows them\n"
    )
  }
}
