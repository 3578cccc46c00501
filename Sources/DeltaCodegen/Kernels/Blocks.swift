/// Dense building blocks the DeltaProduct generators are made of. Every dimension is a compile-time
/// constant; the contiguous (last) dimension is vectorized with `vectorWidth`, and small register tiles
/// keep accumulators in ymm registers.
extension KernelBuilder {
  public enum Accumulate { case overwrite, add, subtract }

  /// C[M,N] (=, +=, -=) A[M,Kd] * B[Kd,N], row-major operands with their own strides.
  /// Register tile: up to 4 rows x 2 vectors (8 accumulators), B rows loaded once per tile row.
  public func gemm(
    m: Int, n: Int, k: Int, a: Operand, b: Operand, c: Operand, _ mode: Accumulate,
    rows: Int = 4, vectors: Int = 2
  ) {
    let w = vectorWidth(n)
    let mr = largestDivisor(of: m, atMost: rows)
    let nv = largestDivisor(of: n / w, atMost: vectors)
    loop("i", 0, .const(m), step: mr) { i0 in
      loop("j", 0, .const(n), step: nv * w) { j0 in
        var acc: [[Expr]] = []
        for r in 0..<mr {
          acc.append(
            (0..<nv).map { v in
              variable(
                "acc", width: w,
                mode == .overwrite ? .const(0, width: w) : c.load(i0 + .const(r), j0 + .const(v * w), width: w))
            })
        }
        loop("p", 0, .const(k)) { p in
          let bv = (0..<nv).map { v in variable("b", width: w, b.load(p, j0 + .const(v * w), width: w)) }
          for r in 0..<mr {
            var av = a.load(i0 + .const(r), p)
            if mode == .subtract { av = .neg(av) }
            let ar = variable("a", width: 1, av)
            for v in 0..<nv { assign(acc[r][v], .fma(ar, bv[v], acc[r][v])) }
          }
        }
        for r in 0..<mr {
          for v in 0..<nv { store(c.ptr, c.at(i0 + .const(r), j0 + .const(v * w)), acc[r][v]) }
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

  /// dst[rows, cols] = 0.
  public func zero(rows: Int, cols: Int, _ dst: Operand) {
    let w = vectorWidth(cols)
    loop("i", 0, .const(rows)) { i in
      loop("j", 0, .const(cols), step: w) { j in store(dst.ptr, dst.at(i, j), .const(0, width: w)) }
    }
  }

  /// out[i] = coef * sum_j M[i, j] x[j] for i < rows (row dots, a horizontal sum per row).
  public func rowDots(rows: Int, cols: Int, m: Operand, x: Operand, coef: Expr, out: Operand) {
    let w = vectorWidth(cols)
    let chains = (cols / w) % 2 == 0 ? 2 : 1  // two accumulators halve the FMA latency chain
    loop("i", 0, .const(rows)) { i in
      let acc = (0..<chains).map { _ in variable("acc", width: w, .const(0, width: w)) }
      loop("j", 0, .const(cols), step: w * chains) { j in
        for c in 0..<chains {
          let col = j + .const(c * w)
          assign(acc[c], .fma(m.load(i, col, width: w), x.load(0, col, width: w), acc[c]))
        }
      }
      let total = acc.dropFirst().reduce(acc[0]) { $0 + $1 }
      store(out.ptr, out.at(0, i), coef * .hsum(total))
    }
  }

  /// Column blocks of a [rows, cols] matrix: calls `body(col0, width, count)` for each block of `count`
  /// vectors of `width` lanes, so per-column work (the delta rule is column-separable) stays in registers.
  public func columnBlocks(cols: Int, maxVectors: Int = 4, _ body: (Index, Int, Int) -> Void) {
    let w = vectorWidth(cols)
    let nv = largestDivisor(of: cols / w, atMost: maxVectors)
    loop("c", 0, .const(cols), step: nv * w) { c0 in body(c0, w, nv) }
  }

  /// out[j] = coef * sum_i y[i] M[i, j] (column dots), column-blocked with two row chains.
  public func columnDots(rows: Int, cols: Int, m: Operand, y: Operand, coef: Expr, out: Operand) {
    columnBlocks(cols: cols) { c0, w, nv in
      let acc = (0..<nv).map { _ in variable("acc", width: w, .const(0, width: w)) }
      loop("i", 0, .const(rows)) { i in
        let yi = variable("y", width: 1, y.load(0, i))
        for v in 0..<nv {
          let col = c0 + .const(v * w)
          assign(acc[v], .fma(yi, m.load(i, col, width: w), acc[v]))
        }
      }
      for v in 0..<nv { store(out.ptr, out.at(0, c0 + .const(v * w)), coef * acc[v]) }
    }
  }

  /// M[i, j] += coef * a[i] * b[j] (rank-1 update).
  public func rank1(rows: Int, cols: Int, m: Operand, a: Operand, b: Operand, coef: Expr) {
    columnBlocks(cols: cols) { c0, w, nv in
      let bv = (0..<nv).map { v in variable("bc", width: w, coef * b.load(0, c0 + .const(v * w), width: w)) }
      loop("i", 0, .const(rows)) { i in
        let ai = variable("a", width: 1, a.load(0, i))
        for v in 0..<nv {
          let col = c0 + .const(v * w)
          store(m.ptr, m.at(i, col), .fma(ai, bv[v], m.load(i, col, width: w)))
        }
      }
    }
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
