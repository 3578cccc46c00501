/// A JIT'd GEMM specialized to everything but its row count: C[m, N] (=, +=) op(A)[m, K] * op(B)[K, N],
/// fp32, row-major, with N, K, the leading dimensions and the transposes compile-time constants.
///
/// The register tile is `rows` rows of C by `vectors` vectors of `lanes` floats (12 x 2 x 16 with
/// AVX-512: 24 accumulators, two B loads and one A broadcast live, 27 of 32 zmm registers). Per step
/// of K the tile loads its B row once and broadcasts one A element per row, so it runs on the FMA
/// ports; C is read (when accumulating, at the end) and written once per tile and K block, never
/// zeroed first.
/// K runs in blocks of `kBlock`, and the columns in blocks of panels (`columnBlocks`), so that a
/// block of B packed is at most 1 MB: each worker packs it into its `work` buffer as contiguous
/// panels (so it stays in L2 while every row of A passes over it) and, for a transposed A, each
/// tile's block of A too, whose lines the tile before it prefetches while it computes (A^T's rows
/// of a tile are `lda` apart, each step of K a cold line the hardware prefetchers do not follow:
/// packing waited on them; one thread, in one process, alternating: 1024x128x4096 113-120 ->
/// 136-139 GFLOP/s, 1536x256x4096 125-132 -> 144-145). Rows beyond the last full tile go through
/// tiles of 4, then 1. The kernel is `(a, b, c, m, work, pack)`, a and c at the worker's first
/// row; `pack` is 1 except where `residentB` lets a call skip packing.
public struct GemmKernelSpec: Hashable, Sendable, CustomStringConvertible {
  public var n: Int
  public var k: Int
  /// A is stored [K, m] (A^T) instead of [m, K].
  public var transA: Bool
  /// B is stored [N, K] (B^T, a linear layer's weight) instead of [K, N].
  public var transB: Bool
  public var lda: Int
  public var ldb: Int
  public var ldc: Int
  /// C += instead of C =.
  public var accumulate: Bool
  /// Floats per vector: 16 with AVX-512, else 8.
  public var lanes: Int
  /// A fused elementwise node computed from the tiles of the last K block (`GemmEpilogue`; C =, A
  /// not transposed).
  public var epilogue: GemmEpilogueSpec?
  /// Every K block and column block of packed B keeps its own place in `work` (K x N floats), so
  /// a worker's later calls in the same run pass `pack` 0 and skip the packing: the GEMM's rows
  /// can then be claimed in several calls (`JITGemm`'s dynamic split) at the cost of packing B once
  /// per worker. Not with A^T (K there is the tokens: B too large to keep).
  public var residentB: Bool
  /// Rows of C per register tile: 12 with 32 vector registers (AVX-512), 6 with 16 (AVX2). 12 x 2
  /// measured faster in the step than 6 x 4 and 8 x 3 (small's GEMMs 228 ms against 284-310,
  /// alternating runs).
  public var rows: Int { lanes == 16 ? 12 : 6 }
  /// Vectors of C per register tile row.
  public var vectors: Int { 2 }

  public init(
    n: Int, k: Int, transA: Bool, transB: Bool, lda: Int, ldb: Int, ldc: Int, accumulate: Bool,
    lanes: Int = GemmKernelSpec.hostLanes, epilogue: GemmEpilogueSpec? = nil,
    residentB: Bool = false
  ) {
    precondition(!(residentB && transA), "a resident B needs A not transposed")
    self.n = n
    self.k = k
    self.transA = transA
    self.transB = transB
    self.lda = lda
    self.ldb = ldb
    self.ldc = ldc
    self.accumulate = accumulate
    self.lanes = lanes
    self.epilogue = epilogue
    self.residentB = residentB
  }

  /// 16 when the host has AVX-512 F, else 8.
  public static let hostLanes: Int =
    TargetSpec.host.features.split(separator: ",").contains("+avx512f") ? 16 : 8

  /// K per block. With A^T (a weight gradient: K = B*T rows, C small and re-read each block) all
  /// of K up to 512, else 256. Otherwise the fewest equal blocks of at most 1024 whose packed B
  /// stays within 1 MB (half the L2): fewer passes over C, and of packing. Measured in one process,
  /// alternating (GFLOP/s, 2 threads): 4096x128x1024 282-286 with blocks of 256, 305-307 with 512,
  /// 310-320 with 1024; 4096x256x1808 289-292 / 309-312 / 309-317 (904); with A^T 1536x256x4096
  /// 261-263 with 256, 246-256 with 512.
  public var kBlock: Int {
    if transA { return k <= 512 ? k : 256 }
    let limit = max(256, min(1024, (1 << 18) / max(n, 1)))
    let blocks = (k + limit - 1) / limit
    return (k + blocks - 1) / blocks
  }

  /// Floats of the per-worker `work` buffer: a K block of packed B, and one row tile's A block.
  public var workFloats: Int {
    residentB ? k * n : kBlock * n + (transA ? kBlock * rows : 0)
  }

  public var name: String {
    "gemm_n\(n)_k\(k)\(transA ? "_ta" : "")\(transB ? "_tb" : "")_lda\(lda)_ldb\(ldb)_ldc\(ldc)"
      + (accumulate ? "_acc" : "") + "_v\(lanes)" + (epilogue.map { "_ep\($0.hash)" } ?? "")
      + (residentB ? "_rb" : "")
  }

  public var description: String { name }

  public var kernel: Kernel {
    let kb = KernelBuilder()
    GemmGenerator(spec: self, kb: kb).emit()
    let pointers = epilogue == nil ? [] : GemmEpilogueSpec.pointerNames.map { Param($0, .ptr) }
    return Kernel(
      name: name,
      params: [
        Param("a", .ptr), Param("b", .ptr), Param("c", .ptr), Param("m", .i64), Param("work", .ptr),
        Param("pack", .i64),
      ] + pointers,
      body: kb.statements)
  }
}

/// Writes one `GemmKernelSpec`'s body. Per K block, the worker packs B into its `work` buffer as
/// panels of the tile's width ([panel][p][column], each panel contiguous, so a tile's B stream has no
/// cache-set conflicts whatever ldb is) and, when A is transposed, each row tile's A block as
/// [p][row]; then every tile of its rows runs from the packed copies.
struct GemmGenerator {
  let spec: GemmKernelSpec
  let kb: KernelBuilder

  /// Column vectors of a tile: (first column within the tile, lanes) each.
  typealias Columns = [(Int, Int)]

  var panel: Int { spec.vectors * spec.lanes }
  var fullPanels: Int { spec.n / panel }
  /// Columns past the last full panel.
  var tailWidth: Int { spec.n - fullPanels * panel }
  /// The tail panel as the widest vectors that fit.
  var tail: Columns {
    var columns: Columns = []
    var col = 0
    while col < tailWidth {
      let w = [16, 8, 4, 2, 1].first { $0 <= spec.lanes && $0 <= tailWidth - col }!
      columns.append((col, w))
      col += w
    }
    return columns
  }

  func emit() {
    let s = spec
    // The first K block (= or += C as asked), the full blocks between as one loop (+=), the last
    // (+=, maybe partial): three copies of the block's code at most, whatever K is (a weight
    // gradient over B*T = 16384 rows had 64 copies, 437 KB of code and 7 s of compilation).
    let count = (s.k + s.kBlock - 1) / s.kBlock
    precondition(
      s.epilogue == nil || (!s.accumulate && !s.transA),
      "a GEMM epilogue needs C =, A not transposed")
    kBlock(.const(0), kLen: count == 1 ? s.k : s.kBlock, add: s.accumulate, last: count == 1)
    if count > 2 {
      kb.loop("k0", .const(s.kBlock), .const((count - 1) * s.kBlock), step: s.kBlock) { k0 in
        kBlock(k0, kLen: s.kBlock, add: true, last: false)
      }
    }
    if count > 1 {
      kBlock(
        .const((count - 1) * s.kBlock), kLen: s.k - (count - 1) * s.kBlock, add: true, last: true)
    }
    // C's streamed lines, before another thread (the next node) reads them.
    if streamsC { kb.append(.fence) }
  }

  /// One K block: for each column block, pack B, then every row tile.
  /// (`last`: the last K block, whose tiles hold the final C and run the epilogue.)
  func kBlock(_ k0: Index, kLen: Int, add: Bool, last: Bool) {
    let s = spec
    for block in columnBlocks {
      kb.comment("K block of \(kLen), panels \(block.panels): pack B, then the row tiles")
      let packed = packedAt(k0: k0, kLen: kLen, block)
      if s.residentB {
        kb.when(.eq("pack", .const(1))) { packB(k0: k0, kLen: kLen, block, at: packed) }
      } else {
        packB(k0: k0, kLen: kLen, block, at: packed)
      }
      let full = kb.let_("full", .div("m", .const(s.rows)) * .const(s.rows))
      kb.loop("i", 0, full, step: s.rows) { i0 in
        // With A^T, each full tile fetches ahead the A lines the next tile packs: the next tile's
        // rows, or after the last one the first tile's rows in the next K block (past the last
        // K block the addresses lie beyond A, which a prefetch allows).
        var ahead: ((Index) -> Index)? = nil
        if s.transA {
          let last = kb.let_("last", .div(i0 + .const(s.rows), full))
          let row = kb.let_("next", (i0 + .const(s.rows)) * (.const(1) - last))
          ahead = { p in (k0 + p + last * .const(kLen)) * .const(s.lda) + row }
        }
        tiles(
          i0, rows: s.rows, k0: k0, kLen: kLen, add: add, last: last, block, packed: packed,
          ahead: ahead)
      }
      // The last m % rows rows: tiles of 4, then of 1.
      let four = kb.let_("four", full + .div(.sub("m", full), .const(4)) * .const(4))
      kb.loop("i", full, four, step: 4) { i0 in
        tiles(i0, rows: 4, k0: k0, kLen: kLen, add: add, last: last, block, packed: packed)
      }
      kb.loop("i", four, "m") { i0 in
        tiles(i0, rows: 1, k0: k0, kLen: kLen, add: add, last: last, block, packed: packed)
      }
    }
  }

  /// Full panels of one column block, and whether the tail panel is in it (the last block).
  struct ColumnBlock {
    var panels: Range<Int>
    var tail: Bool
  }

  /// The full panels in the fewest equal blocks whose packed B (a K block of their columns) stays
  /// within 1 MB, half the L2: every row tile passes over the block's panels, which then come from
  /// L2 rather than L3. Measured in one process, alternating (GFLOP/s, 2 threads): 4096x1808x256
  /// B^T 249-261 in one block, 274-302 in two; 4096x1536x256 B^T 257-279 / 289-305.
  var columnBlocks: [ColumnBlock] {
    let most = max(1, (1 << 18) / (spec.kBlock * panel))
    let count = max(1, (fullPanels + most - 1) / most)
    let per = max(1, (fullPanels + count - 1) / count)
    var blocks: [ColumnBlock] = []
    var q = 0
    repeat {
      let end = min(fullPanels, q + per)
      blocks.append(ColumnBlock(panels: q..<end, tail: end == fullPanels && tailWidth > 0))
      q = end
    } while q < fullPanels
    return blocks
  }

  /// Where a block of packed B starts in `work`: at 0 (each block overwrites the last), or with
  /// a resident B at the block's own place (K blocks k0 * N apart, column blocks after the columns
  /// before them).
  func packedAt(k0: Index, kLen: Int, _ block: ColumnBlock) -> Index {
    guard spec.residentB else { return .const(0) }
    return k0 * .const(spec.n) + .const(kLen * block.panels.lowerBound * panel)
  }

  /// B's rows k0 ..< k0 + kLen of one column block into work[at...], panel after panel.
  func packB(k0: Index, kLen: Int, _ block: ColumnBlock, at base: Index) {
    // The block's full panels (`count`, from column `first`), then the tail panel in the last block.
    let (first, count) = (block.panels.lowerBound * panel, block.panels.count)
    let s = spec
    // Row k0 + p of B (not transposed) from column j.
    func b(_ p: Index, _ j: Index, width: Int) -> Expr {
      .load(ptr: "b", at: (k0 + p) * .const(s.ldb) + j, width: width)
    }
    let tailAt = count * kLen * panel
    let tailFirst = fullPanels * panel
    if s.transB {
      // Each panel is the transpose of `panel` rows of B^T (a linear layer's weight rows, kLen
      // floats each), in 16 x 16 blocks through registers (`KernelBuilder.transpose`). LLVM had
      // vectorized the element-by-element copy into scatters, about one cycle per float on Zen 4.
      kb.loop("q", 0, .const(count)) { q in
        kb.transpose(
          rows: panel, cols: kLen,
          from: Operand(
            "b", (.const(first) + q * .const(panel)) * .const(s.ldb) + k0, stride: s.ldb),
          to: Operand("work", base + q * .const(kLen * panel), stride: panel))
      }
      guard block.tail else { return }
      kb.transpose(
        rows: tailWidth, cols: kLen,
        from: Operand("b", .const(tailFirst * s.ldb) + k0, stride: s.ldb),
        to: Operand("work", base + .const(tailAt), stride: tailWidth))
      return
    }
    kb.loop("q", 0, .const(count)) { q in
      kb.loop("p", 0, .const(kLen)) { p in
        for v in 0..<s.vectors {
          let c = v * s.lanes
          kb.store(
            "work", base + q * .const(kLen * panel) + p * .const(panel) + .const(c),
            b(p, .const(first) + q * .const(panel) + .const(c), width: s.lanes))
        }
      }
    }
    guard block.tail else { return }
    kb.loop("p", 0, .const(kLen)) { p in
      for (c, w) in tail {
        kb.store(
          "work", base + .const(tailAt + c) + p * .const(tailWidth),
          b(p, .const(tailFirst + c), width: w))
      }
    }
  }

  /// Where a row tile's packed A block starts in `work`: after the packed B.
  var aAt: Int { spec.kBlock * spec.n }

  /// A's block (rows i0 ..< i0 + rows, K k0 ..< k0 + kLen) as [p][row] at work[aAt...]: only for a
  /// transposed A, whose rows of the block are `lda` apart (the tile would otherwise read `rows`
  /// scattered lines per step of K).
  func packA(_ i0: Index, rows: Int, k0: Index, kLen: Int) {
    var pieces: [(Int, Int)] = []
    var r = 0
    while r < rows {
      let w = [8, 4, 2, 1].first { $0 <= rows - r }!
      pieces.append((r, w))
      r += w
    }
    kb.loop("p", 0, .const(kLen)) { p in
      for (r0, w) in pieces {
        kb.store(
          "work", .const(aAt + r0) + p * .const(rows),
          .load(ptr: "a", at: (k0 + p) * .const(spec.lda) + i0 + .const(r0), width: w))
      }
    }
  }

  /// Every column tile of the rows i0 ..< i0 + rows.
  func tiles(
    _ i0: Index, rows: Int, k0: Index, kLen: Int, add: Bool, last: Bool, _ block: ColumnBlock,
    packed: Index, ahead: ((Index) -> Index)? = nil
  ) {
    if spec.transA { packA(i0, rows: rows, k0: k0, kLen: kLen) }
    let columns = (0..<spec.vectors).map { ($0 * spec.lanes, spec.lanes) }
    let (first, count) = (block.panels.lowerBound * panel, block.panels.count)
    // A full tile whose epilogue runs asks, while it computes, for the lines the next tile's
    // epilogue reads and writes (`GemmEpilogueSpec.prefetch`): the next panel of its rows (the
    // tail's columns after the last full panel), or the first panel of the next rows. Without
    // this the epilogue's loads (its rows miss every cache: small's SwiGLU backward reads 25 MB)
    // held up each tile. Measured (`deltac profile`, binaries alternating, Zen 4): small's two
    // SwiGLU-backward GEMMs 10.2-10.4 -> 8.0-8.4 ms each, the step 336.8-338.0 -> 328.9-333.5 ms;
    // lm unchanged (2243-2288 against 2251-2257 ms).
    let prefetches = last && spec.epilogue != nil && rows == spec.rows
    kb.loop("j", 0, .const(count * panel), step: panel) { j0 in
      var next: (row: Index, column: Index)? = nil
      if prefetches {
        if block.tail {
          next = (i0, .const(first) + j0 + .const(panel))
        } else {
          let end = kb.let_("end", .div(j0 + .const(panel), .const(count * panel)))
          next = (
            i0 + end * .const(rows), .const(first) + (j0 + .const(panel)) * (.const(1) - end)
          )
        }
      }
      tile(
        i0, columns.map { .const(first) + j0 + .const($0.0) },
        packedAt: packed + .div(j0, .const(panel)) * .const(kLen * panel),
        width: panel, rows: rows, columns: columns, k0: k0, kLen: kLen, add: add, last: last,
        ahead: ahead, epilogueAhead: next)
    }
    if block.tail {
      tile(
        i0, tail.map { .const(fullPanels * panel + $0.0) },
        packedAt: packed + .const(count * kLen * panel),
        width: tailWidth, rows: rows, columns: tail, k0: k0, kLen: kLen, add: add, last: last,
        ahead: ahead, epilogueAhead: prefetches ? (i0 + .const(rows), .const(first)) : nil)
    }
  }

  /// Whether a tile writes C through streaming stores (`Stmt.stream`): C = (not +=) in its last K
  /// block, without an epilogue, in whole vectors with every row starting on one. Nothing reads C
  /// back in the kernel, and its readers come later (the next node at the earliest): streaming
  /// saves each line's read for ownership and keeps the tile's A and B in the caches. On small's
  /// step that is the forward projections and the input gradients whose K fits one block (o_flat's);
  /// the weight gradients add K blocks into C. Measured (`deltac profile`, alternating, Zen 4):
  /// qkvba's forward GEMM 17.1 -> 16.7 ms, gate/up's 14.5 -> 14.25, o_flat's input gradient 2.55
  /// -> 2.4; the SwiGLU after gate/up reads its operands from memory, 0.1-0.25 ms slower.
  func streams(add: Bool, last: Bool, columns: Columns) -> Bool {
    streamsC && !add && last && columns.allSatisfy { $0.1 == spec.lanes }
  }

  /// Whether the kernel's tiles stream C where their columns are whole vectors (`streams`): C =
  /// in one K block, no epilogue, rows of whole vectors. The kernel then ends with a fence.
  var streamsC: Bool {
    spec.k <= spec.kBlock && !spec.accumulate && spec.epilogue == nil
      && spec.ldc % spec.lanes == 0
  }

  /// C[i0 ..< i0 + rows, the columns of each vector of the tile (`at`)] over K block k0 ..< k0 +
  /// kLen, in registers; B from its packed panel at work[packedAt...] (`width` columns per step
  /// of K); then the epilogue, if any.
  func tile(
    _ i0: Index, _ at: [Index], packedAt: Index, width: Int, rows: Int, columns: Columns,
    k0: Index, kLen: Int, add: Bool, last: Bool, ahead: ((Index) -> Index)?,
    epilogueAhead: (row: Index, column: Index)? = nil
  ) {
    let s = spec
    // Before the last K block C holds partial sums, which the next block adds to.
    let epilogue = last ? s.epilogue : nil
    func cAt(_ r: Int, _ v: Int) -> Index { (i0 + .const(r)) * .const(s.ldc) + at[v] }
    let acc: [[Expr]] = (0..<rows).map { r in
      columns.map { (c, w) in
        kb.variable("acc", width: w, .const(0, width: w))
      }
    }
    func body(_ p: Index) {
      let bv = columns.map { (c, w) in
        kb.variable(
          "bv", width: w, .load(ptr: "work", at: packedAt + p * .const(width) + .const(c), width: w)
        )
      }
      if let ahead {
        // The tile's first and last float at this p: one or two lines.
        kb.prefetch("a", ahead(p))
        kb.prefetch("a", ahead(p) + .const(s.rows - 1))
      }
      for r in 0..<rows {
        let at =
          s.transA
          ? .const(aAt + r) + p * .const(rows)
          : (i0 + .const(r)) * .const(s.lda) + k0 + p
        let a = kb.variable("av", width: 1, .load(ptr: s.transA ? "work" : "a", at: at, width: 1))
        for v in columns.indices { kb.assign(acc[r][v], .fma(a, bv[v], acc[r][v])) }
      }
    }
    // Steps of K per loop iteration: the loop's own instructions (a counter, a pointer, a branch
    // per 24 FMAs) took issue slots from the FMAs. Measured over nine of small's GEMM shapes warm
    // and alone, in one process, alternating (ms): 92.7 / 96.8 / 112.6 one step at a time against
    // 89.9 / 91.8 / 108.2 four; two, four and eight steps the same (86.2 / 86.0, 91.2 / 90.8). In
    // small's step (`deltac bench ab`, the two kernels in one process): 0.973 and 0.986 paired, the
    // GEMMs 2-7% faster; tiny's GEMMs 1.6%.
    let unroll = [4, 2, 1].first { kLen % $0 == 0 }!
    kb.loop("p0", 0, .const(kLen), step: unroll) { p0 in
      if let next = epilogueAhead, let e = epilogue {
        // One row of the next tile's epilogue lines per iteration, over the first `rows`.
        let r = kb.let_("er", .div(p0, .const(unroll)))
        kb.when(.lt(r, .const(rows))) {
          e.prefetch(kb, row: next.row + r, column: next.column, width: panel)
        }
      }
      for q in 0..<unroll {
        body(unroll == 1 ? p0 : p0 + .const(q))
      }
    }
    if streams(add: add, last: last, columns: columns) {
      // C's whole-vector rows are streamed where the tile's first element is aligned (every row
      // then is: ldc is whole vectors), else stored.
      kb.when(.aligned(ptr: "c", at: cAt(0, 0), bytes: s.lanes * 4)) {
        for r in 0..<rows {
          for v in columns.indices { kb.append(.stream(ptr: "c", at: cAt(r, v), acc[r][v])) }
        }
      } else: {
        for r in 0..<rows {
          for v in columns.indices { kb.store("c", cAt(r, v), acc[r][v]) }
        }
      }
      return
    }
    for r in 0..<rows {
      // C is added at the end, not loaded into the accumulators first: the loads then overlap the
      // next tile's FMAs instead of holding up this one's (with A^T, K = B*T in 16 blocks, each
      // adding into C: 1-5% faster in one process, alternating; 1536x256x4096 256-262 against
      // 243-259 GFLOP/s).
      var sums: [Expr] = []
      for (v, (_, w)) in columns.enumerated() {
        var sum = add ? .add(.load(ptr: "c", at: cAt(r, v), width: w), acc[r][v]) : acc[r][v]
        // (The epilogue's sum is taken before C is stored: a load of C after would see it.)
        if epilogue != nil { sum = kb.variable("cv", width: w, sum) }
        if epilogue == nil || epilogue!.storesResult { kb.store("c", cAt(r, v), sum) }
        sums.append(sum)
      }
      guard let e = epilogue else { continue }
      for (v, (_, w)) in columns.enumerated() {
        e.emit(kb, row: i0 + .const(r), column: at[v], lanes: w, tile: sums[v])
      }
    }
  }
}
