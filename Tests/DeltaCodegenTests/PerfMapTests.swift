import Foundation
import Testing

@testable import DeltaCodegen

/// `DELTAC_PERF_MAP=1`'s writer: perf's map lines name each linked kernel with its real address
/// and size, and the object file is left beside them.
@Suite struct PerfMapTests {
  @Test func recordsEachKernelsAddressAndSize() throws {
    let name = "perfmap_saxpy"
    let compiled = try Compiler.compile(name: name) { JITSmokeTests.buildSaxpy($0, name: name) }
    let address = try JITSession.shared.addObject(
      compiled.object, symbols: [name], kernel: name)[name]!
    let sizes = PerfMap.functionSizes(compiled.object, kernel: name)
    let size = try #require(sizes[name])
    // The vectorized loop with its scalar tail is far longer than a few instructions.
    #expect(size > 32 && size < 4096, "size \(size)")

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("perfmap-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let map = PerfMap(map: folder + "/perf.map", objects: folder + "/objects")
    map.record(compiled.object, kernel: name, addresses: [name: address])
    map.record(compiled.object, kernel: name + "_again", addresses: [name: address + 4096])
    let text = try String(contentsOfFile: folder + "/perf.map", encoding: .utf8)
    let hex = { (v: UInt64) in String(v, radix: 16) }
    #expect(
      text
        == "\(hex(address)) \(hex(size)) \(name)\n\(hex(address + 4096)) \(hex(size)) \(name)\n")
    let object = FileManager.default.contents(atPath: folder + "/objects/\(name).o")
    #expect(object.map { [UInt8]($0) } == compiled.object)
  }
}
