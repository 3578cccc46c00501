// The graph: parameters, inputs, nodes in topological (definition-before-use) order, named outputs.
// A value type: `==` is structural equality, which is what `parse(print(g)) == g` checks.

/// One equation: `results = op inputs`.
public struct Node: Hashable, Sendable {
  public var op: Op
  public var inputs: [Value]
  /// Result names with their declared types, in the op's result order.
  public var results: [TypedValue]

  public init(op: Op, inputs: [Value], results: [TypedValue]) {
    self.op = op
    self.inputs = inputs
    self.results = results
  }
  public var result: Value { results[0].value }
}

/// A named graph output (`loss`, `logits`, `grad.model.norm.weight`).
public struct Output: Hashable, Sendable {
  public var name: String
  public var value: Value
  public init(_ name: String, _ value: Value) {
    self.name = name
    self.value = value
  }
}

/// A whole program: a forward model, or forward + backward.
public struct Graph: Hashable, Sendable {
  public var name: String
  /// Trainable tensors, by fla name, in model order.
  public var parameters: [TypedValue]
  /// Data fed per step (`%input_ids: i32[B,T]`, `%labels: i32[B,T]`); their symbolic dims bind B, T.
  public var inputs: [TypedValue]
  public var nodes: [Node]
  public var outputs: [Output]
  /// The memory plan's summary (plan-memory): `plan ...` lines in the text, kept verbatim. Empty
  /// until that pass runs.
  public var plan: [String] = []

  public init(
    name: String, parameters: [TypedValue] = [], inputs: [TypedValue] = [], nodes: [Node] = [],
    outputs: [Output] = []
  ) {
    self.name = name
    self.parameters = parameters
    self.inputs = inputs
    self.nodes = nodes
    self.outputs = outputs
  }

  /// The type of every defined value (parameters, inputs, node results).
  public var types: [Value: TensorType] {
    var t: [Value: TensorType] = [:]
    for p in parameters { t[p.value] = p.type }
    for i in inputs { t[i.value] = i.type }
    for n in nodes { for r in n.results { t[r.value] = r.type } }
    return t
  }

  /// The output with this name.
  public func output(_ name: String) -> Value? { outputs.first { $0.name == name }?.value }

  /// Number of trainable scalars (symbolic dims are not allowed in parameters).
  public var parameterCount: Int {
    parameters.reduce(0) { $0 + ($1.type.shape.elementCount.concrete ?? 0) }
  }

  /// Node count per op name, for reports and tests.
  public var opCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for n in nodes { counts[n.op.name, default: 0] += 1 }
    return counts
  }

  /// GEMM nodes (`linear`, `matmul`): the BLAS calls of one run of the graph.
  public var gemmCount: Int {
    nodes.filter {
      switch $0.op {
      case .linear, .matmul: return true
      default: return false
      }
    }.count
  }

  /// `# 14 GEMMs, 52 kernels, 83 nodes` (a comment in the IR text; `deltac compile` prints it above
  /// the graph).
  public var summaryComment: String {
    "# \(gemmCount) GEMMs, \(kernelCount) kernels, \(nodes.count) nodes"
  }
}

extension Graph {
  /// Kernels one run of the graph launches: every node except reshapes (views of their operand).
  /// `deltac compile` reports it per training step; the fusion tests assert it.
  public var kernelCount: Int {
    nodes.filter { if case .reshape = $0.op { return false } else { return true } }.count
  }
}
