import Foundation
import Testing

/// `deltac bench train` on a tiny spec, one round: the harness, not the timings.
@Suite(.serialized) struct BenchTrainCommand {
  static let spec = """
    model:
      hidden_size: 16
      num_hidden_layers: 1
      num_heads: 2
      head_dim: 8
      num_householder: 2
      allow_neg_eigval: true
      use_short_conv: false
      use_output_gate: false
      intermediate_size: 32
      vocab_size: 20
    task:
      kind: word_problem
      group: S3
      train_length: 12
      test_length: 12
    train:
      steps: 1
      batch_size: 4
      lr: 1.0e-3
      weight_decay: 0.01
    compile:
      threads: 2
    """

  func scratch() throws -> String {
    let dir = NSTemporaryDirectory() + "deltac-bench-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Self.spec.write(toFile: dir + "/mini.yaml", atomically: true, encoding: .utf8)
    return dir
  }

  /// A Python that is not there: every peer is skipped with the reason, deltac is still measured,
  /// and the JSON report holds the same.
  @Test func missingPythonSkipsEveryPeerAndSaysWhy() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try DeltacBinary.run([
      "bench", "train", "--configs", dir + "/mini.yaml", "--warmup", "0", "--rounds", "1",
      "--no-inference", "--python", "/nonexistent/python", "--peers", "torch-eager,jax-scan",
      "--json", dir + "/out.json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let why =
      "no Python at /nonexistent/python (scripts/install-peers.sh installs torch, jax and optax"
    #expect(r.stdout.contains("| | | | torch-eager: skipped | \(why)"))
    #expect(r.stdout.contains("| | | | jax-scan: skipped |"))
    #expect(r.stdout.contains("| mini | 4 x 12 | "))
    #expect(r.stderr.contains("torch-eager: skipped: \(why)"))
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: dir + "/out.json"))) as? [String: Any]
    let results = try #require(json?["results"] as? [[String: Any]])
    #expect((results.first?["skipped"] as? [[String: Any]])?.count == 2)
    #expect((results.first?["peers"] as? [Any])?.isEmpty == true)
    #expect(json?["complete"] as? Bool == true)
    // --table-from prints the same table from the JSON alone.
    let again = try DeltacBinary.run(["bench", "train", "--table-from", dir + "/out.json"])
    #expect(again.status == 0 && again.stdout == r.stdout, "\(again.stdout)\n\(again.stderr)")
    let bad = try DeltacBinary.run(["bench", "train", "--table-from", dir + "/mini.yaml"])
    #expect(bad.status != 0)
    #expect(
      bad.stderr.contains(
        "Error: --table-from: \(dir)/mini.yaml is not a `deltac bench train` JSON report"),
      "\(bad.stderr)")
  }

  /// The installed peers build the same model: deltac admits a peer only when its parameter count
  /// and its loss at deltac's initial weights on the same batch match (relative 1e-4).
  @Test(.enabled(if: TorchPeer.available, "PyTorch is not installed (scripts/install-peers.sh)"))
  func torchPeerIsTheSameModel() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try DeltacBinary.run([
      "bench", "train", "--configs", dir + "/mini.yaml", "--warmup", "0", "--rounds", "1",
      "--no-inference", "--python", TorchPeer.python, "--peers", "torch-eager",
      "--json", dir + "/out.json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("| | | | torch-eager "), "\(r.stdout)\n\(r.stderr)")
    #expect(!r.stdout.contains("skipped"), "\(r.stdout)")
  }

  /// A misspelt peer is an error naming the known ones, before anything runs.
  @Test func unknownPeerIsAnError() throws {
    let r = try DeltacBinary.run(["bench", "train", "--peers", "torch-eager,torch-eagr"])
    #expect(r.status != 0)
    #expect(
      r.stderr.contains(
        "Error: --peers: unknown peer 'torch-eagr'; expected a comma-separated list of torch-eager, "
          + "torch-compile, jax-scan, jax-chunked, or none"), "\(r.stderr)")
  }

  /// `deltac bench inference`: one pass carries nothing; in segments it carries the recurrent state
  /// (1 layer, 2 heads of Dk 8 x Dv 16 (expand_v 2, fla's default): 256 floats) whatever the
  /// length, and reports its memory.
  @Test func inferenceMeasuresOnePassAndSegments() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    func measure(_ extra: [String]) throws -> [String: Any] {
      let r = try DeltacBinary.run(
        ["bench", "inference", dir + "/mini.yaml", "--json"] + extra)
      #expect(r.status == 0, "\(r.stderr)")
      let line = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
      return try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(r.stdout)")
    }
    let pass = try measure(["--length", "24"])
    #expect(pass["mode"] as? String == "forward T=24")
    #expect(pass["tokens"] as? Int == 24)
    #expect(pass["carriedFloats"] == nil)
    #expect((pass["milliseconds"] as? Double ?? 0) > 0)
    #expect((pass["cpuMilliseconds"] as? Double ?? -1) >= 0)
    #expect((pass["peakRSSMB"] as? Double ?? 0) > 1)
    #expect((pass["setupRSSMB"] as? Double ?? 0) > 1)
    for length in [24, 240] {
      let seg = try measure(["--length", "\(length)", "--segment", "5", "--repeats", "2"])
      #expect(seg["mode"] as? String == "segments of 5 to T=\(length)")
      #expect(seg["carriedFloats"] as? Int == 256)
    }
    let bad = try DeltacBinary.run(
      ["bench", "inference", dir + "/mini.yaml", "--length", "24", "--segment", "0"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("Error: --segment must be at least 1, got 0"), "\(bad.stderr)")
  }
}
