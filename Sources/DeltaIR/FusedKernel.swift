// The program of a `fused` node: a chain or DAG of elementwise ops and row norms that the
// fuse-elementwise pass merged, written as a small SSA program over one domain of rows.
//
// Legend: the domain `shape` is [..., W]; R = product of the leading dims (rows), W = its last dim.
// Every program value is a function v(r, c) of the row r in 0..<R and the column c in 0..<W:
//   - operand j (`a<j>`) reads, by its kind: full x[r*W + c] (any shape with R*W elements; a reshape
//     is free in row-major order), col x[c] (shape [W]), row x[r] (R elements), scalar x[0];
//   - instruction i (`t<i>`) is one function of earlier values: elementwise (`silu(a0)`,
//     `mul(t0;a1)`, `add(t2;1e-06)`), or a row reduction (`rsum(t1)`, `rmean(t1)`: over c, the same
//     for every c), or `colsum(t5)` (over r: a [W] result, never an argument).
// Text: `fused[kernel=rmsnorm_mul, shape=[B,T,256], operands=[full,col],
//   program=[square(a0),rmean(t0),add(t1;1e-06),rsqrt(t2),mul(a0;t3),mul(t4;a1)], results=[t5]]`.
// A result is full (dtype[shape], out[r*W + c] = v(r, c)) or, for a colsum, dtype[[W]].

/// The program of one fused kernel (see the file header).
public struct FusedKernel: Hashable, Sendable {
  /// How an operand is indexed (see the header).
  public enum OperandKind: String, Hashable, Sendable, CaseIterable {
    case full, col, row, scalar
  }

  /// The functions of the program: the unary elementwise functions (`Unary`, by their names), `dsilu`
  /// (silu's derivative s (1 + x (1 - s)), s = sigmoid(x)), the binary arithmetic, and the reductions.
  public enum Function: Hashable, Sendable {
    case unary(Unary)
    case dsilu
    case add, sub, mul, div
    case rsum, rmean, colsum

    /// The text name (`silu`, `mul`, `rsum`).
    public var name: String {
      switch self {
      case .unary(let f): return f.rawValue
      case .dsilu: return "dsilu"
      case .add: return "add"
      case .sub: return "sub"
      case .mul: return "mul"
      case .div: return "div"
      case .rsum: return "rsum"
      case .rmean: return "rmean"
      case .colsum: return "colsum"
      }
    }

    /// Every function.
    public static let all: [Function] =
      Unary.allCases.map { .unary($0) } + [.dsilu, .add, .sub, .mul, .div, .rsum, .rmean, .colsum]

    public init?(name: String) {
      guard let f = Self.all.first(where: { $0.name == name }) else { return nil }
      self = f
    }

    public var arity: Int {
      switch self {
      case .add, .sub, .mul, .div: return 2
      default: return 1
      }
    }
    /// Row reductions: the value depends on r only.
    public var isRowReduction: Bool { self == .rsum || self == .rmean }
  }

  /// An argument: an operand, an earlier instruction, or a constant.
  public enum Arg: Hashable, Sendable, CustomStringConvertible {
    case operand(Int)
    case temp(Int)
    case const(Double)
    public var description: String {
      switch self {
      case .operand(let j): return "a\(j)"
      case .temp(let i): return "t\(i)"
      case .const(let v): return v.description
      }
    }
  }

  public struct Instruction: Hashable, Sendable, CustomStringConvertible {
    public var function: Function
    public var args: [Arg]
    public init(_ function: Function, _ args: [Arg]) {
      self.function = function
      self.args = args
    }
    public var description: String {
      "\(function.name)(" + args.map(\.description).joined(separator: ";") + ")"
    }
  }

  /// What was fused, for dumps and kernel names (`rmsnorm_silu_mul`).
  public var name: String
  /// The domain [..., W].
  public var shape: Shape
  public var operands: [OperandKind]
  public var program: [Instruction]
  /// The instructions whose values are results, in result order.
  public var results: [Int]
  /// Computed in the tiles of the GEMM before it (`epilogue=gemm`, set by the gemm-epilogues pass:
  /// `GemmEpilogue`); the value is the same, only where it is computed changes.
  public var epilogue: Bool

  public init(
    name: String, shape: Shape, operands: [OperandKind], program: [Instruction], results: [Int],
    epilogue: Bool = false
  ) {
    self.name = name
    self.shape = shape
    self.operands = operands
    self.program = program
    self.results = results
    self.epilogue = epilogue
  }

  /// Every instruction is elementwise (no row reduction, no colsum).
  public var isElementwise: Bool {
    program.allSatisfy { ![.rsum, .rmean, .colsum].contains($0.function) }
  }

  /// W, the width of a row.
  public var width: Dim { shape.dims.last ?? Dim(1) }
  /// R, the number of rows.
  public var rows: Dim { Shape(Array(shape.dims.dropLast())).elementCount }

  /// Value kinds: how a value varies (elem over r and c; row over r; col over c; scalar neither).
  public enum Kind: Hashable, Sendable { case elem, row, col, scalar, colsum }

  /// The kind of every instruction (only meaningful for programs that pass `check`).
  public var kinds: [Kind] {
    var kinds: [Kind] = []
    for ins in program {
      func kind(_ a: Arg) -> Kind {
        switch a {
        case .const: return .scalar
        case .temp(let i): return i < kinds.count ? kinds[i] : .elem
        case .operand(let j):
          switch j < operands.count ? operands[j] : .full {
          case .full: return .elem
          case .col: return .col
          case .row: return .row
          case .scalar: return .scalar
          }
        }
      }
      let argKinds = ins.args.map(kind)
      switch ins.function {
      case .rsum, .rmean: kinds.append(.row)
      case .colsum: kinds.append(.colsum)
      default:
        let set = Set(argKinds)
        if set.contains(.elem) || (set.contains(.row) && set.contains(.col)) {
          kinds.append(.elem)
        } else if set.contains(.row) {
          kinds.append(.row)
        } else if set.contains(.col) {
          kinds.append(.col)
        } else {
          kinds.append(.scalar)
        }
      }
    }
    return kinds
  }

  /// Structural problems of the program (argument counts and references, colsum use), or nil.
  public func problem() -> String? {
    if shape.rank < 1 { return "expects a domain shape of rank >= 1, got \(shape)" }
    if results.isEmpty { return "expects at least one result" }
    for (i, ins) in program.enumerated() {
      if ins.args.count != ins.function.arity {
        return
          "t\(i): \(ins.function.name) takes \(ins.function.arity) arguments, got \(ins.args.count)"
      }
      for a in ins.args {
        switch a {
        case .operand(let j) where j < 0 || j >= operands.count:
          return "t\(i): \(a) is not an operand (there are \(operands.count))"
        case .temp(let t) where t < 0 || t >= i:
          return "t\(i): \(a) is not an earlier instruction"
        case .temp(let t) where program[t].function == .colsum:
          return "t\(i): colsum value \(a) cannot be an argument"
        default: continue
        }
      }
    }
    for r in results where r < 0 || r >= program.count {
      return "result t\(r) is not an instruction (there are \(program.count))"
    }
    return nil
  }
}

// MARK: - text form

extension FusedKernel {
  var attributes: [(String, AttributeValue)] {
    [
      ("kernel", .atom(name)), ("shape", .list(shape.dims.map(\.description))),
      ("operands", .list(operands.map(\.rawValue))),
      ("program", .list(program.map(\.description))),
      ("results", .list(results.map { "t\($0)" })),
    ] + (epilogue ? [("epilogue", .atom("gemm"))] : [])
  }

  init(reading reader: inout AttributeReader) throws(OpTextError) {
    let name = try reader.atom("kernel")
    let shape = try reader.shape("shape")
    var operands: [OperandKind] = []
    for s in try reader.list("operands") {
      guard let k = OperandKind(rawValue: s) else {
        throw OpTextError("fused: unknown operand kind '\(s)' (expected full, col, row or scalar)")
      }
      operands.append(k)
    }
    var program: [Instruction] = []
    for s in try reader.list("program") { program.append(try Self.instruction(s)) }
    var results: [Int] = []
    for s in try reader.list("results") {
      guard s.hasPrefix("t"), let i = Int(s.dropFirst()) else {
        throw OpTextError("fused: a result must be an instruction 't<i>', got '\(s)'")
      }
      results.append(i)
    }
    var epilogue = false
    if let e = try reader.optionalAtom("epilogue") {
      guard e == "gemm" else { throw OpTextError("fused: epilogue must be 'gemm', got '\(e)'") }
      epilogue = true
    }
    self.init(
      name: name, shape: shape, operands: operands, program: program, results: results,
      epilogue: epilogue)
  }

  /// `mul(t0;a1)`, `add(t2;1e-06)`.
  static func instruction(_ s: String) throws(OpTextError) -> Instruction {
    guard let open = s.firstIndex(of: "("), s.hasSuffix(")"),
      let function = Function(name: String(s[..<open]))
    else {
      throw OpTextError("fused: malformed instruction '\(s)' (expected e.g. 'mul(t0;a1)')")
    }
    let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
    var args: [Arg] = []
    for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
      if part.hasPrefix("a"), let j = Int(part.dropFirst()) {
        args.append(.operand(j))
      } else if part.hasPrefix("t"), let i = Int(part.dropFirst()) {
        args.append(.temp(i))
      } else if let v = Double(part) {
        args.append(.const(v))
      } else {
        throw OpTextError(
          "fused: bad argument '\(part)' in '\(s)' (expected a<j>, t<i> or a number)")
      }
    }
    return Instruction(function, args)
  }
}

// MARK: - shape rule

extension ShapeInference {
  /// Operands: one float dtype; full ones hold R*W elements, col ones are [W], row ones hold R
  /// elements, scalar ones one. Results: dtype[shape], or dtype[[W]] for a colsum.
  static func fusedTypes(_ k: FusedKernel, _ inputs: [TensorType]) throws(ShapeError)
    -> [TensorType]
  {
    if let problem = k.problem() { throw ShapeError("fused \(k.name) \(problem)") }
    if inputs.count != k.operands.count {
      throw ShapeError("fused \(k.name) expects \(k.operands.count) operands, got \(inputs.count)")
    }
    if k.shape.dims.contains(where: { $0.factor < 0 }) {
      throw ShapeError("fused \(k.name) expects a shape without negative dims, got \(k.shape)")
    }
    guard let dtype = inputs.first?.dtype, dtype.isFloat else {
      throw ShapeError(
        "fused \(k.name) expects float operands, got \(inputs.first.map(\.description) ?? "none")")
    }
    for (j, (t, kind)) in zip(inputs, k.operands).enumerated() {
      if t.dtype != dtype {
        throw ShapeError(
          "fused \(k.name) expects operands of one dtype, got \(dtype) vs \(t.dtype) (a\(j))")
      }
      let ok: Bool
      switch kind {
      case .full: ok = t.shape.elementCount == k.shape.elementCount
      case .col: ok = t.dims == [k.width]
      case .row: ok = t.shape.elementCount == k.rows
      case .scalar: ok = t.shape.elementCount == Dim(1)
      }
      if !ok {
        throw ShapeError(
          "fused \(k.name) expects a\(j) (\(kind.rawValue)) to fit the domain \(k.shape), got \(t.shape)"
        )
      }
    }
    return k.results.map { r in
      k.program[r].function == .colsum
        ? TensorType(dtype, [k.width]) : TensorType(dtype, k.shape)
    }
  }
}
