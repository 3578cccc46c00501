import DeltaCodegen
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

@Suite struct KernelCacheTests {
  static let spec = DeltaKernelSpec(keyDim: 8, valueDim: 16, householder: 2, chunk: 16, gated: true)

  static func temporaryDirectory() -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltac-cache-test-\(UUID())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs the forward of `spec` with kernels from `cache` and checks it against the fp64 reference.
  static func forwardWorks(_ cache: KernelCache) throws {
    let c = KernelCase(
      householder: 2, keyDim: 8, valueDim: 16, chunk: 16, gated: true, betaMax: 2, length: 40)
    let runner = try DeltaProductKernels(spec: spec, threads: 1, cache: cache)
    let x = KernelInputs(c, seed: 3)
    let fwd = runner.forward(x.f, dims: c.dims)
    let ref = DeltaProductReference.forward(x.d, dims: c.dims)
    let cmp = compare("o", fwd.output, ref.output)
    #expect(cmp.maxRel <= relativeTolerance, "\(cmp)")
  }

  /// Each cache gets its own LLJIT, so a disk hit really links the stored object code.
  static func freshCache(_ dir: URL) throws -> KernelCache {
    KernelCache(directory: dir, session: try JITSession())
  }

  @Test func warmDiskCacheLoadsObjectCode() throws {
    let dir = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cold = try Self.freshCache(dir)
    try Self.forwardWorks(cold)
    #expect(cold.stats.compiles == 3 && cold.stats.diskHits == 0)
    let warm = try Self.freshCache(dir)
    try Self.forwardWorks(warm)
    #expect(warm.stats.compiles == 0 && warm.stats.diskHits == 3 && warm.stats.rejected == 0)
    _ = try DeltaKernels(spec: Self.spec, cache: warm)
    #expect(warm.stats.memoryHits == 3)
  }

  /// A cache directory filled once (cold compile), copied by the tests that damage it.
  static let prebuilt: URL = {
    let dir = temporaryDirectory()
    try! forwardWorks(try! freshCache(dir))
    return dir
  }()

  /// Garbage, a truncated entry and an entry written for another key are all rejected and rebuilt.
  @Test(arguments: ["garbage", "truncated", "foreign", "empty"])
  func damagedEntriesAreRebuilt(_ damage: String) throws {
    let dir = Self.temporaryDirectory()
    try FileManager.default.removeItem(at: dir)
    try FileManager.default.copyItem(at: Self.prebuilt, to: dir)
    defer { try? FileManager.default.removeItem(at: dir) }
    let forward = Self.spec.kernels.forward
    let url = try #require(try KernelCache(directory: dir).entryURL(for: forward))
    var bytes = [UInt8](try Data(contentsOf: url))
    switch damage {
    case "garbage": bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
    case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
    case "foreign":
      let text = String(decoding: bytes, as: UTF8.self)
      bytes = Array(text.replacingOccurrences(of: "llvm 19.", with: "llvm 18.").utf8)
    default: bytes = []
    }
    try Data(bytes).write(to: url)
    let cache = try Self.freshCache(dir)
    try Self.forwardWorks(cache)
    #expect(cache.stats.rejected == 1 && cache.stats.compiles == 1 && cache.stats.diskHits == 2)
    // The rebuilt entry is good again.
    let again = try Self.freshCache(dir)
    try Self.forwardWorks(again)
    #expect(again.stats.diskHits == 3 && again.stats.rejected == 0)
  }

  /// Two kernels under one name: the second is refused with the name, where linking it would have
  /// run the first one's code for it.
  @Test func aNameForTwoKernelsIsAnError() throws {
    func kernel(storing value: Float) -> Kernel {
      let kb = KernelBuilder()
      kb.store("out", 0, .const(value, width: 1))
      return Kernel(name: "same_name", params: [Param("out", .ptr)], body: kb.statements)
    }
    let cache = KernelCache(directory: nil, session: try JITSession())
    _ = try cache.address(of: kernel(storing: 1))
    _ = try cache.address(of: kernel(storing: 1))
    #expect(cache.stats.compiles == 1 && cache.stats.memoryHits == 1)
    #expect {
      _ = try cache.address(of: kernel(storing: 2))
    } throws: { error in
      "\(error)"
        == "[codegen same_name] this name already names another kernel in this JIT (a kernel's name"
        + " must encode everything its code depends on)"
    }
  }

  /// Object code that is not an object file is an error from the JIT, not a crash.
  @Test func garbageObjectIsAnError() throws {
    #expect(throws: CodegenError.self) {
      _ = try JITSession().addObject(
        Array(repeating: 0x5a, count: 512), symbols: ["nothing"], kernel: "junk")
    }
  }
}

@Suite struct StepKernelTests {
  /// Running the inference step token by token gives the forward's outputs and final state.
  @Test(arguments: [
    KernelCase(
      householder: 3, keyDim: 16, valueDim: 8, chunk: 1, gated: true, betaMax: 2, length: 63),
    KernelCase(
      householder: 1, keyDim: 8, valueDim: 24, chunk: 1, gated: false, betaMax: 1, length: 63),
  ])
  func stepByStepEqualsForward(_ c: KernelCase) throws {
    let runner = try DeltaProductKernels(spec: c.spec, threads: 2, cache: testCache)
    let x = KernelInputs(c, seed: 11)
    let d = c.dims
    let (B, H, K, V, n) = (d.batch, d.heads, d.keyDim, d.valueDim, d.householder)
    var state = x.f.initialState!
    var outputs = [Float](repeating: 0, count: d.outputCount)
    // Slices of token t in the fla layouts, batch by batch.
    func slice(_ a: [Float], rows: Int, width: Int, t: Int) -> [Float] {
      var out: [Float] = []
      for b in 0..<B {
        let start = (b * d.length * rows + t * rows) * width
        out += a[start..<(start + rows * width)]
      }
      return out
    }
    for t in 0..<d.length {
      let o = runner.step(
        q: slice(x.f.q, rows: H, width: K, t: t), k: slice(x.f.k, rows: n * H, width: K, t: t),
        v: slice(x.f.v, rows: n * H, width: V, t: t),
        beta: slice(x.f.beta, rows: n * H, width: 1, t: t),
        g: x.f.g.map { slice($0, rows: H, width: 1, t: t) }, state: &state, batch: B, heads: H)
      for b in 0..<B {
        for e in 0..<(H * V) { outputs[(b * d.length + t) * H * V + e] = o[b * H * V + e] }
      }
    }
    let ref = DeltaProductReference.forward(x.d, dims: d)
    let fwd = runner.forward(x.f, dims: d)
    let cmpO = compare("o", outputs, ref.output)
    let cmpS = compare("state", state, ref.finalState)
    #expect(cmpO.maxRel <= relativeTolerance, "\(cmpO)")
    #expect(cmpS.maxRel <= relativeTolerance, "\(cmpS)")
    #expect(compare("o vs forward", outputs, fwd.output).maxRel <= relativeTolerance)
    #expect(compare("state vs forward", state, fwd.finalState).maxRel <= relativeTolerance)
  }
}
