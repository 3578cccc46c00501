import Testing

@testable import DeltaRuntime

/// The arena's memory: zeroed floats, on Linux from one huge page up in a mapping aligned to a 2 MB
/// page (what lets the kernel back it with huge pages), below it malloc'd; writable end to end.
@Suite struct HugePageMemoryTests {
  @Test(arguments: [0, 1, 1000, (2 << 20) / 4, 3_000_001])
  func zeroedAlignedAndWritable(floats: Int) {
    let memory = HugePageMemory(floats: floats)
    let count = max(floats, 1)
    let p = memory.pointer
    #expect((0..<count).allSatisfy { p[$0] == 0 })
    #if os(Linux)
      let mapped = count * 4 >= HugePageMemory.pageBytes
      #expect(memory.isMapped == mapped)
      if mapped { #expect(Int(bitPattern: p) % HugePageMemory.pageBytes == 0) }
    #endif
    p[count - 1] = 2
    p[0] = 1
    #expect(p[0] == 1 && p[count - 1] == (count == 1 ? 1 : 2))
  }
}
