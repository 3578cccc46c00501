import DeltaDriver
import DeltaIR
import DeltaPasses
import DeltaSpec
import Foundation
import Testing

// compile.chunk_size: autotune end to end: the real kernels of every candidate are measured once, the
// figures land in <kernel cache>/chunk-tuning, the IR says "measured", and a second compile reads the
// file ("cached") and picks the same chunk.

@Suite struct ChunkTunerTests {
  @Test func autotuneMeasuresThenReadsTheCache() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("deltac-tune-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    var spec = try SpecLoader.parse(yaml: tinyYAML, file: "tiny.yaml").spec
    spec.compile.chunkSize = .autotune
    spec.compile.kernelCacheDir = dir.path
    spec.compile.threads = 1
    func decision() throws -> DeltaProductParams {
      let g = try Driver.graph(spec, for: .training)
      let ps = g.nodes.compactMap { n -> DeltaProductParams? in
        if case .deltaProduct(let p) = n.op { return p } else { return nil }
      }
      return try #require(ps.first)
    }
    let first = try decision()
    let reason = try #require(first.chunkReason)
    #expect(reason.hasPrefix("measured: ") && reason.hasSuffix("on 1 thread"), "\(reason)")
    let files = try FileManager.default.contentsOfDirectory(
      atPath: dir.appendingPathComponent("chunk-tuning").path)
    try #require(files.count == 1)
    #expect(files[0].hasPrefix("h2_k8_v16_nogate_B16_T8_H2_fwdbwd_t1-"), "\(files)")
    // T = 8: chunk 1, r8 and 8 are the candidates, one line each.
    let text = try String(
      contentsOf: dir.appendingPathComponent("chunk-tuning/" + files[0]), encoding: .utf8)
    #expect(text.split(separator: "\n").map { $0.split(separator: " ")[0] } == ["1", "r8", "8"])
    let second = try decision()
    #expect(second.chunk == first.chunk)
    #expect(second.chunkReason == reason + ", cached")
  }
}

/// A tiny word-problem spec (S3, D 16, 2 heads of 8, n_h 2, T 8): a recurrence runs in microseconds.
let tinyYAML = """
  model:
    hidden_size: 16
    num_hidden_layers: 1
    num_heads: 2
    head_dim: 8
    num_householder: 2
    allow_neg_eigval: true
    intermediate_size: 32
    vocab_size: auto
  task:
    kind: word_problem
    group: S3
    train_length: 8
    test_length: 12
    test_samples: 16
  train:
    steps: 6
    batch_size: 16
  """
