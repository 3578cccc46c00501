/// Dense building blocks the DeltaProduct generators are made of. Every dimension is a compile-time
/// constant; the contiguous (last) dimension is vectorized with `vectorWidth`, and small register tiles
/// keep accumulators in ymm registers.
extension KernelBuilder {
  public enum Accumulate { case overwrite, add, subtract }

  /// C[M,N] (=, +=, -=) A[M,Kd] * B[Kd,N], row-major operands with their own strides.
  /// Register tile: up to 4 rows x 2 vectors (8 accumulators), B rows loaded once per tile row.
  /// `transposeA`: `a` holds A^T (Kd x M rows). `lowerOnly`: only the tiles that meet the lower
  /// triangle (column < row) are computed; the others keep what C held. `scaleC`: C is scaled by it
  /// before it is accumulated into (`.add`, `.subtract`). `output`: called with (row, column, value)
  /// for each finished vector of a tile instead of storing it into C (for `.overwrite`, C is then
  /// never touched), so results can go straight to their destination.
  public func gemm(
    m: Int, n: Int, k: Int, a: Operand, b: Operand, c: Operand, _ mode: Accumulate,
    rows: Int = 4, vectors: Int = 2, transposeA: Bool = false, lowerOnly: Bool = false,
    scaleC: Expr? = nil, output: ((Index, Index, Expr) -> Void)? = nil
  ) {
    let w = vectorWidth(n)
    let mr = largestDivisor(of: m, atMost: rows)
    let nv = largestDivisor(of: n / w, atMost: vectors)
    loop("i", 0, .const(m), step: mr) { i0 in
      let columns: Index = lowerOnly ? .min(i0 + .const(mr), .const(n)) : .const(n)
      loop("j", 0, columns, step: nv * w) { j0 in
        var acc: [[Expr]] = []
        for r in 0..<mr {
          acc.append(
            (0..<nv).map { v in
              variable(
                "acc", width: w,
                mode == .overwrite
                  ? .const(0, width: w)
                  : scaleC.map { $0 * c.load(i0 + .const(r), j0 + .const(v * w), width: w) }
                    ?? c.load(i0 + .const(r), j0 + .const(v * w), width: w))
            })
        }
        loop("p", 0, .const(k)) { p in
          let bv = (0..<nv).map { v in
            variable("b", width: w, b.load(p, j0 + .const(v * w), width: w))
          }
          for r in 0..<mr {
            var av = transposeA ? a.load(p, i0 + .const(r)) : a.load(i0 + .const(r), p)
            if mode == .subtract { av = .neg(av) }
            let ar = variable("a", width: 1, av)
            for v in 0..<nv { assign(acc[r][v], .fma(ar, bv[v], acc[r][v])) }
          }
        }
        for r in 0..<mr {
          for v in 0..<nv {
            let (row, col) = (i0 + .const(r), j0 + .const(v * w))
            if let output {
              output(row, col, acc[r][v])
            } else {
              store(c.ptr, c.at(row, col), acc[r][v])
            }
          }
        }
      }
    }
  }

  /// dst[rows, cols] = src (times `scale` if given); both contiguous with the given strides.
  public func copy(rows: Int, cols: Int, from src: Operand, to dst: Operand, scale: Expr? = nil) {
    let w = vectorWidth(cols)
    loop("i", 0, .const(rows)) { i in
      loop("j", 0, .const(cols), step: w) { j in
        let x = src.load(i, j, width: w)
        store(dst.ptr, dst.at(i, j), scale.map { $0 * x } ?? x)
      }
    }
  }

  /// dst[rows, cols] = src through streaming stores (`Stmt.stream`), for what is read back long
  /// after (the boundary states): when dst's rows start on whole vectors and dst[0, 0] is aligned
  /// at run time, else an ordinary `copy`. A `fence` must follow before another thread reads dst.
  public func streamCopy(rows: Int, cols: Int, from src: Operand, to dst: Operand) {
    let w = vectorWidth(cols)
    guard w >= 4, dst.stride % w == 0 else {
      return copy(rows: rows, cols: cols, from: src, to: dst)
    }
    when(.aligned(ptr: dst.ptr, at: dst.at(0, 0), bytes: w * 4)) {
      loop("i", 0, .const(rows)) { i in
        loop("j", 0, .const(cols), step: w) { j in
          append(.stream(ptr: dst.ptr, at: dst.at(i, j), src.load(i, j, width: w)))
        }
      }
    } else: {
      copy(rows: rows, cols: cols, from: src, to: dst)
    }
  }

  /// dst[cols, rows] = src[rows, cols]^T. Blocks of w x w (w the widest vector that tiles both dims)
  /// go through registers: w row loads, log2(w) butterfly stages of two-vector shuffles (stage d
  /// swaps bit d of the row and column indices), w row stores; scalar copies when w is 1.
  public func transpose(rows: Int, cols: Int, from src: Operand, to dst: Operand) {
    let w = min(vectorWidth(rows), vectorWidth(cols))
    guard w > 1 else {
      loop("i", 0, .const(rows)) { i in
        loop("j", 0, .const(cols)) { j in store(dst.ptr, dst.at(j, i), src.load(i, j)) }
      }
      return
    }
    loop("i", 0, .const(rows), step: w) { i0 in
      loop("j", 0, .const(cols), step: w) { j0 in
        var r = (0..<w).map { k in Expr.load(ptr: src.ptr, at: src.at(i0 + .const(k), j0), width: w)
        }
        var d = w / 2
        while d >= 1 {
          var next = r
          for a in 0..<w where a & d == 0 {
            let lo = (0..<w).map { j in j & d == 0 ? j : w + j - d }
            let hi = (0..<w).map { j in j & d == 0 ? j + d : w + j }
            let x = variable("tr", width: w, r[a])
            let y = variable("tr", width: w, r[a + d])
            next[a] = .shuffle(x, y, lo)
            next[a + d] = .shuffle(x, y, hi)
          }
          r = next
          d /= 2
        }
        for k in 0..<w { store(dst.ptr, dst.at(j0 + .const(k), i0), r[k]) }
      }
    }
  }

  /// dst[rows, cols] = 0.
  public func zero(rows: Int, cols: Int, _ dst: Operand) {
    let w = vectorWidth(cols)
    loop("i", 0, .const(rows)) { i in
      loop("j", 0, .const(cols), step: w) { j in store(dst.ptr, dst.at(i, j), .const(0, width: w)) }
    }
  }

  /// Column blocks of a [rows, cols] matrix: calls `body(col0, width, count)` for each block of `count`
  /// vectors of `width` lanes, so per-column work (the delta rule is column-separable) stays in registers.
  public func columnBlocks(cols: Int, maxVectors: Int = 4, _ body: (Index, Int, Int) -> Void) {
    let w = vectorWidth(cols)
    let nv = largestDivisor(of: cols / w, atMost: maxVectors)
    loop("c", 0, .const(cols), step: nv * w) { c0 in body(c0, w, nv) }
  }

  /// sum_i x[i] y[i] over n contiguous floats.
  public func dot(n: Int, x: Operand, y: Operand) -> Expr {
    let w = vectorWidth(n)
    let acc = variable("acc", width: w, .const(0, width: w))
    loop("i", 0, .const(n), step: w) { i in
      assign(acc, .fma(x.load(0, i, width: w), y.load(0, i, width: w), acc))
    }
    return variable("dot", width: 1, .hsum(acc))
  }
}

/// A kernel's per-thread scratch: named blocks of floats laid out in order, each 64-byte aligned.
struct ScratchLayout {
  private(set) var offsets: [String: Int] = [:]
  private(set) var total = 0

  init(_ sizes: [(String, Int)]) {
    for (name, size) in sizes {
      offsets[name] = total
      total += (size + 15) / 16 * 16
    }
  }

  /// Each block as a view of the kernel's `work` pointer, by name.
  func views(_ kb: KernelBuilder) -> [String: String] {
    var w: [String: String] = [:]
    for name in offsets.keys.sorted() { w[name] = kb.view(name, "work", .const(offsets[name]!)) }
    return w
  }
}
