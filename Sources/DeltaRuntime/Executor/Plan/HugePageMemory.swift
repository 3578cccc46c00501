import Foundation

/// Zeroed floats on 2 MB pages where Linux grants them: an anonymous mapping, aligned to 2 MB and
/// advised `MADV_HUGEPAGE` (transparent huge pages in `madvise` mode, Debian's default, give huge
/// pages only to memory that asks). One TLB entry then covers 2 MB instead of 4 KB: a step walks
/// activations far larger than the TLB's reach with 4 KB pages (small's fused q/k/v/beta
/// projection output alone is 29.6 MB, read by the recurrence one 7 KB token row apart), and every
/// row on a new page missed it. Measured in one process (`deltac bench ab`, the arena on huge pages
/// against malloc'd, 16 pairs, AMD EPYC Zen 4): small's step 0.975 (recurrence forward 0.82,
/// backward 0.95), tiny 0.976, tiny_t512 0.961, lm 1.000 (8 pairs); peak RSS unchanged (+0.1 MB).
/// The GEMMs' packing workspace on huge pages measured no faster: it stays malloc'd.
/// Under one huge page (a small plan: a huge page would add up to 2 MB of resident memory for
/// nothing), where the mapping fails, or off Linux, the floats come from an ordinary allocation;
/// either way the memory is freed with the object.
final class HugePageMemory: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Float>
  /// The mapping (start, bytes) to unmap, or nil for an ordinary allocation.
  private let mapping: (UnsafeMutableRawPointer, Int)?

  static let pageBytes = 2 << 20

  init(floats: Int) {
    let bytes = max(floats, 1) * MemoryLayout<Float>.stride
    if let (start, length, aligned) = Self.map(bytes) {
      mapping = (start, length)
      pointer = aligned.bindMemory(to: Float.self, capacity: max(floats, 1))
    } else {
      mapping = nil
      pointer = .allocate(capacity: max(floats, 1))
      pointer.initialize(repeating: 0, count: max(floats, 1))
    }
  }

  /// Whether the floats lie in a huge-page mapping (false: the fallback allocation).
  var isMapped: Bool { mapping != nil }

  /// A mapping of `bytes` rounded up to whole huge pages, plus one page of slack to align the start
  /// (anonymous pages read as zero).
  private static func map(_ bytes: Int) -> (UnsafeMutableRawPointer, Int, UnsafeMutableRawPointer)?
  {
    #if os(Linux)
      guard bytes >= pageBytes else { return nil }
      let rounded = (bytes + pageBytes - 1) / pageBytes * pageBytes
      let length = rounded + pageBytes
      let start = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
      guard let start, start != MAP_FAILED else { return nil }
      let aligned = start.alignedUp(toMultipleOf: pageBytes)
      _ = madvise(aligned, rounded, MADV_HUGEPAGE)  // advice: no huge pages is not an error
      return (start, length, aligned)
    #else
      return nil
    #endif
  }

  deinit {
    if let (start, length) = mapping {
      munmap(start, length)
    } else {
      pointer.deallocate()
    }
  }
}
