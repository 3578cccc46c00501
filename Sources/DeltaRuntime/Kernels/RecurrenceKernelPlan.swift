import DeltaCodegen
import DeltaIR

/// Which JIT kernels a graph needs: one `DeltaKernelSpec` per distinct specialization of its
/// `deltaproduct` / `deltaproduct_grad` nodes. The executor compiles these, and `deltac compile
/// --emit llvm|asm` (and so Generated/) dumps these, so both always agree.
public enum RecurrenceKernelPlan {
  /// The recurrence parameters of a node, or nil for any other op.
  public static func params(_ op: Op) -> DeltaProductParams? {
    switch op {
    case .deltaProduct(let p), .deltaProductGrad(let p): return p
    default: return nil
    }
  }

  /// The kernel specialization of a recurrence node: K and V from its q and v operand types, the
  /// chunk and form from the op, as choose-chunk-size decided them (`DeltaKernelSpec.init(schedule:)`).
  public static func spec(
    _ p: DeltaProductParams, q: TensorType?, v: TensorType?, node: Node
  ) throws(InterpreterError) -> DeltaKernelSpec {
    guard let keyDim = q?.dims.last?.concrete, let valueDim = v?.dims.last?.concrete else {
      throw InterpreterError(
        "\(node.result): \(node.op.name): key and value head dims must be concrete")
    }
    return DeltaKernelSpec(
      keyDim: keyDim, valueDim: valueDim, householder: p.numHouseholder, schedule: p.chunk,
      gated: p.gated, scale: Float(p.scale), inputs: p.inputs)
  }

  /// The distinct kernel specializations of `graph`, in the order their first node appears.
  public static func specs(for graph: Graph) throws(InterpreterError) -> [DeltaKernelSpec] {
    let types = graph.types
    var seen: [DeltaKernelSpec] = []
    for node in graph.nodes {
      guard let p = params(node.op) else { continue }
      let s = try spec(p, q: types[node.inputs[0]], v: types[node.inputs[2]], node: node)
      if !seen.contains(s) { seen.append(s) }
    }
    return seen
  }

  /// The LLVM IR or assembly of every kernel `graph` needs, for the fixed dump target.
  public static func dump(_ graph: Graph, _ kind: KernelDumps.Kind) throws -> String {
    try dump([graph], kind)
  }

  /// The same for several graphs (training's and evaluation's), each specialization once, in order.
  public static func dump(_ graphs: [Graph], _ kind: KernelDumps.Kind) throws -> String {
    var all: [DeltaKernelSpec] = []
    for g in graphs { for s in try specs(for: g) where !all.contains(s) { all.append(s) } }
    return try all.map { try KernelDumps.dump($0, kind) }.joined()
  }
}
