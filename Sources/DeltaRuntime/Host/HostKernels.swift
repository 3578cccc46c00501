/// An error a host kernel finds in its data (an id or label out of range).
public struct HostKernelError: Error, Equatable, CustomStringConvertible {
  /// What is wrong, naming the op, the bad value and its position.
  public let description: String

  /// An error with this message.
  public init(_ description: String) { self.description = description }
}

/// The production executor's host kernels for the ops that are neither GEMMs nor JIT fused kernels:
/// Float, on raw pointers into the executor's arena, parallel over `threads` workers when the work is
/// large enough. Each result depends on the data only, never on `threads` (bitwise): the work is split
/// so that every output element is computed by one worker in a fixed order (conv grad and column sums
/// split channels, embedding grad splits vocabulary rows, losses are summed in row order).
/// The reference kernels (DeltaReference) are the specification; HostKernelTests compares them.
public enum HostKernels {
  /// Elements of work below which a kernel runs on the caller's thread.
  static let parallelGrain = 16_384

  /// Workers for `work` elements of work: `threads` when it is worth it, else 1.
  static func workers(_ work: Int, _ threads: Int) -> Int {
    work >= parallelGrain ? max(1, threads) : 1
  }

  /// Calls `body` with disjoint column ranges covering 0..<width, one per worker, cut at multiples of
  /// 16 floats (a cache line) so that workers do not write the same line.
  static func forColumnRanges(
    _ width: Int, workers: Int, _ body: @Sendable (Range<Int>) -> Void
  ) {
    ParallelFor.run(count: lineCount(width), threads: workers) { range, _ in
      body(lineColumns(range, width: width))
    }
  }

  /// Cache lines (16 floats) of a row of `width` floats.
  static func lineCount(_ width: Int) -> Int { (width + 15) / 16 }

  /// The columns of a range of those lines.
  static func lineColumns(_ lines: Range<Int>, width: Int) -> Range<Int> {
    (lines.lowerBound * 16)..<min(width, lines.upperBound * 16)
  }

  /// out[c] = sum over r < rows of x[r*width + c] (reduce_sum over all leading axes), deterministic.
  /// Accumulates in Double; each column is summed in row order by one worker (columns are split).
  public static func sumRows(
    x: UnsafePointer<Float>, rows: Int, width: Int, out: UnsafeMutablePointer<Float>, threads: Int
  ) {
    let (xs, outs) = (SendablePointer(x), SendablePointer(out))
    forColumnRanges(width, workers: workers(rows * width, threads)) { columns in
      sumColumns(xs.const!, rows: rows, width: width, columns: columns, out: outs.pointer!)
    }
  }

  /// `sumRows` over `columns`, 512 columns at a time in a Double scratch row, four rows per pass.
  static func sumColumns(
    _ x: UnsafePointer<Float>, rows: Int, width: Int, columns: Range<Int>,
    out: UnsafeMutablePointer<Float>
  ) {
    let block = 512
    ThreadScratch.with(Double.self, count: block) { acc in
      for start in stride(from: columns.lowerBound, to: columns.upperBound, by: block) {
        let n = min(block, columns.upperBound - start)
        acc.update(repeating: 0, count: n)
        var r = 0
        while r + 4 <= rows {  // four rows per pass over acc
          let (r0, r1) = (x + r * width + start, x + (r + 1) * width + start)
          let (r2, r3) = (x + (r + 2) * width + start, x + (r + 3) * width + start)
          for c in 0..<n {
            acc[c] += (Double(r0[c]) + Double(r1[c])) + (Double(r2[c]) + Double(r3[c]))
          }
          r += 4
        }
        for r in r..<rows {
          let row = x + r * width + start
          for c in 0..<n { acc[c] += Double(row[c]) }
        }
        for c in 0..<n { out[start + c] = Float(acc[c]) }
      }
    }
  }

  /// Copies `rows` rows of `width` floats from src (row stride srcStride) to dst (row stride
  /// dstStride): concat/split/materialising a strided view. Parallel over rows when large (> 256 KB).
  public static func copyRows(
    src: UnsafePointer<Float>, srcStride: Int, dst: UnsafeMutablePointer<Float>, dstStride: Int,
    rows: Int, width: Int, threads: Int
  ) {
    copyRowsRegion(
      src: src, srcStride: srcStride, dst: dst, dstStride: dstStride, rows: rows, width: width,
      threads: threads
    ).run()
  }

  /// `count` contiguous floats as a region, split into equal pieces between the workers past 256 KB
  /// (`copyRowsRegion` of one row).
  public static func copyRegion(
    src: UnsafePointer<Float>, dst: UnsafeMutablePointer<Float>, count: Int, threads: Int
  ) -> ParallelFor.Region {
    copyRowsRegion(
      src: src, srcStride: count, dst: dst, dstStride: count, rows: 1, width: count,
      threads: threads)
  }

  /// `copyRows` as a region made once (the execution plan's copies).
  public static func copyRowsRegion(
    src: UnsafePointer<Float>, srcStride: Int, dst: UnsafeMutablePointer<Float>, dstStride: Int,
    rows: Int, width: Int, threads: Int
  ) -> ParallelFor.Region {
    guard rows > 0, width > 0 else { return ParallelFor.Region(count: 0, threads: 1) { _, _ in } }
    let bytes = rows * width * MemoryLayout<Float>.size
    let workers = bytes > 256 << 10 ? max(1, threads) : 1
    let (s, d) = (SendablePointer(src), SendablePointer(dst))
    guard rows > 1, srcStride != width || dstStride != width else {
      // One contiguous block (touching rows): split it into equal pieces.
      let count = rows * width
      return ParallelFor.Region(count: workers, threads: workers) { range, _ in
        let lo = count * range.lowerBound / workers
        let hi = count * range.upperBound / workers
        (d.pointer! + lo).update(from: s.const! + lo, count: hi - lo)
      }
    }
    return ParallelFor.Region(count: rows, threads: workers) { range, _ in
      for r in range {
        (d.pointer! + r * dstStride).update(from: s.const! + r * srcStride, count: width)
      }
    }
  }
}
