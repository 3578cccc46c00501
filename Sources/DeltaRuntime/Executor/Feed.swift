import DeltaIR

/// Why a graph could not be run. Messages name the value first, then the op, as the verifier's do:
/// `%v: fed a float tensor of shape [1, 4, 2], declared f64[B,T,2] = [1, 3, 2]`,
/// `%y: embedding failed: token id 9 at position 1 is outside the vocabulary 0..<5`.
/// The executor and the reference interpreter (DeltaReference) both throw it.
public struct InterpreterError: Error, Sendable, CustomStringConvertible, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// What a run is fed, checked against the graph before anything is computed: every parameter and
/// input present and of its element kind, the symbolic dims (B, T, ...) bound from the fed shapes,
/// every fed shape the declared one. The executor and the reference interpreter both start here, so
/// a bad feed is reported the same way by either. Generic over the float type (Float, Double).
public enum Feed {
  /// Parameters and inputs by value, each checked for presence and element kind (shapes are checked
  /// once the dims are bound).
  public static func values<S: RealScalar>(
    _ graph: Graph, parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
  ) throws(InterpreterError) -> [Value: TensorValue<S>] {
    var values: [Value: TensorValue<S>] = [:]
    for p in graph.parameters {
      guard let t = parameters[p.value.name] else {
        throw InterpreterError("missing parameter \(p.value.name): \(p.type)")
      }
      values[p.value] = .real(t)
    }
    let declared = Set(graph.parameters.map(\.value.name))
    if let extra = parameters.keys.sorted().first(where: { !declared.contains($0) }) {
      throw InterpreterError("parameter \(extra) is not a parameter of @\(graph.name)")
    }
    var used: Set<String> = []
    for i in graph.inputs {
      let bare = String(i.value.name.dropFirst())
      guard let key = [bare, i.value.name].first(where: { inputs[$0] != nil }), let t = inputs[key]
      else {
        throw InterpreterError("missing input \(i.value): \(i.type)")
      }
      used.insert(key)
      values[i.value] = t
    }
    if let extra = inputs.keys.sorted().first(where: { !used.contains($0) }) {
      throw InterpreterError("input \(extra) is not an input of @\(graph.name)")
    }
    for tv in graph.parameters + graph.inputs {
      if (tv.type.dtype == .i32) != values[tv.value]!.isIndex {
        throw InterpreterError(
          "\(tv.value): declared \(tv.type), fed \(values[tv.value]!.kindPhrase)")
      }
    }
    return values
  }

  /// Binds every symbol (B, T, ...) from the fed shapes, then checks every fed shape. A dim like
  /// `2*B*T` binds its one unbound symbol once the others are known, so the order of inputs does not
  /// matter.
  public static func bindDims<S: RealScalar>(
    _ graph: Graph, _ values: [Value: TensorValue<S>]
  ) throws(InterpreterError) -> [String: Int] {
    let fed = graph.parameters + graph.inputs
    var bindings: [String: Int] = [:]
    var progress = true
    while progress {
      progress = false
      for tv in fed {
        let shape = values[tv.value]!.shape
        guard shape.count == tv.type.rank else { continue }  // reported by the check below
        for (dim, size) in zip(tv.type.dims, shape) {
          let unbound = dim.symbols.filter { bindings[$0] == nil }
          guard unbound.count == 1 else { continue }  // none left, or not yet solvable
          let known = dim.symbols.filter { bindings[$0] != nil }.reduce(dim.factor) {
            $0 * bindings[$1]!
          }
          guard known > 0, size % known == 0 else {
            throw InterpreterError(
              "\(tv.value): size \(size) of dim \(dim) is not a multiple of \(known); fed shape \(shape)"
            )
          }
          bindings[unbound[0]] = size / known
          progress = true
        }
      }
    }
    for tv in fed {
      try check(values[tv.value]!, against: tv, dims: bindings, what: "\(tv.value): fed")
    }
    return bindings
  }

  /// Throws unless `value` has the kind and concrete shape of `declared`.
  public static func check<S: RealScalar>(
    _ value: TensorValue<S>, against declared: TypedValue, dims: [String: Int], what: String
  ) throws(InterpreterError) {
    let expected = try concrete(declared.type.shape, dims)
    let kindOK = (declared.type.dtype == .i32) == value.isIndex
    if !kindOK || value.shape != expected {
      throw InterpreterError(
        "\(what) \(value.kindPhrase) of shape \(value.shape), declared \(declared.type) = \(expected)"
      )
    }
  }

  /// The concrete sizes of `shape` under `dims`.
  public static func concrete(_ shape: Shape, _ dims: [String: Int]) throws(InterpreterError)
    -> [Int]
  {
    var sizes: [Int] = []
    for d in shape.dims {
      guard let size = d.evaluate(dims) else {
        let missing = d.symbols.filter { dims[$0] == nil }.joined(separator: ", ")
        throw InterpreterError("dim \(d) uses \(missing), which no parameter or input binds")
      }
      guard size >= 0 else { throw InterpreterError("dim \(d) is negative") }
      sizes.append(size)
    }
    // An element count that overflows (or could never be allocated) is an error, not a trap.
    var count = 1
    for size in sizes {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      guard !overflow, product <= 1 << 40 else {
        throw InterpreterError(
          "shape \(shape) = \(sizes) is too large for the reference interpreter")
      }
      count = product
    }
    return sizes
  }
}
