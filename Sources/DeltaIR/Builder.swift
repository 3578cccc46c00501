// GraphBuilder: how lowering and autodiff emit IR. Every emitted node's result types come from
// ShapeInference, so a built graph verifies by construction (a rule failure throws at the emit site).

/// A shape rule failed while building; the message names the value and the op.
public struct BuildError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Emits a graph in topological order with fresh, readable value names.
public final class GraphBuilder {
  public private(set) var graph: Graph
  private var typeTable: [Value: TensorType] = [:]
  private var names = NameSource(used: [])

  public init(name: String) { graph = Graph(name: name) }

  /// Starts from an existing graph (its values keep their names; new names avoid them).
  public init(extending base: Graph) {
    graph = base
    typeTable = base.types
    names = NameSource(base)
  }

  /// Declares a parameter with its fla name.
  @discardableResult
  public func parameter(_ name: String, _ type: TensorType) -> Value {
    let v = Value(name)
    precondition(typeTable[v] == nil, "parameter \(name) declared twice")
    graph.parameters.append(TypedValue(v, type))
    typeTable[v] = type
    names.used.insert(name)
    return v
  }

  /// Declares a graph input; `name` is given without the `%`.
  @discardableResult
  public func input(_ name: String, _ type: TensorType) -> Value {
    let v = fresh(name)
    graph.inputs.append(TypedValue(v, type))
    typeTable[v] = type
    return v
  }

  public func type(of value: Value) -> TensorType {
    guard let t = typeTable[value] else {
      preconditionFailure("\(value) is not defined in @\(graph.name)")
    }
    return t
  }

  public func contains(_ value: Value) -> Bool { typeTable[value] != nil }

  /// A new local name `%hint`, or `%hint_1`, `%hint_2`, ... when taken.
  public func fresh(_ hint: String) -> Value { names.fresh(hint) }

  /// Emits `op` on `inputs`; one name hint per result (the last hint is reused with a suffix when the
  /// op has more results than hints).
  @discardableResult
  public func emit(_ op: Op, _ inputs: [Value], names: [String]) throws(BuildError) -> [Value] {
    let operandTypes = inputs.map { type(of: $0) }
    let resultTypes: [TensorType]
    do {
      resultTypes = try ShapeInference.infer(op, operandTypes)
    } catch {
      throw BuildError("%\(names.first ?? "?"): \(error.message)")
    }
    var results: [TypedValue] = []
    for (i, t) in resultTypes.enumerated() {
      let hint = i < names.count ? names[i] : "\(names.last ?? "r")_\(i)"
      let v = fresh(hint)
      typeTable[v] = t
      results.append(TypedValue(v, t))
    }
    graph.nodes.append(Node(op: op, inputs: inputs, results: results))
    return results.map(\.value)
  }

  /// Emits a single-result op.
  public func emit(_ op: Op, _ inputs: [Value], name: String) throws(BuildError) -> Value {
    try emit(op, inputs, names: [name])[0]
  }

  /// Adds a named output.
  public func output(_ name: String, _ value: Value) {
    precondition(typeTable[value] != nil, "output \(name): \(value) is not defined")
    graph.outputs.append(Output(name, value))
  }

  /// The graph built so far.
  public func finish() -> Graph { graph }
}

/// A fresh-name source over a graph's names: `%hint`, else `%hint_1`, `%hint_2`, ... (the builder's
/// and every pass's new values).
public struct NameSource: Sendable {
  public var used: Set<String>
  public init(used: Set<String>) { self.used = used }
  public init(_ graph: Graph) { used = graph.definedNames }

  public mutating func fresh(_ hint: String) -> Value {
    var name = "%" + hint
    var k = 0
    while used.contains(name) {
      k += 1
      name = "%\(hint)_\(k)"
    }
    used.insert(name)
    return Value(name)
  }
}

extension Graph {
  /// The names of every defined value: parameters, inputs and node results.
  public var definedNames: Set<String> {
    var s = Set(parameters.map(\.value.name))
    for i in inputs { s.insert(i.value.name) }
    for n in nodes { for r in n.results { s.insert(r.value.name) } }
    return s
  }
}
