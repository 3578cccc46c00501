import DeltaIR

// Reverse-mode autodiff as a graph transformation. The result is the forward graph followed by the
// backward nodes, in ordinary IR (it prints, parses, verifies and runs like any graph):
//   outputs: the forward outputs (loss, logits, ...), then `grad.<parameter>` for every parameter,
//   in parameter order.
// Cotangents are named after their primal: the cotangent of `%l0.q_proj` is `%d.l0.q_proj`; a
// parameter's is `%d.model.layers.0.attn.q_proj.weight`. Contributions to a value used several times
// (residuals, a tied embedding) are summed with `add` as they arrive.

/// Why a graph could not be differentiated.
public struct AutodiffError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { "autodiff: \(message)" }
}

public enum Autodiff {
  public static let name = "autodiff"

  /// Forward + backward graph: the gradient of the scalar output `loss` w.r.t. every parameter.
  public static func gradient(of forward: Graph, loss: String = "loss", name: String? = nil) throws
    -> Graph
  {
    guard let lossValue = forward.output(loss) else {
      throw AutodiffError("@\(forward.name) has no output named '\(loss)'")
    }
    let b = GraphBuilder(extending: forward)
    let lossType = b.type(of: lossValue)
    guard lossType.rank == 0, lossType.dtype.isFloat else {
      throw AutodiffError("output '\(loss)' must be a float scalar, got \(lossType)")
    }
    var state = ReverseState(builder: b, needsGrad: valuesNeedingGradient(forward))
    state.cotangents[lossValue] = try b.emit(
      .full(value: 1, type: lossType), [], name: "d." + bare(lossValue))

    for node in forward.nodes.reversed() {
      let outs = node.results.map { state.cotangents[$0.value] }
      if outs.allSatisfy({ $0 == nil }) { continue }
      let wants = node.inputs.map { state.needsGrad.contains($0) }
      if !wants.contains(true) { continue }
      let ins = try VJP.apply(node, cotangents: outs, wants: wants, &state)
      for (input, (want, ct)) in zip(node.inputs, zip(wants, ins)) where want {
        if let ct { try state.accumulate(input, ct) }
      }
    }

    for p in forward.parameters {
      let g =
        try state.cotangents[p.value]
        ?? b.emit(.full(value: 0, type: p.type), [], name: "d." + p.value.name)
      b.output("grad." + p.value.name, g)
    }
    var graph = b.finish()
    graph.name = name ?? forward.name + "_grad"
    return graph
  }

  /// Float values that depend on a parameter (only they get cotangents).
  static func valuesNeedingGradient(_ g: Graph) -> Set<Value> {
    var needs = Set(g.parameters.filter { $0.type.dtype.isFloat }.map(\.value))
    for node in g.nodes where node.inputs.contains(where: needs.contains) {
      for r in node.results where r.type.dtype.isFloat { needs.insert(r.value) }
    }
    return needs
  }
}

/// The primal name without its `%`, for naming cotangents.
func bare(_ v: Value) -> String { v.isParameter ? v.name : String(v.name.dropFirst()) }

/// The builder plus the cotangent table during the reverse sweep.
struct ReverseState {
  let builder: GraphBuilder
  let needsGrad: Set<Value>
  var cotangents: [Value: Value] = [:]
  let rows = RowsCache()

  init(builder: GraphBuilder, needsGrad: Set<Value>) {
    self.builder = builder
    self.needsGrad = needsGrad
  }

  /// Adds `contribution` to the cotangent of `primal`.
  mutating func accumulate(_ primal: Value, _ contribution: Value) throws {
    let expected = builder.type(of: primal)
    let got = builder.type(of: contribution)
    guard expected == got else {
      throw AutodiffError("cotangent of \(primal) has type \(got), expected \(expected)")
    }
    if let existing = cotangents[primal] {
      cotangents[primal] = try builder.emit(
        .add, [existing, contribution], name: "d." + bare(primal))
    } else {
      cotangents[primal] = contribution
    }
  }
}
