import DeltaCodegen
import DeltaIR

/// The layout decisions of a plan in words (`deltac compile --emit plan`'s `layout` lines): which
/// splits, reshapes and concats are views or are written in place, and which operands are copied and
/// why, then the arena's size. A reader sees there why a step moves no bytes it need not move.
extension PlanLayout {
  func report(arena: (count: Int, fixed: Int)) -> [String] {
    var lines: [String] = []
    var copiedFloats = 0
    for (i, node) in graph.nodes.enumerated() {
      let result = "\(node.results[0].value)"
      for c in copies[i] { copiedFloats += c.from.view.count }
      switch node.op {
      case .split:
        let part = places[node.results[0].value]!.view
        lines.append(
          copies[i].isEmpty
            ? "\(result) ...: split of \(node.inputs[0]) as views\(Self.rows(part))"
            : "\(result) ...: split of a copy of \(node.inputs[0]) (its parts are no views of it)")
      case .concat:
        let copied = node.inputs.filter { v in copies[i].contains { $0.from == places[v]! } }
        if roots[places[node.results[0].value]!.root].fixed {
          lines.append("\(result): concat as a view (the parameters lie side by side in the arena)")
        } else if copied.isEmpty {
          lines.append("\(result): concat written in place (each part's producer writes its slice)")
        } else {
          let names = copied.map { "\($0)" }.joined(separator: ", ")
          let inPlace = node.inputs.count - copied.count
          lines.append(
            "\(result): concat copies \(names)"
              + (inPlace > 0
                ? "; \(inPlace) other part\(inPlace == 1 ? "" : "s") written in place" : "")
              + " (a part read elsewhere, or made by a kernel that writes contiguous rows)")
        }
      case .reshape:
        if !copies[i].isEmpty {
          lines.append(
            "\(result): reshape of a copy of \(node.inputs[0]) (its rows do not regroup)")
        }
      default:
        if case .fused(let k) = node.op, k.epilogue {
          let gemm = graph.nodes[max(0, i - 1)].results[0].value
          lines.append(
            i > 0 && epilogue(after: i - 1) != nil
              ? "\(result) ...: computed in the register tiles of \(gemm)'s GEMM (epilogue)"
              : "\(result) ...: marked epilogue=gemm, runs as its own kernel (an operand or result"
                + " is not a view of equally spaced rows, or it does not follow its GEMM)")
        }
        for c in copies[i] {
          let v = node.inputs.first { places[$0]! == c.from }.map { "\($0)" } ?? "an operand"
          lines.append(
            "\(result) = \(node.op.name) reads a contiguous copy of \(v)\(Self.rows(c.from.view))")
        }
      }
    }
    let mb = { (floats: Int) in String(format: "%.2f MB", Double(floats * 4) / 1e6) }
    let dimText = dims.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
      separator: " ")
    lines.append(
      "arena \(mb(arena.count)) at \(dimText): parameters and inputs \(mb(arena.fixed)), "
        + "activations \(mb(arena.count - arena.fixed)); \(mb(copiedFloats)) copied per run")
    return lines
  }

  /// ", rows N floats apart" for a strided view, else "".
  static func rows(_ v: View) -> String {
    if v.isContiguous { return "" }
    if let s = v.stride { return " (rows \(s) floats apart)" }
    return " (rows in groups of \(v.inner), \(v.innerStride) and \(v.outerStride) floats apart)"
  }
}

extension PlanLayout {
  /// The epilogue after GEMM node i when the plan runs it in the GEMM's tiles: the gemm-epilogues
  /// pass marked the fused node after it, and every operand and result the tiles read or write is a
  /// view of equally spaced rows (no copy first); else the node runs as its own kernel. `places`:
  /// the fused node's operands (nil: the GEMM's result, from the tile), then its results.
  func epilogue(after i: Int) -> (spec: GemmEpilogueSpec, fused: Int, places: [Place?])? {
    let j = i + 1
    guard j < graph.nodes.count, case .fused(let k) = graph.nodes[j].op, k.epilogue,
      let e = GemmEpilogue.match(graph, gemm: i, fused: j), copies[j].isEmpty,
      k.operands.count + k.results.count <= GemmEpilogueSpec.pointerNames.count
    else { return nil }
    var strides: [Int] = []
    var places: [Place?] = []
    for (place, (tile, kind)) in zip(operands[j], zip(e.fromTile, k.operands)) {
      if tile {
        strides.append(0)
        places.append(nil)
        continue
      }
      guard let stride = place.view.stride, kind == .full || place.view.isContiguous else {
        return nil
      }
      strides.append(stride)
      places.append(place)
    }
    for result in graph.nodes[j].results {
      guard let place = self.places[result.value], let stride = place.view.stride else {
        return nil
      }
      strides.append(stride)
      places.append(place)
    }
    let spec = GemmEpilogueSpec(
      kernel: k, fromTile: e.fromTile, strides: strides, storesResult: e.storesResult)
    return (spec, j, places)
  }
}

extension ExecutionPlan {
  /// The layout of a run of `graph` at `dims`, without allocating it or compiling a kernel.
  static func layout(_ graph: Graph, dims: [String: Int]) throws -> PlanLayout {
    var specs: [Int: DeltaKernelSpec] = [:]
    let types = graph.types
    for (i, node) in graph.nodes.enumerated() {
      guard let params = RecurrenceKernelPlan.params(node.op) else { continue }
      specs[i] = try RecurrenceKernelPlan.spec(
        params, q: types[node.inputs[0]]!, v: types[node.inputs[2]]!, node: node)
    }
    return try PlanLayout(
      graph, dims: dims, stateCounts: stateCounts(graph, dims: dims, specs: specs))
  }
}

extension Executor {
  /// The plan's layout decisions for a run of `graph` at `dims`, one line each (see
  /// `PlanLayout.report`).
  public static func layoutText(_ graph: Graph, dims: [String: Int]) throws -> [String] {
    let layout = try ExecutionPlan.layout(graph, dims: dims)
    let (_, count, fixed) = ArenaAllocator.place(layout.roots, nodes: graph.nodes.count)
    return layout.report(arena: (count, fixed))
  }
}
