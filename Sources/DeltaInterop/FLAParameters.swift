import DeltaIR
import DeltaRuntime
import DeltaSpec

/// How the per-layer n_h-step projections are stored.
public enum FLALayout: String, Sendable, CaseIterable {
  /// Current fla: one `k_proj` whose rows are the n_h steps' blocks in step order (also `v_proj`,
  /// `b_proj`, `k_conv1d`, `v_conv1d`).
  case fused
  /// Paper-era DeltaProduct: `k_projs.{j}`, `v_projs.{j}`, `b_projs.{j}`, `k_conv1ds.{j}`,
  /// `v_conv1ds.{j}`, one module per step j.
  case perStep = "per-step"
}

/// The parameters of a model graph (fla names, which deltac's lowering uses as they are) read from
/// and written to safetensors, with every name and shape checked.
public enum FLAParameters {
  /// Attention sub-modules stored per step in the older layout.
  static let perStepModules = ["k_proj", "v_proj", "b_proj", "k_conv1d", "v_conv1d"]

  /// The graph's parameters with concrete shapes, in graph order.
  public static func expected(_ graph: Graph) -> [(name: String, shape: [Int])] {
    graph.parameters.map { p in (p.value.name, p.type.dims.map { $0.concrete ?? 0 }) }
  }

  /// Older-layout name of step `j` of a fused parameter, or nil when it is not split per step:
  /// `model.layers.0.attn.k_proj.weight` -> `model.layers.0.attn.k_projs.1.weight`.
  public static func perStepName(_ fused: String, step j: Int) -> String? {
    for module in perStepModules {
      let marker = ".attn.\(module)."
      if let range = fused.range(of: marker) {
        return String(fused[..<range.lowerBound]) + ".attn.\(module)s.\(j)."
          + String(fused[range.upperBound...])
      }
    }
    return nil
  }

  /// Reads every parameter of `graph` from `file` (fused or per-step layout, any float dtype). Tensors
  /// the model does not have are errors, except names under `allowedExtraPrefix` (a deltac checkpoint's
  /// `optimizer.` state); with tied embeddings a stored `lm_head.weight` must equal the embeddings.
  public static func read(
    _ file: SafeTensorsFile, graph: Graph, numHouseholder n: Int, tied: Bool,
    allowedExtraPrefix: String? = nil
  ) throws(CheckpointError) -> [String: Tensor<Float>] {
    try read(
      TensorStore(file), graph: graph, numHouseholder: n, tied: tied,
      allowedExtraPrefix: allowedExtraPrefix)
  }

  /// `read` from a file or the shards of a sharded checkpoint.
  public static func read(
    _ store: TensorStore, graph: Graph, numHouseholder n: Int, tied: Bool,
    allowedExtraPrefix: String? = nil
  ) throws(CheckpointError) -> [String: Tensor<Float>] {
    var used: Set<String> = []
    var out: [String: Tensor<Float>] = [:]
    for (name, shape) in expected(graph) {
      if store.file(for: name) != nil {
        out[name] = Tensor(shape: shape, data: try load(store, name, shape: shape))
        used.insert(name)
      } else if let first = perStepName(name, step: 0), store.file(for: first) != nil {
        out[name] = try loadPerStep(store, name, shape: shape, steps: n, used: &used)
      } else {
        throw CheckpointError(
          file: store.path, tensor: name,
          "missing; the model needs it (F32 \(SafeTensorsHeaderText.shape(shape)))")
      }
    }
    let head = "lm_head.weight"
    if tied, let file = store.file(for: head), let embeddings = out["model.embeddings.weight"] {
      let values = try load(store, head, shape: embeddings.shape)
      guard values.map(\.bitPattern) == embeddings.data.map(\.bitPattern) else {
        throw CheckpointError(
          file: file.path, tensor: head,
          "differs from model.embeddings.weight, but tie_word_embeddings is true")
      }
      used.insert(head)
    }
    for name in store.names where !used.contains(name) {
      if let prefix = allowedExtraPrefix, name.hasPrefix(prefix) { continue }
      throw CheckpointError(
        file: store.file(for: name)?.path ?? store.path, tensor: name,
        "not a parameter of the model (unexpected tensor)")
    }
    return out
  }

  /// Tensor `name` as Float32, checked against `shape`.
  static func load(_ store: TensorStore, _ name: String, shape: [Int]) throws(CheckpointError)
    -> [Float]
  {
    guard let file = store.file(for: name), let e = file.entry(name) else {
      throw CheckpointError(file: store.path, tensor: name, "missing")
    }
    guard e.shape == shape else {
      throw CheckpointError(
        file: file.path, tensor: name,
        "shape \(SafeTensorsHeaderText.shape(e.shape)), expected \(SafeTensorsHeaderText.shape(shape))"
      )
    }
    return try file.floats(name)
  }

  /// The n steps' blocks, each `[rows / n, ...]`, concatenated along the first dim in step order.
  static func loadPerStep(
    _ store: TensorStore, _ name: String, shape: [Int], steps n: Int, used: inout Set<String>
  ) throws(CheckpointError) -> Tensor<Float> {
    guard let rows = shape.first, n > 0, rows % n == 0 else {
      throw CheckpointError(file: store.path, tensor: name, "cannot split into \(n) steps")
    }
    let part = [rows / n] + shape.dropFirst()
    var data: [Float] = []
    for j in 0..<n {
      guard let stepName = perStepName(name, step: j) else { break }
      data += try load(store, stepName, shape: part)
      used.insert(stepName)
    }
    return Tensor(shape: shape, data: data)
  }

  /// The tensors to write for `parameters` in `layout` (per-step splits the fused ones; with tied
  /// embeddings there is no `lm_head.weight`, as Hugging Face saves shared tensors once).
  public static func tensors(
    _ parameters: [String: Tensor<Float>], graph: Graph, numHouseholder n: Int, layout: FLALayout
  ) -> [NamedTensor] {
    var out: [NamedTensor] = []
    for (name, _) in expected(graph) {
      guard let t = parameters[name] else { continue }
      guard layout == .perStep, perStepName(name, step: 0) != nil, let rows = t.shape.first,
        n > 0, rows % n == 0
      else {
        out.append(NamedTensor(name: name, shape: t.shape, floats: t.data))
        continue
      }
      let part = [rows / n] + t.shape.dropFirst()
      let size = part.reduce(1, *)
      for j in 0..<n {
        guard let stepName = perStepName(name, step: j) else { continue }
        let slice = Array(t.data[(j * size)..<((j + 1) * size)])
        out.append(NamedTensor(name: stepName, shape: part, floats: slice))
      }
    }
    return out
  }
}

/// Shapes as messages print them: `[13, 64]`.
enum SafeTensorsHeaderText {
  static func shape(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }
}
