// The text form of an op: its name and its attributes in declared order. This file is the single
// place that maps ops to text and back; the printer and the parser both go through it.

/// An attribute value as written in the text: an atom (`2`, `0.125`, `true`, `auto`, `f32`, `B*T`)
/// or a bracketed list of atoms (`[B,T,128]`, `[0,2]`).
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
  case atom(String)
  case list([String])
  public var description: String {
    switch self {
    case .atom(let s): return s
    case .list(let items): return "[" + items.joined(separator: ",") + "]"
    }
  }
}

extension Op {
  /// The op's name in the text form.
  public var name: String {
    switch self {
    case .full: return "full"
    case .embedding: return "embedding"
    case .linear: return "linear"
    case .matmul: return "matmul"
    case .unary(let f): return f.rawValue
    case .mulScalar: return "mul_scalar"
    case .addScalar: return "add_scalar"
    case .siluGrad: return "silu_grad"
    case .add: return "add"
    case .sub: return "sub"
    case .mul: return "mul"
    case .div: return "div"
    case .reduceSum: return "reduce_sum"
    case .reduceMean: return "reduce_mean"
    case .broadcastTo: return "broadcast_to"
    case .reshape: return "reshape"
    case .transpose: return "transpose"
    case .concat: return "concat"
    case .split: return "split"
    case .conv1d: return "conv1d"
    case .conv1dGrad: return "conv1d_grad"
    case .conv1dSilu: return "conv1d_silu"
    case .conv1dSiluGrad: return "conv1d_silu_grad"
    case .rmsNorm: return "rms_norm"
    case .rmsNormGrad: return "rms_norm_grad"
    case .gatedRMSNorm: return "gated_rms_norm"
    case .gatedRMSNormGrad: return "gated_rms_norm_grad"
    case .l2norm: return "l2norm"
    case .l2normGrad: return "l2norm_grad"
    case .deltaProduct: return "deltaproduct"
    case .deltaProductGrad: return "deltaproduct_grad"
    case .crossEntropy: return "cross_entropy"
    case .crossEntropyGrad: return "cross_entropy_grad"
    case .embeddingGrad: return "embedding_grad"
    case .fused: return "fused"
    }
  }

  /// Attributes in declared order; every attribute is always printed.
  public var attributes: [(String, AttributeValue)] {
    func float(_ x: Double) -> AttributeValue { .atom(x.description) }
    func bool(_ x: Bool) -> AttributeValue { .atom(x ? "true" : "false") }
    func int(_ x: Int) -> AttributeValue { .atom(String(x)) }
    func ints(_ x: [Int]) -> AttributeValue { .list(x.map(String.init)) }
    func shape(_ s: Shape) -> AttributeValue { .list(s.dims.map(\.description)) }
    switch self {
    case .full(let value, let type):
      return [
        ("value", float(value)), ("shape", shape(type.shape)),
        ("dtype", .atom(type.dtype.rawValue)),
      ]
    case .matmul(let ta, let tb): return [("transpose_a", bool(ta)), ("transpose_b", bool(tb))]
    case .mulScalar(let c), .addScalar(let c): return [("value", float(c))]
    case .reduceSum(let axes, let keep), .reduceMean(let axes, let keep):
      return [("axes", ints(axes)), ("keepdims", bool(keep))]
    case .broadcastTo(let s), .reshape(let s): return [("shape", shape(s))]
    case .transpose(let perm): return [("perm", ints(perm))]
    case .concat(let axis): return [("axis", int(axis))]
    case .split(let axis, let sizes): return [("axis", int(axis)), ("sizes", ints(sizes))]
    case .rmsNorm(let eps), .rmsNormGrad(let eps), .gatedRMSNorm(let eps),
      .gatedRMSNormGrad(let eps),
      .l2norm(let eps), .l2normGrad(let eps):
      return [("eps", float(eps))]
    case .deltaProduct(let p), .deltaProductGrad(let p):
      return [
        ("num_householder", int(p.numHouseholder)), ("gated", bool(p.gated)),
        ("scale", float(p.scale)),
        ("chunk", .atom(p.chunk.description + (p.chunkReason.map { " (\($0))" } ?? ""))),
        ("initial_state", bool(p.initialState)), ("final_state", bool(p.finalState)),
      ] + (p.inputs != .plain ? [("inputs", .atom(p.inputs.rawValue))] : [])
        + (p.recomputeStates ? [("states", .atom("recompute"))] : [])
    case .crossEntropy(let i), .crossEntropyGrad(let i): return [("ignore_index", int(i))]
    case .embeddingGrad(let v): return [("num_embeddings", int(v))]
    case .fused(let k): return k.attributes
    case .embedding, .linear, .unary,
      .siluGrad,
      .add, .sub, .mul, .div, .conv1d, .conv1dGrad, .conv1dSilu, .conv1dSiluGrad:
      return []
    }
  }

  /// `name[key=value, ...]` (just `name` without attributes).
  public var text: String {
    let attrs = attributes
    if attrs.isEmpty { return name }
    return name + "[" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
  }

  /// Builds an op from its text form. Throws a message (no location) on an unknown name, a missing,
  /// unknown or malformed attribute.
  public init(name: String, attributes: [(String, AttributeValue)]) throws(OpTextError) {
    var reader = AttributeReader(op: name, attributes: attributes)
    switch name {
    case "full":
      let value = try reader.float("value")
      let shape = try reader.shape("shape")
      let dtypeText = try reader.atom("dtype")
      guard let dtype = DType(rawValue: dtypeText) else {
        throw OpTextError("full: unknown dtype '\(dtypeText)'")
      }
      self = .full(value: value, type: TensorType(dtype, shape))
    case "embedding": self = .embedding
    case "linear": self = .linear
    case "matmul":
      self = .matmul(
        transposeA: try reader.bool("transpose_a"), transposeB: try reader.bool("transpose_b"))
    case "mul_scalar": self = .mulScalar(try reader.float("value"))
    case "add_scalar": self = .addScalar(try reader.float("value"))
    case "silu_grad": self = .siluGrad
    case "add": self = .add
    case "sub": self = .sub
    case "mul": self = .mul
    case "div": self = .div
    case "reduce_sum":
      self = .reduceSum(axes: try reader.ints("axes"), keepDims: try reader.bool("keepdims"))
    case "reduce_mean":
      self = .reduceMean(axes: try reader.ints("axes"), keepDims: try reader.bool("keepdims"))
    case "broadcast_to": self = .broadcastTo(try reader.shape("shape"))
    case "reshape": self = .reshape(try reader.shape("shape"))
    case "transpose": self = .transpose(perm: try reader.ints("perm"))
    case "concat": self = .concat(axis: try reader.int("axis"))
    case "split": self = .split(axis: try reader.int("axis"), sizes: try reader.ints("sizes"))
    case "conv1d": self = .conv1d
    case "conv1d_grad": self = .conv1dGrad
    case "conv1d_silu": self = .conv1dSilu
    case "conv1d_silu_grad": self = .conv1dSiluGrad
    case "rms_norm": self = .rmsNorm(eps: try reader.float("eps"))
    case "rms_norm_grad": self = .rmsNormGrad(eps: try reader.float("eps"))
    case "gated_rms_norm": self = .gatedRMSNorm(eps: try reader.float("eps"))
    case "gated_rms_norm_grad": self = .gatedRMSNormGrad(eps: try reader.float("eps"))
    case "l2norm": self = .l2norm(eps: try reader.float("eps"))
    case "l2norm_grad": self = .l2normGrad(eps: try reader.float("eps"))
    case "deltaproduct", "deltaproduct_grad":
      var chunkText = try reader.atom("chunk")
      var reason: String?
      if let open = chunkText.firstIndex(of: " "), chunkText.hasSuffix(")") {
        let note = chunkText[chunkText.index(after: open)...]
        guard note.hasPrefix("(") else {
          throw OpTextError("\(name): chunk: expected '(reason)' after the size, got '\(note)'")
        }
        reason = String(note.dropFirst().dropLast())
        chunkText = String(chunkText[..<open])
      }
      guard let chunk = ChunkSize(text: chunkText) else {
        throw OpTextError(
          "\(name): chunk must be 'auto', 'autotune', a positive integer or 'r' and one, got '\(chunkText)'"
        )
      }
      var params = DeltaProductParams(
        numHouseholder: try reader.int("num_householder"), gated: try reader.bool("gated"),
        scale: try reader.float("scale"), chunk: chunk,
        initialState: try reader.bool("initial_state"),
        finalState: try reader.bool("final_state"))
      params.chunkReason = reason
      if let states = try reader.optionalAtom("states") {
        guard states == "recompute" || states == "store" else {
          throw OpTextError("\(name): states must be 'store' or 'recompute', got '\(states)'")
        }
        params.recomputeStates = states == "recompute"
      }
      if let inputs = try reader.optionalAtom("inputs") {
        guard let value = InputActivation(rawValue: inputs) else {
          throw OpTextError(
            "\(name): inputs must be one of "
              + InputActivation.allCases.map(\.rawValue).joined(separator: ", ")
              + ", got '\(inputs)'")
        }
        params.inputs = value
      }
      self = name == "deltaproduct" ? .deltaProduct(params) : .deltaProductGrad(params)
    case "cross_entropy": self = .crossEntropy(ignoreIndex: try reader.int("ignore_index"))
    case "cross_entropy_grad": self = .crossEntropyGrad(ignoreIndex: try reader.int("ignore_index"))
    case "embedding_grad": self = .embeddingGrad(numEmbeddings: try reader.int("num_embeddings"))
    case "fused": self = .fused(try FusedKernel(reading: &reader))
    default:
      guard let f = Unary(rawValue: name) else { throw OpTextError("unknown op '\(name)'") }
      self = .unary(f)
    }
    try reader.finish()
  }
}

/// A malformed op in the text form (the parser adds the location).
public struct OpTextError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Reads typed attributes in declared order and rejects missing, repeated or unknown keys.
struct AttributeReader {
  let op: String
  var remaining: [(String, AttributeValue)]

  init(op: String, attributes: [(String, AttributeValue)]) {
    self.op = op
    self.remaining = attributes
  }

  mutating func take(_ key: String) throws(OpTextError) -> AttributeValue {
    guard let i = remaining.firstIndex(where: { $0.0 == key }) else {
      throw OpTextError("\(op): missing attribute '\(key)'")
    }
    return remaining.remove(at: i).1
  }
  /// An atom that may be absent.
  mutating func optionalAtom(_ key: String) throws(OpTextError) -> String? {
    guard remaining.contains(where: { $0.0 == key }) else { return nil }
    return try atom(key)
  }
  mutating func atom(_ key: String) throws(OpTextError) -> String {
    guard case .atom(let s) = try take(key) else {
      throw OpTextError("\(op): attribute '\(key)' must not be a list")
    }
    return s
  }
  mutating func list(_ key: String) throws(OpTextError) -> [String] {
    guard case .list(let items) = try take(key) else {
      throw OpTextError("\(op): attribute '\(key)' must be a list")
    }
    return items
  }
  mutating func int(_ key: String) throws(OpTextError) -> Int {
    let s = try atom(key)
    guard let v = Int(s) else {
      throw OpTextError("\(op): attribute '\(key)' must be an integer, got '\(s)'")
    }
    return v
  }
  mutating func float(_ key: String) throws(OpTextError) -> Double {
    let s = try atom(key)
    guard let v = Double(s) else {
      throw OpTextError("\(op): attribute '\(key)' must be a number, got '\(s)'")
    }
    return v
  }
  mutating func bool(_ key: String) throws(OpTextError) -> Bool {
    let s = try atom(key)
    switch s {
    case "true": return true
    case "false": return false
    default: throw OpTextError("\(op): attribute '\(key)' must be true or false, got '\(s)'")
    }
  }
  mutating func ints(_ key: String) throws(OpTextError) -> [Int] {
    let items = try list(key)
    var out: [Int] = []
    for s in items {
      guard let v = Int(s) else {
        throw OpTextError("\(op): attribute '\(key)' must list integers, got '\(s)'")
      }
      out.append(v)
    }
    return out
  }
  mutating func shape(_ key: String) throws(OpTextError) -> Shape {
    var dims: [Dim] = []
    for s in try list(key) {
      guard let d = Dim(parsing: s) else {
        throw OpTextError("\(op): attribute '\(key)': bad dim '\(s)'")
      }
      dims.append(d)
    }
    return Shape(dims)
  }
  func finish() throws(OpTextError) {
    if let (key, _) = remaining.first { throw OpTextError("\(op): unknown attribute '\(key)'") }
  }
}

extension Dim {
  /// Parses `128`, `B`, `B*T`, `2*T` (factors and symbols joined by `*`).
  public init?(parsing text: String) {
    var factor = 1
    var symbols: [String] = []
    for part in text.split(separator: "*", omittingEmptySubsequences: false) {
      if let n = Int(part), n >= 0 {
        let (product, overflow) = factor.multipliedReportingOverflow(by: n)
        if overflow { return nil }
        factor = product
      } else if let first = part.first, first.isLetter || first == "_",
        part.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      {
        symbols.append(String(part))
      } else {
        return nil
      }
    }
    self.init(factor: factor, symbols: symbols)
  }
}
