import DeltaIR

/// RMSNorm (plain and gated), L2 norm and their gradients over the last dim, row by row with the
/// row statistics and every per-element product in Double (as the reference kernels' norms compute).
/// dweight is summed per fixed block of rows and the blocks are added in order afterwards, so it is
/// the same for any thread count.
extension GenericKernels {
  /// Rows per partial sum of dweight (fixed: the summation order must not depend on the workers).
  static let normBlock = 32

  /// `norm`: unpacks the op's operands and results for `RowNorm`.
  static func runNorm(
    _ op: Op, operands: [UnsafePointer<Float>], results: [UnsafeMutablePointer<Float>],
    rows: Int, width: Int, threads: Int
  ) {
    let x = operands.map { SendablePointer($0) }
    let r = results.map { SendablePointer($0) }
    let size = RowNorm.Size(rows: rows, width: width, threads: workers(rows * width, threads))
    switch op {
    case .rmsNorm(let eps):
      check(op, x, r, 2, 1)
      RowNorm(x: x[0], gate: nil, weight: x[1], eps: eps, size: size).forward(y: r[0])
    case .gatedRMSNorm(let eps):
      check(op, x, r, 3, 1)
      RowNorm(x: x[0], gate: x[1], weight: x[2], eps: eps, size: size).forward(y: r[0])
    case .rmsNormGrad(let eps):
      check(op, x, r, 3, 2)
      RowNorm(x: x[0], gate: nil, weight: x[1], eps: eps, size: size)
        .backward(dy: x[2], dx: r[0], dgate: nil, dweight: r[1])
    case .gatedRMSNormGrad(let eps):
      check(op, x, r, 4, 3)
      RowNorm(x: x[0], gate: x[1], weight: x[2], eps: eps, size: size)
        .backward(dy: x[3], dx: r[0], dgate: r[1], dweight: r[2])
    case .l2norm(let eps):
      check(op, x, r, 1, 1)
      RowNorm(x: x[0], gate: nil, weight: nil, eps: eps, size: size).l2Forward(y: r[0])
    case .l2normGrad(let eps):
      check(op, x, r, 2, 1)
      RowNorm(x: x[0], gate: nil, weight: nil, eps: eps, size: size).l2Backward(dy: x[1], dx: r[0])
    default:
      preconditionFailure("GenericKernels.norm: \(op) is not a row norm")
    }
  }

  /// Traps unless the op got its operand and result counts.
  private static func check(
    _ op: Op, _ operands: [SendablePointer<Float>], _ results: [SendablePointer<Float>],
    _ operandCount: Int, _ resultCount: Int
  ) {
    precondition(
      operands.count == operandCount && results.count == resultCount,
      "GenericKernels.norm: \(op) takes \(operandCount) operands and \(resultCount) results, got "
        + "\(operands.count) and \(results.count)")
  }
}

/// One norm over `rows` rows of `width`: its inputs and the row loops of each op.
private struct RowNorm: Sendable {
  /// The row split and the workers over it.
  struct Size: Sendable {
    let rows: Int
    let width: Int
    /// Workers for the row loops.
    let threads: Int
  }

  /// x [rows, width].
  let x: SendablePointer<Float>
  /// The gated RMSNorm's gate [rows, width]; nil otherwise.
  let gate: SendablePointer<Float>?
  /// RMSNorm's weight [width]; nil for the L2 norm.
  let weight: SendablePointer<Float>?
  let eps: Double
  let size: Size

  var width: Int { size.width }

  /// Element d of row r of a [rows, width] buffer, widened.
  func load(_ p: SendablePointer<Float>, _ r: Int, _ d: Int) -> Double {
    Double(p.pointer![r * width + d])
  }

  /// Element d of row r of a [rows, width] buffer set to `value` (rounded to Float).
  func store(_ p: SendablePointer<Float>, _ r: Int, _ d: Int, _ value: Double) {
    p.pointer![r * width + d] = Float(value)
  }

  /// silu(gate[r, d]) (1 without a gate).
  func activation(_ r: Int, _ d: Int) -> Double {
    gate.map { ScalarMath.silu(load($0, r, d)) } ?? 1
  }

  /// weight[d], widened.
  func weightValue(_ d: Int) -> Double { Double(weight!.pointer![d]) }

  /// sum over row r of x^2.
  func sumOfSquares(_ r: Int) -> Double {
    var sum = 0.0
    for d in 0..<width {
      let v = load(x, r, d)
      sum += v * v
    }
    return sum
  }

  /// 1 / sqrt(mean(x^2) + eps) of row r.
  func rmsInverse(_ r: Int) -> Double {
    1 / (sumOfSquares(r) / Double(width) + eps).squareRoot()
  }

  /// Calls `body(r)` for every row, split over the workers.
  func eachRow(_ body: @Sendable (Int) -> Void) {
    ParallelFor.run(count: size.rows, threads: size.threads) { range, _ in
      for r in range { body(r) }
    }
  }

  /// y = x rstd w silu(gate).
  func forward(y: SendablePointer<Float>) {
    eachRow { r in
      let rstd = rmsInverse(r)
      for d in 0..<width {
        store(y, r, d, load(x, r, d) * rstd * weightValue(d) * activation(r, d))
      }
    }
  }

  /// y = x / sqrt(sum(x^2) + eps).
  func l2Forward(y: SendablePointer<Float>) {
    eachRow { r in
      let rstd = 1 / (sumOfSquares(r) + eps).squareRoot()
      for d in 0..<width { store(y, r, d, load(x, r, d) * rstd) }
    }
  }

  /// dx = rstd (dy - y (y . dy)).
  func l2Backward(dy: SendablePointer<Float>, dx: SendablePointer<Float>) {
    eachRow { r in
      let rstd = 1 / (sumOfSquares(r) + eps).squareRoot()
      var dot = 0.0
      for d in 0..<width { dot += load(x, r, d) * rstd * load(dy, r, d) }
      for d in 0..<width {
        store(dx, r, d, rstd * (load(dy, r, d) - load(x, r, d) * rstd * dot))
      }
    }
  }

  /// With xhat = x rstd and u = dy w silu(gate): dx = rstd (u - xhat mean(u xhat)),
  /// dgate = dy xhat w silu'(gate), dweight = sum over rows of dy xhat silu(gate).
  func backward(
    dy: SendablePointer<Float>, dx: SendablePointer<Float>, dgate: SendablePointer<Float>?,
    dweight: SendablePointer<Float>
  ) {
    let blocks = (size.rows + GenericKernels.normBlock - 1) / GenericKernels.normBlock
    let partial = UnsafeMutablePointer<Double>.allocate(capacity: max(1, blocks * width))
    defer { partial.deallocate() }
    partial.initialize(repeating: 0, count: blocks * width)
    let sums = SendablePointer(partial)
    ParallelFor.run(count: blocks, threads: size.threads) { range, _ in
      let u = UnsafeMutablePointer<Double>.allocate(capacity: max(1, width))
      defer { u.deallocate() }
      for block in range {
        let first = block * GenericKernels.normBlock
        for r in first..<min(size.rows, first + GenericKernels.normBlock) {
          backwardRow(
            r, dy: dy, dx: dx, dgate: dgate, partial: sums.pointer! + block * width, u: u)
        }
      }
    }
    for d in 0..<width {
      var sum = 0.0
      for block in 0..<blocks { sum += partial[block * width + d] }
      dweight.pointer![d] = Float(sum)
    }
  }

  /// dx and dgate of row r; adds its dweight terms to `partial` (`u`: width scratch).
  func backwardRow(
    _ r: Int, dy: SendablePointer<Float>, dx: SendablePointer<Float>,
    dgate: SendablePointer<Float>?, partial: UnsafeMutablePointer<Double>,
    u: UnsafeMutablePointer<Double>
  ) {
    let rstd = rmsInverse(r)
    var sumUX = 0.0
    for d in 0..<width {
      let xhat = load(x, r, d) * rstd
      let (g, act) = (load(dy, r, d), activation(r, d))
      u[d] = g * weightValue(d) * act
      sumUX += u[d] * xhat
      partial[d] += g * xhat * act
      if let gate, let dgate {
        store(dgate, r, d, g * xhat * weightValue(d) * ScalarMath.siluDerivative(load(gate, r, d)))
      }
    }
    let mean = sumUX / Double(width)
    for d in 0..<width { store(dx, r, d, rstd * (u[d] - load(x, r, d) * rstd * mean)) }
  }
}
