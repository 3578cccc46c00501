/// A row-major iteration space walked row by row (the last dim is the inner loop), with each
/// operand's stride per dim (0 along a dim it is broadcast over). Size-1 dims are dropped and
/// neighbouring dims merged wherever every operand allows, so same-shape operands become one long
/// row, a [W] vector against [..., W] rows of W, a scalar one row of stride 0, and a transpose
/// keeps only the axes it really moves.
struct StridedSpace: Sendable {
  /// Merged dims, outermost first; never empty ([1] for a single element).
  private(set) var dims: [Int] = []
  /// Per operand, its stride along each merged dim.
  private(set) var strides: [[Int]]

  /// The space of `dims` (row-major) with operand k's stride along dim d in `strides[k][d]`.
  init(dims: [Int], strides: [[Int]]) {
    self.strides = strides.map { _ in [] }
    for d in dims.indices where dims[d] != 1 {
      append(dims[d], strides.map { $0[d] })
    }
    if self.dims.isEmpty { append(1, strides.map { _ in 0 }) }
  }

  /// Adds an inner dim, merged into the previous one when every operand steps over the pair as
  /// over one dim.
  private mutating func append(_ size: Int, _ step: [Int]) {
    let last = dims.count - 1
    if last >= 0, strides.indices.allSatisfy({ strides[$0][last] == step[$0] * size }) {
      dims[last] *= size
      for k in strides.indices { strides[k][last] = step[k] }
    } else {
      dims.append(size)
      for k in strides.indices { strides[k].append(step[k]) }
    }
  }

  /// Length of a row (the innermost dim).
  var inner: Int { dims[dims.count - 1] }
  /// Number of rows (the product of the outer dims).
  var rows: Int { dims.dropLast().reduce(1, *) }
  /// Operand k's stride along a row.
  func innerStride(_ k: Int) -> Int { strides[k][dims.count - 1] }

  /// Operand k's offset of the start of `row`.
  func offset(row: Int, operand k: Int) -> Int {
    var rest = row
    var offset = 0
    for d in stride(from: dims.count - 2, through: 0, by: -1) {
      offset += (rest % dims[d]) * strides[k][d]
      rest /= dims[d]
    }
    return offset
  }

  /// Calls `body(row, offsets)` for each row of `range` in order, with every operand's offset of
  /// the start of the row (an odometer over the outer dims; no division per row).
  func forEachRow(in range: Range<Int>, _ body: (Int, [Int]) -> Void) {
    guard !range.isEmpty else { return }
    let outer = dims.count - 1
    var index = [Int](repeating: 0, count: outer)
    var rest = range.lowerBound
    for d in stride(from: outer - 1, through: 0, by: -1) {
      index[d] = rest % dims[d]
      rest /= dims[d]
    }
    var offsets = strides.indices.map { offset(row: range.lowerBound, operand: $0) }
    for row in range {
      body(row, offsets)
      advance(&index, &offsets)
    }
  }

  /// Steps the odometer `index` over the outer dims by one row, keeping `offsets` in step.
  private func advance(_ index: inout [Int], _ offsets: inout [Int]) {
    var d = dims.count - 2
    while d >= 0 {
      index[d] += 1
      for k in offsets.indices { offsets[k] += strides[k][d] }
      if index[d] < dims[d] { return }
      for k in offsets.indices { offsets[k] -= strides[k][d] * dims[d] }
      index[d] = 0
      d -= 1
    }
  }
}
