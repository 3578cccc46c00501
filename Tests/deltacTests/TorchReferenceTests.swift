import Foundation
import Testing

/// The optional peer: a Python with torch (DELTAC_PYTHON, or .venv-peers/ from
/// scripts/install-peers.sh).
enum TorchPeer {
  static let python: String =
    ProcessInfo.processInfo.environment["DELTAC_PYTHON"] ?? DeltacBinary.repoRoot
    + "/.venv-peers/bin/python"

  static let available: Bool = {
    guard FileManager.default.isExecutableFile(atPath: python) else { return false }
    return (try? run([python, "-c", "import torch, numpy"]).status) == 0
  }()

  static func run(_ command: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The one tensor `name` of a trusted safetensors file (F32 or F64) as Doubles.
  static func tensor(_ path: String, _ name: String) throws -> [Double] {
    let b = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let n = b[0..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(b[8..<(8 + n)])) as? [String: Any])
    let entry = try #require(header[name] as? [String: Any])
    let offsets = try #require(entry["data_offsets"] as? [Int])
    let data = Array(b[(8 + n + offsets[0])..<(8 + n + offsets[1])])
    if entry["dtype"] as? String == "F64" {
      return stride(from: 0, to: data.count, by: 8).map { i in
        Double(bitPattern: data[i..<(i + 8)].reversed().reduce(0) { $0 << 8 | UInt64($1) })
      }
    }
    return stride(from: 0, to: data.count, by: 4).map { i in
      Double(Float(bitPattern: data[i..<(i + 4)].reversed().reduce(0) { $0 << 8 | UInt32($1) }))
    }
  }
}

/// deltac's logits against the same model built in plain PyTorch from reference sections 1-2
/// (scripts/torch_reference.py: random weights, fla's layout, logits in float64).
@Suite(
  .serialized,
  .enabled(
    if: TorchPeer.available,
    "PyTorch is not installed (scripts/install-peers.sh, or DELTAC_PYTHON=python-with-torch)"))
struct TorchReference {
  @Test(arguments: [
    ("nh1", "fused"), ("nh3-gated-conv", "fused"), ("output-gate", "fused"),
    ("nh3-gated-conv", "per-step"), ("output-gate", "per-step"),
  ])
  func logitsMatchPyTorch(_ variant: String, _ layout: String) throws {
    let s = try InteropScratch()
    let script = DeltacBinary.repoRoot + "/scripts/torch_reference.py"
    let made = try TorchPeer.run([
      TorchPeer.python, script, "--variant", variant, "--layout", layout, "--out", s.dir,
    ])
    try #require(made.status == 0, "\(made.output)")
    try s.ok(["forward", "model", "--tokens", "tokens.safetensors", "--out", "got.safetensors"])
    let got = try TorchPeer.tensor(s.path("got.safetensors"), "logits")
    let expected = try TorchPeer.tensor(s.path("expected.safetensors"), "logits")
    try #require(got.count == expected.count && !got.isEmpty)
    let maxAbs = zip(got, expected).map { abs($0 - $1) }.max() ?? .nan
    print(
      "torch reference \(variant) (\(layout)): max |logit difference| = \(maxAbs) over \(got.count) logits"
    )
    #expect(maxAbs < 1e-4)
  }
}
