import DeltaIR

/// A region of the arena: the parameters of a fused weight or one parameter or input (fixed: the
/// run copies them in), or an activation, live from node `first` to node `last` (placed by
/// `ArenaAllocator`).
struct Root {
  var count: Int
  var first: Int
  var last: Int
  var fixed = false
}

/// The storage of one value: a root seen through a view.
struct Place: Equatable {
  var root: Int
  var view: View
}

/// How an op reads an operand: through any view, with equally spaced rows, with equally spaced
/// tokens of this many floats each (the recurrence's q, k, v with input activations), or only
/// contiguous.
enum Need {
  case any, stride
  case tokens(Int)
  case contiguous

  func accepts(_ v: View) -> Bool {
    switch self {
    case .any: return true
    case .stride: return v.stride != nil
    case .tokens(let width): return v.reshaped(width: width)?.stride != nil
    case .contiguous: return v.isContiguous
    }
  }
}

/// The first half of an `ExecutionPlan`: where every value lives (a root and a view, `places`),
/// at the concrete dims of one run. Reshapes and splits are views of their operand, a concat of
/// parameters (a fused projection's weight) is a view of the parameters laid out side by side, and
/// an operand a kernel cannot read through its view is copied first (`copies`).
struct PlanLayout {
  let graph: Graph
  let dims: [String: Int]
  var roots: [Root] = []
  var shapes: [Value: [Int]] = [:]
  var places: [Value: Place] = [:]
  /// Per node: copies to make before it runs, and where it reads each operand from.
  var copies: [[(from: Place, to: Place)]]
  var operands: [[Place]]
  /// i32 inputs: offset in the id buffer.
  var ids: [Value: Int] = [:]
  var idCount = 0
  /// Per recurrence node: the root of its chunk-boundary states.
  var states: [Int: Int] = [:]
  /// Values their producer writes into a later concat's output (`placeConcats`), and the root of
  /// each such concat by node.
  var inPlace: [Value: Place] = [:]
  var concatRoots: [Int: Int] = [:]
  /// Per recurrence grad node that recomputes the forward: scratch for the states, o, S_T.
  var recompute: [Int: (states: Int, output: Int, final: Int)] = [:]

  init(
    _ graph: Graph, dims: [String: Int], stateCounts: [Int: Int]
  ) throws(InterpreterError) {
    self.graph = graph
    self.dims = dims
    copies = Array(repeating: [], count: graph.nodes.count)
    operands = Array(repeating: [], count: graph.nodes.count)
    for tv in graph.parameters + graph.inputs + graph.nodes.flatMap(\.results) {
      shapes[tv.value] = try Feed.concrete(tv.type.shape, dims)
    }
    placeParameters()
    for tv in graph.inputs {
      if tv.type.dtype == .i32 {
        ids[tv.value] = idCount
        idCount += count(tv.value)
        // Ids live in their own buffer; an empty root keeps every operand placed.
        places[tv.value] = newRoot(count: 0, width: 1, first: -1, fixed: true)
      } else {
        places[tv.value] = newRoot(tv.value, first: -1, fixed: true)
      }
    }
    placeConcats()
    for (i, node) in graph.nodes.enumerated() { layOut(i, node, stateCounts: stateCounts) }
    extendLifetimes()
  }

  func count(_ v: Value) -> Int { shapes[v]!.reduce(1, *) }
  func width(_ v: Value) -> Int { shapes[v]!.last ?? 1 }

  mutating func newRoot(_ v: Value, first: Int, fixed: Bool = false) -> Place {
    newRoot(count: count(v), width: width(v), first: first, fixed: fixed)
  }

  mutating func newRoot(count: Int, width: Int, first: Int, fixed: Bool = false) -> Place {
    roots.append(Root(count: count, first: first, last: first, fixed: fixed))
    return Place(root: roots.count - 1, view: .contiguous(offset: 0, count: count, width: width))
  }

  /// Parameters concatenated along their first axis by a concat node (a fused projection's weight)
  /// share one root, side by side in the concat's order, so the concat is a view.
  mutating func placeParameters() {
    let parameters = Set(graph.parameters.map(\.value))
    var placed: Set<Value> = []
    for node in graph.nodes {
      guard case .concat(let axis) = node.op, node.inputs.allSatisfy(parameters.contains),
        Set(node.inputs).count == node.inputs.count,
        node.inputs.allSatisfy({ !placed.contains($0) }),
        shapes[node.inputs[0]]![..<axis].allSatisfy({ $0 == 1 })
      else { continue }
      let total = node.inputs.reduce(0) { $0 + count($1) }
      let group = newRoot(count: total, width: 1, first: -1, fixed: true)
      var offset = 0
      for v in node.inputs {
        places[v] = Place(
          root: group.root, view: .contiguous(offset: offset, count: count(v), width: width(v)))
        offset += count(v)
        placed.insert(v)
      }
    }
    for tv in graph.parameters where places[tv.value] == nil {
      places[tv.value] = newRoot(tv.value, first: -1, fixed: true)
    }
  }

  mutating func layOut(_ i: Int, _ node: Node, stateCounts: [Int: Int]) {
    let results = node.results.map(\.value)
    switch node.op {
    case .reshape:
      var from = places[node.inputs[0]]!
      if from.view.reshaped(width: width(results[0])) == nil {
        from = materialize(i, from, node.inputs[0])
      }
      places[results[0]] = Place(
        root: from.root, view: from.view.reshaped(width: width(results[0]))!)
      operands[i] = [from]
      return
    case .split(let axis, let sizes):
      let shape = shapes[node.inputs[0]]!
      var source = places[node.inputs[0]]!
      if source.view.part(axis: axis, start: 0, size: sizes[0], shape: shape) == nil {
        source = materialize(i, source, node.inputs[0])
      }
      var start = 0
      for (r, size) in zip(results, sizes) {
        let view = source.view.part(axis: axis, start: start, size: size, shape: shape)!
        places[r] = Place(root: source.root, view: view)
        start += size
      }
      operands[i] = [source]
      return
    case .concat(let axis):
      let first = node.inputs.first.flatMap { places[$0] }
      if let first, roots[first.root].fixed, let group = concatOfAdjacent(node.inputs) {
        places[results[0]] = Place(root: first.root, view: group)
        operands[i] = node.inputs.map { places[$0]! }
        return
      }
      let to =
        concatRoots[i].map {
          Place(
            root: $0,
            view: .contiguous(offset: 0, count: count(results[0]), width: width(results[0])))
        } ?? newRoot(results[0], first: i)
      let shape = shapes[results[0]]!
      var start = 0
      for v in node.inputs {
        let size = shapes[v]![axis]
        let dst = Place(
          root: to.root, view: to.view.part(axis: axis, start: start, size: size, shape: shape)!)
        // A part its producer wrote in place is already there.
        if places[v]! != dst {
          copies[i].append((places[v]!, dst))
        }
        start += size
      }
      places[results[0]] = to
      operands[i] = node.inputs.map { places[$0]! }
      return
    case .fused(let k):
      // A full operand is read in rows of the kernel's width, whatever its own shape.
      let w = k.width.evaluate(dims) ?? 1
      operands[i] = zip(node.inputs, k.operands).map { v, kind in
        guard kind == .full else { return read(i, v, needs: .contiguous) }
        var place = places[v]!
        if place.view.reshaped(width: w) == nil { place = materialize(i, place, v) }
        return Place(root: place.root, view: place.view.reshaped(width: w)!)
      }
      for r in results { places[r] = inPlace[r] ?? newRoot(r, first: i) }
      return
    default:
      break
    }
    operands[i] = node.inputs.enumerated().map { j, v in
      read(i, v, needs: Self.need(node.op, operand: j, shapes: node.inputs.map { shapes[$0]! }))
    }
    for r in results { places[r] = inPlace[r] ?? newRoot(r, first: i) }
    switch node.op {
    case .deltaProduct(let p):
      let states = newRoot(count: stateCounts[i]!, width: 1, first: i).root
      self.states[i] = states
      if !p.recomputeStates, let j = matchingGrad(of: i, node) { roots[states].last = j }
    case .deltaProductGrad(let p):
      let forward = graph.nodes[..<i].lastIndex {
        if case .deltaProduct = $0.op {
          return Array(node.inputs[..<p.forwardOperandCount]) == $0.inputs
        }
        return false
      }
      if let f = forward, !p.recomputeStates, states[f] != nil, roots[states[f]!].last == i {
        states[i] = states[f]
      } else {
        let q = shapes[node.inputs[0]]!
        let stateCount = stateCounts[i]!
        let outputs = q.reduce(1, *) / q[3] * shapes[node.inputs[2]]!.last!
        let final = q[0] * q[2] * q[3] * shapes[node.inputs[2]]!.last!
        recompute[i] = (
          newRoot(count: stateCount, width: 1, first: i).root,
          newRoot(count: outputs, width: 1, first: i).root,
          newRoot(count: final, width: 1, first: i).root
        )
      }
    default:
      break
    }
  }

  /// The forward's grad node that reads the same operands (the backward that uses its states).
  func matchingGrad(of i: Int, _ node: Node) -> Int? {
    graph.nodes.indices.dropFirst(i + 1).first {
      if case .deltaProductGrad(let p) = graph.nodes[$0].op {
        return !p.recomputeStates
          && Array(graph.nodes[$0].inputs[..<p.forwardOperandCount]) == node.inputs
      }
      return false
    }
  }

  /// The concat of parameters laid out side by side: a contiguous view of their root.
  func concatOfAdjacent(_ inputs: [Value]) -> View? {
    var offset = places[inputs[0]]!.view.offset
    let root = places[inputs[0]]!.root
    for v in inputs {
      guard let p = places[v], p.root == root, p.view.isContiguous, p.view.offset == offset
      else { return nil }
      offset += p.view.count
    }
    let start = places[inputs[0]]!.view.offset
    return .contiguous(offset: start, count: offset - start, width: width(inputs[0]))
  }

  /// Where node i reads v from: its place, or a contiguous copy made just before node i.
  mutating func read(_ i: Int, _ v: Value, needs: Need) -> Place {
    let place = places[v]!
    return needs.accepts(place.view) ? place : materialize(i, place, v)
  }

  mutating func materialize(_ i: Int, _ place: Place, _ v: Value) -> Place {
    let to = newRoot(v, first: i)
    copies[i].append((place, to))
    return to
  }

  /// Every root lives until the last node that reads it through any of its views; the graph's
  /// outputs until the end.
  mutating func extendLifetimes() {
    for (i, places) in operands.enumerated() {
      for p in places where !roots[p.root].fixed { roots[p.root].last = max(roots[p.root].last, i) }
      for c in copies[i] where !roots[c.from.root].fixed {
        roots[c.from.root].last = max(roots[c.from.root].last, i)
      }
    }
    for output in graph.outputs {
      if let p = places[output.value], !roots[p.root].fixed {
        roots[p.root].last = graph.nodes.count
      }
    }
  }

  /// What view each op can read operand j through.
  static func need(_ op: Op, operand j: Int, shapes: [[Int]]) -> Need {
    switch op {
    case .fused(let k): return k.operands[j] == .full ? .any : .contiguous
    case .linear: return .stride
    case .matmul(let ta, _):
      return GemmShape.folds(ta, a: shapes[0], b: shapes[1]) ? .stride : .contiguous
    case .conv1d, .conv1dSilu, .conv1dGrad, .conv1dSiluGrad: return j == 0 ? .stride : .contiguous
    case .deltaProduct(let p), .deltaProductGrad(let p):
      return p.inputs != .plain && j < 3 ? .tokens(Self.tokenWidth(shapes[j])) : .contiguous
    default: return .contiguous
    }
  }

  /// Floats per token of a [B, T, ...] tensor (the recurrence's q, k, v and their gradients).
  static func tokenWidth(_ shape: [Int]) -> Int { shape.dropFirst(2).reduce(1, *) }
}
