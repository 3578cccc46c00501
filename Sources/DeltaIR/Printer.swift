// The text form, one declaration or equation per line (typed ANF in the spirit of jaxprs):
//
//   graph @s3 {
//     param model.embeddings.weight: f32[13,128]
//     input %input_ids: i32[B,T]
//     %x: f32[B,T,128] = embedding %input_ids, model.embeddings.weight
//     %o: f32[B,T,8,32], %S: f32[B,8,32,32] = deltaproduct[num_householder=2, ...] %q, %k, %v, %beta
//     output loss = %loss
//   }
//
// Attributes are printed in declared order, floats in Swift's shortest round-trip form, so the text is
// deterministic and `GraphParser.parse(GraphPrinter.print(g)) == g`.

public enum GraphPrinter {
  /// The whole graph as text (ends with a newline).
  public static func print(_ graph: Graph) -> String {
    var lines: [String] = ["graph @\(graph.name) {"]
    for p in graph.parameters { lines.append("  param \(p)") }
    for i in graph.inputs { lines.append("  input \(i)") }
    for n in graph.nodes { lines.append("  " + line(n)) }
    for p in graph.plan { lines.append("  plan \(p)") }
    for o in graph.outputs { lines.append("  output \(o.name) = \(o.value)") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// One equation: `%a: f32[..], %b: f32[..] = op[attrs] %x, %y`.
  public static func line(_ node: Node) -> String {
    let binders = node.results.map(\.description).joined(separator: ", ")
    let operands = node.inputs.map(\.name).joined(separator: ", ")
    return operands.isEmpty
      ? "\(binders) = \(node.op.text)" : "\(binders) = \(node.op.text) \(operands)"
  }
}

extension Graph: CustomStringConvertible {
  public var description: String { GraphPrinter.print(self) }
}
