import DeltaDriver
import DeltaIR
import DeltaPasses
import DeltaSpec
import DeltaTestSupport
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
    var spec = try tinySpec()
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
