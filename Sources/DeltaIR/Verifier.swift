// The verifier: names are defined once and before use, each node's declared result types equal the
// inferred ones, outputs exist. Messages name the value first, then the op:
//   %k: matmul expects inner dims to match, got 128 vs 256
// All problems are reported, in graph order.

/// Every problem the verifier found, one message per line.
public struct VerifyError: Error, Sendable, CustomStringConvertible {
  public let messages: [String]
  public init(_ messages: [String]) { self.messages = messages }
  public var description: String { messages.joined(separator: "\n") }
}

public enum Verifier {
  /// Throws every problem of `graph` at once.
  public static func verify(_ graph: Graph) throws(VerifyError) {
    let problems = diagnose(graph)
    if !problems.isEmpty { throw VerifyError(problems) }
  }

  /// The problems of `graph`, in graph order (empty when it verifies).
  public static func diagnose(_ graph: Graph) -> [String] {
    var problems: [String] = []
    var defined: [Value: TensorType] = [:]

    func define(_ tv: TypedValue, kind: String) {
      if defined[tv.value] != nil {
        problems.append("\(tv.value): \(kind) redefines a value")
      }
      defined[tv.value] = tv.type
    }

    for p in graph.parameters {
      if !p.value.isParameter {
        problems.append("\(p.value): parameter names are spelled without '%'")
      }
      if p.type.dims.contains(where: \.isSymbolic) {
        problems.append("\(p.value): parameter shapes must be concrete, got \(p.type)")
      }
      define(p, kind: "parameter")
    }
    for i in graph.inputs {
      if i.value.isParameter { problems.append("\(i.value): input names start with '%'") }
      define(i, kind: "input")
    }

    for node in graph.nodes {
      let label = node.results.first.map { "\($0.value)" } ?? "<no result>"
      for r in node.results where r.value.isParameter {
        problems.append("\(r.value): \(node.op.name) results start with '%'")
      }
      var operandTypes: [TensorType] = []
      var operandsOK = true
      for input in node.inputs {
        if let t = defined[input] {
          operandTypes.append(t)
        } else {
          problems.append("\(label): \(node.op.name) uses \(input) before its definition")
          operandsOK = false
        }
      }
      if operandsOK {
        do {
          let inferred = try ShapeInference.infer(node.op, operandTypes)
          if inferred.count != node.results.count {
            problems.append(
              "\(label): \(node.op.name) produces \(inferred.count) results, \(node.results.count) bound"
            )
          } else {
            for (r, t) in zip(node.results, inferred) where r.type != t {
              problems.append("\(r.value): \(node.op.name) infers \(t), declared \(r.type)")
            }
          }
        } catch {
          problems.append("\(label): \(error.message)")
        }
      }
      for r in node.results { define(r, kind: node.op.name) }
    }

    var outputNames: Set<String> = []
    for o in graph.outputs {
      if !outputNames.insert(o.name).inserted { problems.append("output \(o.name): defined twice") }
      if defined[o.value] == nil { problems.append("output \(o.name): \(o.value) is not defined") }
    }
    return problems
  }
}
