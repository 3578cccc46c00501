import Foundation
import Testing

/// The optional reader: the tensorboard Python package in the peers' Python (DELTAC_PYTHON, or
/// .venv-peers/ from scripts/install-peers.sh).
enum TensorBoardPeer {
  static let available: Bool = {
    guard FileManager.default.isExecutableFile(atPath: TorchPeer.python) else { return false }
    return (try? TorchPeer.run([TorchPeer.python, "-c", "import tensorboard"]).status) == 0
  }()
}

/// A sweep's event files as tensorboard's own readers see them (scripts/tensorboard_events.py: its
/// TFRecord reader with the CRC checks, the multiplexer behind `tensorboard --logdir`, the scalars
/// and text plugins): one run per variant, the expected tags, the numbers of metrics.jsonl and
/// eval.csv, the spec.
@Suite(
  .serialized,
  .enabled(
    if: TensorBoardPeer.available,
    "tensorboard is not installed (scripts/install-peers.sh, or DELTAC_PYTHON=python-with-tensorboard)"
  ))
struct TensorBoardReadBack {
  struct Seen: Decodable {
    struct Run: Decodable {
      var scalars: [String: [[Double]]]
      var text: [String: [String]]
    }
    var files: [String: Int]
    var runs: [String: Run]
  }

  @Test func tensorboardSeesEachRunOfASweep() throws {
    let s = try TinySweep.trained()
    let script = DeltacBinary.repoRoot + "/scripts/tensorboard_events.py"
    let read = try TorchPeer.run([TorchPeer.python, script, s.path("sw"), s.path("seen.json")])
    try #require(read.status == 0, "\(read.output)")
    let seen = try JSONDecoder().decode(
      Seen.self, from: Data(contentsOf: URL(fileURLWithPath: s.path("seen.json"))))
    #expect(seen.runs.keys.sorted() == TinySweep.runs)
    // One file per run, every record read: version, spec, 3 steps, the test split, the final eval.
    #expect(seen.files.keys.map { String($0.prefix(10)) }.sorted() == TinySweep.runs)
    #expect(seen.files.values.allSatisfy { $0 == 7 }, "\(seen.files)")

    let train = ["loss", "token_accuracy", "sequence_accuracy", "lr", "grad_norm", "ms"]
    let metrics = ["sequence_accuracy", "token_accuracy", "loss"]
    let expected = Set(
      (train + ["tokens_per_s"]).map { "train/" + $0 } + metrics.map { "test/\($0)@12" }
        + metrics.flatMap { m in [8, 12].map { "eval/\(m)@\($0)" } })
    for run in TinySweep.runs {
      let got = try #require(seen.runs[run])
      #expect(Set(got.scalars.keys) == expected, "\(run): \(got.scalars.keys.sorted())")
      let lines = try String(contentsOfFile: s.path("sw/\(run)/metrics.jsonl"), encoding: .utf8)
        .split(separator: "\n").filter { !$0.contains("\"kind\"") }
        .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Double] }
      for name in train {
        let points = try #require(got.scalars["train/" + name])
        #expect(points.map { $0[0] } == [1, 2, 3], "\(run) \(name)")
        #expect(points.map { Float($0[1]) } == lines.map { Float($0[name]!) }, "\(run) \(name)")
      }
      #expect(got.scalars["test/loss@12"]?.map { $0[0] } == [2])
      // eval.csv: length,samples,sequence_accuracy,token_accuracy,loss,...
      let csv = try String(contentsOfFile: s.path("sw/\(run)/eval.csv"), encoding: .utf8)
      for row in csv.split(separator: "\n").dropFirst() {
        let f = row.split(separator: ",")
        for (i, m) in metrics.enumerated() {
          let points = got.scalars["eval/\(m)@\(f[0])"]
          #expect(points?.map { $0[0] } == [3])
          #expect(points?.map { Float($0[1]) } == [Float(Double(f[2 + i])!)], "\(run) \(m)@\(f[0])")
        }
      }
      let yaml = try String(contentsOfFile: s.path("sw/\(run)/spec.yaml"), encoding: .utf8)
      #expect(got.text["spec"] == ["```yaml\n" + yaml + "```\n"])
    }
  }
}
