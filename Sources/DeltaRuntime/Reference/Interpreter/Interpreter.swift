import DeltaIR

/// A tensor flowing through the interpreter: float data in the interpreter's scalar type, or i32 ids
/// and labels.
public enum TensorValue<S: RealScalar>: Sendable {
  case real(Tensor<S>)
  case index(Tensor<Int32>)

  public var shape: [Int] {
    switch self {
    case .real(let t): return t.shape
    case .index(let t): return t.shape
    }
  }
  var isIndex: Bool {
    if case .index = self { return true }
    return false
  }
  /// "a float tensor" / "an i32 tensor", for messages.
  var kindPhrase: String { isIndex ? "an i32 tensor" : "a float tensor" }
}

/// Why a graph could not be run. Messages name the value first, then the op, as the verifier's do:
/// `%v: fed a float tensor of shape [1, 4, 2], declared f64[B,T,2] = [1, 3, 2]`,
/// `%y: embedding failed: token id 9 at position 1 is outside the vocabulary 0..<5`.
public struct InterpreterError: Error, Sendable, CustomStringConvertible, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// The reference interpreter: runs any graph of the IR on the CPU, node by node in graph order, in
/// Float (S = Float) or Float64 (S = Double). It is the ground truth for every faster path, so every
/// op is the plainest correct loop (ReferenceKernels), GEMMs go through OpenBLAS and the recurrence
/// is the naive per-step `DeltaProductReference`.
///
/// The graph's float dtype (f32/f64) says what the fast paths compute in; the interpreter computes
/// every float value in S regardless, so `Interpreter<Double>` runs an f32 model graph in Float64 for
/// finite-difference checks. Index values (i32) stay Int32.
///
/// Nothing in a bad graph or bad feed traps: the graph is verified first, symbolic dims are bound
/// from the inputs' shapes, every fed tensor and every node result is checked against its declared
/// type, and data errors (an id outside the vocabulary) are thrown with the value and op.
public enum Interpreter<S: RealScalar> {
  /// Runs `graph` and returns its named outputs (all float).
  /// - Parameters:
  ///   - parameters: by fla name (`model.layers.0.attn.q_proj.weight`), exactly the graph's.
  ///   - inputs: by input name with or without the `%` (`input_ids`), exactly the graph's.
  public static func run(
    _ graph: Graph, parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
  ) throws(InterpreterError) -> [String: Tensor<S>] {
    try Program(graph).run(parameters: parameters, inputs: inputs)
  }

  /// Runs `graph` and returns every value it defines (parameters, inputs, node results), for
  /// comparing a faster path node by node.
  public static func evaluate(
    _ graph: Graph, parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
  ) throws(InterpreterError) -> [Value: TensorValue<S>] {
    try Program(graph).evaluate(parameters: parameters, inputs: inputs)
  }

  /// A verified graph with its values numbered, to run many times (finite differences run one graph
  /// thousands of times; verifying it once is what makes that affordable).
  public struct Program: Sendable {
    public let graph: Graph
    /// Slot of every value; parameters and inputs first, then node results in graph order.
    let slots: [Value: Int]
    /// Per node: operand slots, result slots.
    let operandSlots: [[Int]]
    let resultSlots: [[Int]]

    public init(_ graph: Graph) throws(InterpreterError) {
      let problems = Verifier.diagnose(graph)
      if !problems.isEmpty {
        throw InterpreterError(
          "@\(graph.name) does not verify:\n" + problems.joined(separator: "\n"))
      }
      var slots: [Value: Int] = [:]
      for tv in graph.parameters + graph.inputs + graph.nodes.flatMap(\.results) {
        slots[tv.value] = slots.count
      }
      self.graph = graph
      self.slots = slots
      operandSlots = graph.nodes.map { $0.inputs.map { slots[$0]! } }  // verified: all defined
      resultSlots = graph.nodes.map { $0.results.map { slots[$0.value]! } }
    }

    /// The graph's named outputs (all float); see `Interpreter.run`.
    public func run(
      parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
    ) throws(InterpreterError) -> [String: Tensor<S>] {
      let values = try execute(parameters: parameters, inputs: inputs)
      var outputs: [String: Tensor<S>] = [:]
      for output in graph.outputs {
        guard case .real(let t)? = values[slots[output.value]!] else {
          throw InterpreterError(
            "output \(output.name): \(output.value) is i32; run returns float outputs")
        }
        outputs[output.name] = t
      }
      return outputs
    }

    /// Every value the graph defines; see `Interpreter.evaluate`.
    public func evaluate(
      parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
    ) throws(InterpreterError) -> [Value: TensorValue<S>] {
      let values = try execute(parameters: parameters, inputs: inputs)
      return slots.reduce(into: [:]) { $0[$1.key] = values[$1.value] }
    }

    func execute(
      parameters: [String: Tensor<S>], inputs: [String: TensorValue<S>]
    ) throws(InterpreterError) -> [TensorValue<S>?] {
      let fed = try feed(graph, parameters: parameters, inputs: inputs)
      let dims = try bindDims(graph, fed)
      var values = [TensorValue<S>?](repeating: nil, count: slots.count)
      for (v, t) in fed { values[slots[v]!] = t }
      for (i, node) in graph.nodes.enumerated() {
        let operands = operandSlots[i].map { values[$0]! }
        let results = try Interpreter.checkedResults(of: node, dims: dims) {
          try Interpreter.execute(node.op, operands, dims: dims)
        }
        for (j, result) in results.enumerated() { values[resultSlots[i][j]] = result }
      }
      return values
    }
  }

  /// Runs one node's computation and checks what it returned: every failure becomes an error that
  /// names the value and the op, and every result must match its declared type. Shared by the
  /// interpreter and the runtime's executor, so both report the same way.
  static func checkedResults(
    of node: Node, dims: [String: Int], _ compute: () throws -> [TensorValue<S>]
  ) throws(InterpreterError) -> [TensorValue<S>] {
    let label = "\(node.result): \(node.op.name)"
    let results: [TensorValue<S>]
    do {
      results = try compute()
    } catch let error as KernelError {
      throw InterpreterError("\(label) failed: \(error.message)")
    } catch let error as InterpreterError {
      throw InterpreterError("\(label): \(error.message)")
    } catch {
      throw InterpreterError("\(label) failed: \(error)")
    }
    guard results.count == node.results.count else {
      throw InterpreterError(
        "\(label) produced \(results.count) results, \(node.results.count) declared")
    }
    for (declared, result) in zip(node.results, results) {
      try check(
        result, against: declared, dims: dims, what: "\(declared.value): \(node.op.name) produced")
    }
    return results
  }

  /// Parameters and inputs by value, each checked for presence and element kind (shapes are checked
  /// once the dims are bound).
  static func feed(
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
  static func bindDims(_ graph: Graph, _ values: [Value: TensorValue<S>]) throws(InterpreterError)
    -> [String: Int]
  {
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
  static func check(
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
  static func concrete(_ shape: Shape, _ dims: [String: Int]) throws(InterpreterError) -> [Int] {
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
