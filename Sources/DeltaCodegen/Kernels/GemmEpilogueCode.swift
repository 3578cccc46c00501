import DeltaIR

/// A GEMM epilogue (`GemmEpilogue`) as a `GemmKernelSpec` carries it: the fused node's program, what
/// each of its operands reads from the register tile, and the row strides of the others and of its
/// results. The kernel takes the fused node's pointers as `e0...` (operands, then results; at the
/// worker's first row, as a and c are), after its own five parameters.
public struct GemmEpilogueSpec: Hashable, Sendable {
  public var kernel: FusedKernel
  /// Per operand: it is the GEMM's result (from the tile), else it is read through its pointer.
  public var fromTile: [Bool]
  /// Row stride of each pointer (operands, then results); unused for bound operands and columns.
  public var strides: [Int]
  /// The tiles store the GEMM's result too (something else reads it).
  public var storesResult: Bool

  public init(
    kernel: FusedKernel, fromTile: [Bool], strides: [Int], storesResult: Bool
  ) {
    self.kernel = kernel
    self.fromTile = fromTile
    self.strides = strides
    self.storesResult = storesResult
  }

  /// The kernel's pointer parameters for the fused node's operands and results.
  public static let pointerNames = (0..<FusedKernels.pointerCount).map { "e\($0)" }

  /// A short hash of everything above (part of the kernel's name).
  var hash: String {
    let text =
      Op.fused(kernel).text + " " + fromTile.map { $0 ? "c" : "-" }.joined()
      + " " + strides.map(String.init).joined(separator: ",") + (storesResult ? " c" : "")
    return String(Hash.hex(Hash.fnv128(Array(text.utf8))).prefix(12))
  }

  /// Asks for the lines the epilogue of row `row` at columns `column ..< column + width` will read
  /// (its operands in memory) and write (its results): one prefetch per 16 floats of each.
  func prefetch(_ kb: KernelBuilder, row: Index, column: Index, width: Int) {
    let n = kernel.operands.count
    let pointers =
      (0..<n).filter { !fromTile[$0] && kernel.operands[$0] == .full }
      + (n..<(n + kernel.results.count))
    for j in pointers {
      for line in stride(from: 0, to: width, by: 16) {
        kb.prefetch(Self.pointerNames[j], row * .const(strides[j]) + column + .const(line))
      }
    }
  }

  /// The epilogue of row `row` (relative to the worker's first) at C's columns `column...`: the
  /// fused program over `lanes` columns, the GEMM's result being `tile`, the other operands loaded,
  /// its results stored.
  func emit(_ kb: KernelBuilder, row: Index, column: Index, lanes: Int, tile: Expr) {
    let n = kernel.operands.count
    let values = FusedArithmetic.results(kernel, lanes: lanes, kb: kb) { j in
      if fromTile[j] { return tile }
      let at = kernel.operands[j] == .col ? column : row * .const(strides[j]) + column
      return .load(ptr: Self.pointerNames[j], at: at, width: lanes)
    }
    for (k, v) in values.enumerated() {
      kb.store(Self.pointerNames[n + k], row * .const(strides[n + k]) + column, v)
    }
  }
}
