import Foundation
import Testing

/// A scratch folder with a small spec (n_h 2, forget gate, short conv, output gate) and helpers.
final class InteropScratch {
  let dir: String
  static let spec = """
    model:
      hidden_size: 16
      num_hidden_layers: 2
      num_heads: 2
      head_dim: 4
      expand_v: 2
      num_householder: 2
      allow_neg_eigval: true
      use_forget_gate: true
      use_output_gate: true
      use_short_conv: true
      conv_size: 3
      intermediate_size: 32
      initializer_range: 0.3
      vocab_size: 11
    task: {kind: parity}
    train: {seed: 5}

    """

  init() throws {
    dir =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "deltac-cli-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Self.spec.write(toFile: path("tiny.yaml"), atomically: true, encoding: .utf8)
  }
  deinit { try? FileManager.default.removeItem(atPath: dir) }

  func path(_ name: String) -> String { dir + "/" + name }
  func run(_ args: [String]) throws -> DeltacBinary.Result { try DeltacBinary.run(args, in: dir) }
  func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }
  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  /// A safetensors file with one I64 tensor `input_ids` [rows.count, T].
  func writeTokens(_ name: String, _ rows: [[Int64]], tensor: String = "input_ids") throws {
    let flat = rows.flatMap { $0 }
    let header =
      #"{"\#(tensor)":{"dtype":"I64","shape":[\#(rows.count),\#(rows[0].count)],"data_offsets":[0,\#(flat.count * 8)]}}"#
    var out: [UInt8] = []
    withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { out += $0 }
    out += Array(header.utf8)
    for v in flat { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    try Data(out).write(to: URL(fileURLWithPath: path(name)))
  }

  /// The data section of a safetensors file (everything after the header).
  func dataSection(_ name: String) throws -> [UInt8] {
    let b = try bytes(name)
    let n = b[0..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    return Array(b[(8 + n)...])
  }

  /// Runs a command that must succeed.
  func ok(_ args: [String]) throws {
    let r = try run(args)
    #expect(r.status == 0, "deltac \(args.joined(separator: " ")): \(r.stderr)")
  }
}

@Suite(.serialized) struct InteropCommands {
  /// init -> export -> import -> forward three ways: the parameters and logits are bit for bit the same.
  @Test func exportImportRoundTripIsBitExact() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    try s.ok(["export", "tiny.yaml", "--checkpoint", "init.safetensors", "--to", "fla"])
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: s.path("fla"))) == [
        "config.json", "model.safetensors",
      ])
    try s.ok(["import", "fla", "--spec-out", "back.yaml"])
    #expect(try s.dataSection("back.safetensors") == s.dataSection("init.safetensors"))
    try s.writeTokens("ids.safetensors", [[1, 2, 3, 4, 5, 6, 7], [10, 0, 0, 9, 8, 1, 1]])
    try s.ok([
      "forward", "tiny.yaml", "--checkpoint", "init.safetensors", "--tokens", "ids.safetensors",
      "--out", "a.safetensors",
    ])
    try s.ok(["forward", "fla", "--tokens", "ids.safetensors", "--out", "b.safetensors"])
    try s.ok([
      "forward", "back.yaml", "--checkpoint", "back.safetensors", "--tokens", "ids.safetensors",
      "--out", "c.safetensors",
    ])
    try s.ok([
      "forward", "tiny.yaml", "--checkpoint", "fla", "--tokens", "ids.safetensors", "--out",
      "d.safetensors",
    ])
    let a = try s.bytes("a.safetensors")
    #expect(try s.dataSection("a.safetensors").count == 2 * 7 * 11 * 4)
    for other in ["b", "c", "d"] {
      #expect(try s.bytes("\(other).safetensors") == a, "\(other) differs")
    }
    let inspect = try s.run(["inspect", "a.safetensors"])
    #expect(
      inspect.stdout == """
        name    dtype  shape       bytes
        logits  F32    [2, 7, 11]  616
        metadata format = pt
        1 tensors, 154 elements, 616 bytes

        """)
  }

  @Test func initIsDeterministicAndInspectListsEveryParameter() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "a.safetensors"])
    try s.ok(["init", "tiny.yaml", "--out", "b.safetensors"])
    try s.ok(["init", "tiny.yaml", "--out", "c.safetensors", "--seed", "6"])
    #expect(try s.bytes("a.safetensors") == s.bytes("b.safetensors"))
    #expect(try s.dataSection("a.safetensors") != s.dataSection("c.safetensors"))
    let r = try s.run(["inspect", "a.safetensors"])
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "name                                 dtype  shape       bytes")
    let conv = lines.first { $0.hasPrefix("model.layers.1.attn.k_conv1d.weight ") }
    #expect(
      conv?.split(separator: " ") == [
        "model.layers.1.attn.k_conv1d.weight", "F32", "[16,", "1,", "3]", "192",
      ])
    #expect(lines.contains("metadata seed = 5"))
    #expect(lines.contains("metadata format = deltac-checkpoint-1"))
    #expect(lines.contains("metadata adamw_step = 0"))
    #expect(lines.contains("metadata spec.model.num_householder = 2"))
    #expect(lines.contains("metadata spec.vocab_size = 11"))
    #expect(lines.last?.hasPrefix("39 tensors, ") == true)
  }

  /// A truncated checkpoint: exit 1, the file and tensor named, no output folder.
  @Test func exportOfTruncatedCheckpointWritesNothing() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    let full = try s.bytes("init.safetensors")
    try Data(full.dropLast(3)).write(to: URL(fileURLWithPath: s.path("cut.safetensors")))
    let r = try s.run(["export", "tiny.yaml", "--checkpoint", "cut.safetensors", "--to", "fla"])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr.hasPrefix("cut.safetensors: error: tensor 'model.norm.weight': data_offsets ["))
    #expect(
      r.stderr.hasSuffix(
        "run past the end of the data (\(s.dataSectionCount(full) - 3) bytes); truncated file?\n"))
    #expect(!s.exists("fla"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: s.dir).sorted() == [
        "cut.safetensors", "init.safetensors", "tiny.yaml",
      ])
  }

  /// A checkpoint of another model: the tensor and both shapes named; an existing folder untouched.
  @Test func exportWithCheckpointOfAnotherSpec() throws {
    let s = try InteropScratch()
    try InteropScratch.spec.replacingOccurrences(of: "head_dim: 4", with: "head_dim: 2")
      .write(toFile: s.path("other.yaml"), atomically: true, encoding: .utf8)
    try s.ok(["init", "other.yaml", "--out", "other.safetensors"])
    try FileManager.default.createDirectory(
      atPath: s.path("fla"), withIntermediateDirectories: true)
    try "keep".write(toFile: s.path("fla/config.json"), atomically: true, encoding: .utf8)
    let r = try s.run(["export", "tiny.yaml", "--checkpoint", "other.safetensors", "--to", "fla"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "other.safetensors: error: tensor 'model.layers.0.attn.q_proj.weight': shape [4, 16], expected [8, 16]\n"
    )
    #expect(try String(contentsOfFile: s.path("fla/config.json"), encoding: .utf8) == "keep")
    #expect(try FileManager.default.contentsOfDirectory(atPath: s.path("fla")) == ["config.json"])
  }

  @Test func forwardErrors() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    try s.writeTokens("ids.safetensors", [[1, 2]], tensor: "ids")
    let missing = try s.run([
      "forward", "tiny.yaml", "--checkpoint", "init.safetensors", "--tokens", "ids.safetensors",
      "--out", "o.safetensors",
    ])
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "ids.safetensors: error: tensor 'input_ids': not in the file (expected I32/I64 [B, T])\n"
    )
    try s.writeTokens("big.safetensors", [[1, 11]])
    let big = try s.run([
      "forward", "tiny.yaml", "--checkpoint", "init.safetensors", "--tokens", "big.safetensors",
      "--out", "o.safetensors",
    ])
    #expect(big.status == 1)
    #expect(
      big.stderr
        == "big.safetensors: error: tensor 'input_ids': element 1 = 11 is outside the vocabulary 0..<11\n"
    )
    #expect(!s.exists("o.safetensors"))
    let noCheckpoint = try s.run([
      "forward", "tiny.yaml", "--tokens", "big.safetensors", "--out", "o.safetensors",
    ])
    #expect(noCheckpoint.status != 0)
    #expect(
      noCheckpoint.stderr.contains(
        "tiny.yaml is not a model folder: give a spec with --checkpoint PATH"))
  }

  @Test func importWithTaskFromAnotherSpec() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    try s.ok(["export", "tiny.yaml", "--checkpoint", "init.safetensors", "--to", "fla"])
    try s.ok([
      "import", "fla", "--spec-out", "again.yaml", "--checkpoint-out", "again.ckpt", "--task-from",
      "tiny.yaml",
    ])
    let text = try String(contentsOfFile: s.path("again.yaml"), encoding: .utf8)
    #expect(text.contains("  seed: 5\n"))
    #expect(text.contains("  num_householder: 2\n"))
    #expect(try s.dataSection("again.ckpt") == s.dataSection("init.safetensors"))
    let check = try s.run(["check", "again.yaml"])
    #expect(check.status == 0, "\(check.stderr)")
  }

  /// analyze of an fla model folder equals analyze of the checkpoint it was exported from (two
  /// layers, gate, conv, n_h 2); both write the JSON, the text and the plots.
  @Test func analyzeOfAModelFolderEqualsItsCheckpoint() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    try s.ok(["export", "tiny.yaml", "--checkpoint", "init.safetensors", "--to", "fla"])
    let common = ["--length", "20", "--samples", "6", "--quiet"]
    try s.ok(["analyze", "tiny.yaml", "--checkpoint", "init.safetensors", "--out", "a"] + common)
    try s.ok(["analyze", "tiny.yaml", "--checkpoint", "fla", "--out", "b"] + common)
    func json(_ dir: String) throws -> NSDictionary {
      let data = try Data(contentsOf: URL(fileURLWithPath: s.path(dir + "/analysis.json")))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      return object.filter { $0.key != "source" } as NSDictionary
    }
    let (a, b) = (try json("a"), try json("b"))
    #expect(a == b)
    #expect((a["layers"] as? [Any])?.count == 2)
    for name in ["analysis.txt", "beta-l1.svg", "angles-l0.svg", "pca-l0.svg", "rank-l1.svg"] {
      #expect(s.exists("a/" + name), "\(name)")
    }
  }

  /// Long sequences run in segments with the state carried: the same analysis (up to fp32 summation
  /// order) as one segment, with the states sampled across segment boundaries.
  @Test func analyzeInSegmentsEqualsOneSegment() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    let common = [
      "--checkpoint", "init.safetensors", "--length", "100", "--samples", "3", "--quiet",
    ]
    try s.ok(["analyze", "tiny.yaml", "--out", "one"] + common)
    try s.ok(["analyze", "tiny.yaml", "--out", "many", "--segment-length", "10"] + common)
    func heads(_ dir: String) throws -> [[String: Any]] {
      let data = try Data(contentsOf: URL(fileURLWithPath: s.path(dir + "/analysis.json")))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let layers = try #require(object["layers"] as? [[String: Any]])
      return layers.flatMap { ($0["heads"] as? [[String: Any]]) ?? [] }
    }
    let (one, many) = (try heads("one"), try heads("many"))
    #expect(one.count == 4 && many.count == 4)
    for (a, b) in zip(one, many) {
      let (ra, rb) = (
        (a["effective_rank"] as! [String: Any])["mean"] as! [Double],
        (b["effective_rank"] as! [String: Any])["mean"] as! [Double]
      )
      #expect(ra.count == rb.count && ra.count > 10)
      for (x, y) in zip(ra, rb) { #expect(abs(x - y) <= 1e-4 * max(1, abs(x)), "\(ra) vs \(rb)") }
      let (ga, gb) = (
        (a["gate"] as! [String: Any])["mean_decay"] as! [Double],
        (b["gate"] as! [String: Any])["mean_decay"] as! [Double]
      )
      for (x, y) in zip(ga, gb) { #expect(abs(x - y) <= 1e-5) }
      let (ba, bb) = (
        (a["beta"] as! [String: Any])["mean"] as! Double,
        (b["beta"] as! [String: Any])["mean"] as! Double
      )
      #expect(abs(ba - bb) <= 1e-5)
    }
  }

  @Test func analyzeBadInput() throws {
    let s = try InteropScratch()
    let missing = try s.run(["analyze", "tiny.yaml", "--checkpoint", "nope.safetensors"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nope.safetensors: error: no such file"), "\(missing.stderr)")
    let zero = try s.run(["analyze", "tiny.yaml", "--checkpoint", "x", "--samples", "0"])
    #expect(zero.status != 0 && zero.stderr.contains("--samples must be positive, got 0"))
  }

  @Test(arguments: ["init", "export", "import", "inspect", "forward"])
  func helpFitsIn80Columns(_ command: String) throws {
    let r = try DeltacBinary.run([command, "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Examples:"))
    let wide = r.stdout.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "help lines wider than 80 columns: \(wide)")
  }
}

extension InteropScratch {
  func dataSectionCount(_ b: [UInt8]) -> Int {
    let n = b[0..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    return b.count - 8 - n
  }
}
