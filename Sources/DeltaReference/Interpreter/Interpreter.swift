import DeltaIR
import DeltaRuntime

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
/// from the inputs' shapes and every fed tensor is checked (`Feed`, as the executor does), every
/// node result is checked against its declared type, and data errors (an id outside the vocabulary)
/// are thrown with the value and op.
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
      let fed = try Feed.values(graph, parameters: parameters, inputs: inputs)
      let dims = try Feed.bindDims(graph, fed)
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
  /// names the value and the op, and every result must match its declared type.
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
      try Feed.check(
        result, against: declared, dims: dims, what: "\(declared.value): \(node.op.name) produced")
    }
    return results
  }
}
