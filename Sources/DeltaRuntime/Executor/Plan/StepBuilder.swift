import DeltaCodegen
import DeltaIR

/// Makes the kernel call of each node of a laid-out plan, with its pointers resolved (the arena does
/// not move). Each op goes to one production kernel: a JIT fused kernel, the JIT recurrence, the JIT
/// GEMM over views, or a host kernel (`HostKernels`, `GenericKernels`).
struct StepBuilder {
  let graph: Graph
  let layout: PlanLayout
  let arena: UnsafeMutablePointer<Float>
  let ids: UnsafeMutablePointer<Int32>
  let offsets: [Int]
  let recurrence: [Int: DeltaProductKernels]
  let threads: Int
  let cache: KernelCache
  /// Buffers the steps own (freed with the plan).
  var scratch: [UnsafeMutablePointer<Float>] = []
  /// The packing buffers of every GEMM of the plan (they run one at a time), allocated once the
  /// steps are made.
  let gemmWorkspace = GemmWorkspace()
  /// Fused nodes that a GEMM before them computes in its tiles (their steps do nothing).
  var epilogues: Set<Int> = []

  func pointer(_ p: Place) -> UnsafeMutablePointer<Float> {
    arena + offsets[p.root] + p.view.offset
  }

  /// The start of a root.
  func base(_ root: Int) -> UnsafeMutablePointer<Float> { arena + offsets[root] }

  func idPointer(_ v: Value) throws -> UnsafeMutablePointer<Int32> {
    guard let offset = layout.ids[v] else {
      throw InterpreterError("\(v) is not an i32 input; the runtime reads ids only from inputs")
    }
    return ids + offset
  }

  mutating func zeros(_ count: Int) -> UnsafeMutablePointer<Float> {
    let p = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
    p.initialize(repeating: 0, count: max(count, 1))
    scratch.append(p)
    return p
  }

  /// Node i's copies, then its kernel.
  mutating func step(_ i: Int) throws -> Step {
    if epilogues.contains(i) { return Step(node: i, path: .epilogue) { _ in } }
    let copies = layout.copies[i].map { c in
      Copy(from: c.from.view, source: base(c.from.root), to: c.to.view, target: base(c.to.root))
    }
    let kernel = try self.kernel(i, graph.nodes[i])
    let threads = self.threads
    let path = KernelPath.of(graph.nodes[i].op)
    if copies.isEmpty { return Step(node: i, path: path, run: kernel) }
    let regions = copies.map { $0.region(threads: threads) }
    return Step(node: i, path: path == .view ? .copy : path) { context in
      for r in regions { r.run() }
      try kernel(context)
    }
  }

  /// The kernel call of node i (nil work for views).
  mutating func kernel(_ i: Int, _ node: Node) throws -> (RunContext) throws -> Void {
    let x = layout.operands[i]
    let out = node.results.map { layout.places[$0.value]! }
    let shapes = node.inputs.map { layout.shapes[$0]! }
    let outShapes = node.results.map { layout.shapes[$0.value]! }
    let threads = self.threads
    switch node.op {
    case .reshape, .split, .concat:
      return { _ in }
    case .full(let value, _):
      let (o, n) = (pointer(out[0]), out[0].view.count)
      return { _ in o.update(repeating: Float(value), count: n) }
    case .linear:
      return try gemm(x[0], x[1], out[0], transA: false, transB: true, node: i)
    case .matmul(let ta, let tb):
      return try matmul(x, shapes, out[0], ta, tb, node: i)
    case .fused(let k):
      let domain = k.shape.dims.map { $0.evaluate(layout.dims) ?? 1 }
      return try fused(k, x, out, domain)
    case .deltaProduct(let p):
      return forward(i, p, x, out, shapes)
    case .deltaProductGrad(let p):
      return backward(i, p, x, out, shapes)
    case .embedding:
      let (ids, w, o) = (try idPointer(node.inputs[0]), pointer(x[1]), pointer(out[0]))
      let (n, vocab, dim) = (shapes[0].reduce(1, *), shapes[1][0], shapes[1].last!)
      let region = HostKernels.embeddingRegion(
        ids: ids, count: n, weight: w, dim: dim, out: o, threads: threads)
      return { _ in
        try HostKernels.checkIDs(ids, count: n, vocab: vocab, op: "embedding")
        region.run()
      }
    case .embeddingGrad(let vocab):
      let (ids, dy, o) = (try idPointer(node.inputs[0]), pointer(x[1]), pointer(out[0]))
      let (n, dim) = (shapes[0].reduce(1, *), shapes[1].last!)
      let region = HostKernels.embeddingGradRegion(
        ids: ids, count: n, dy: dy, vocab: vocab, dim: dim, out: o, threads: threads)
      return { _ in
        try HostKernels.checkIDs(ids, count: n, vocab: vocab, op: "embedding_grad")
        region.run()
      }
    case .crossEntropy(let ignore):
      let (logits, labels, o) = (pointer(x[0]), try idPointer(node.inputs[1]), pointer(out[0]))
      let (rows, vocab) = (shapes[1].reduce(1, *), shapes[0].last!)
      let call = CrossEntropyCall(
        logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: ignore,
        threads: threads)
      return { _ in o[0] = try call.loss() }
    case .crossEntropyGrad(let ignore):
      let (logits, labels) = (pointer(x[0]), try idPointer(node.inputs[1]))
      let (dLoss, o) = (pointer(x[2]), pointer(out[0]))
      let (rows, vocab) = (shapes[1].reduce(1, *), shapes[0].last!)
      let call = CrossEntropyGradCall(
        logits: logits, labels: labels, rows: rows, vocab: vocab, ignoreIndex: ignore, out: o,
        threads: threads)
      return { _ in try call.run(dLoss: dLoss[0]) }
    case .conv1d, .conv1dSilu:
      return conv(i, node.op == .conv1dSilu, x, out[0], shapes)
    case .conv1dGrad, .conv1dSiluGrad:
      let s = shapes[0]
      let (px, w, dy) = (pointer(x[0]), pointer(x[1]), pointer(x[2]))
      let (dx, dw, stride) = (pointer(out[0]), pointer(out[1]), x[0].view.stride!)
      let (t, c, width) = (s[s.count - 2], s.last!, shapes[1].last!)
      let batch = s.reduce(1, *) / max(1, t * c)
      let silu = node.op == .conv1dSiluGrad
      let taps = zeros(HostKernels.tapCount(channels: c, width: width))
      let region = HostKernels.conv1dGradRegion(
        x: px, xStride: stride, taps: taps, bias: nil, dy: dy, dx: dx, dWeight: dw, batch: batch,
        length: t, channels: c, width: width, silu: silu, threads: threads)
      return { _ in
        HostKernels.writeTaps(w, channels: c, width: width, into: taps)
        region.run()
      }
    case .reduceSum(let axes, _), .reduceMean(let axes, _):
      let mean: Bool
      if case .reduceMean = node.op { mean = true } else { mean = false }
      let (px, o, s) = (pointer(x[0]), pointer(out[0]), shapes[0])
      if axes == Array(0..<axes.count) && !mean {
        let width = s[axes.count...].reduce(1, *)
        let rows = s[..<axes.count].reduce(1, *)
        return { _ in HostKernels.sumRows(x: px, rows: rows, width: width, out: o, threads: threads)
        }
      }
      return { _ in GenericKernels.reduce(px, shape: s, axes: axes, mean: mean, out: o) }
    case .transpose(let perm):
      let (px, o, s) = (pointer(x[0]), pointer(out[0]), shapes[0])
      return { _ in GenericKernels.transpose(px, shape: s, perm: perm, out: o) }
    case .broadcastTo:
      let (px, o, s, to) = (pointer(x[0]), pointer(out[0]), shapes[0], outShapes[0])
      return { _ in GenericKernels.broadcast(px, shape: s, to: to, out: o) }
    case .unary, .mulScalar, .addScalar, .siluGrad, .add, .sub, .mul, .div:
      let operands = zip(x, shapes).map { (UnsafePointer(pointer($0)), $1) }
      let (o, shape, op) = (pointer(out[0]), outShapes[0], node.op)
      return { _ in
        GenericKernels.elementwise(op, operands: operands, out: o, shape: shape, threads: threads)
      }
    case .rmsNorm, .rmsNormGrad, .gatedRMSNorm, .gatedRMSNormGrad, .l2norm, .l2normGrad:
      let operands = x.map { UnsafePointer(pointer($0)) }
      let results = out.map(pointer)
      let s = shapes[0]
      let (width, op) = (s.last ?? 1, node.op)
      let rows = s.reduce(1, *) / max(1, width)
      return { _ in
        GenericKernels.norm(
          op, operands: operands, results: results, rows: rows, width: width, threads: threads)
      }
    }
  }
}

/// A copy of the rows of one view into another of the same rows and width (a concat's part, an
/// operand a kernel cannot read through its view).
struct Copy {
  let from: View
  let source: UnsafeMutablePointer<Float>
  let to: View
  let target: UnsafeMutablePointer<Float>

  func run(threads: Int) { region(threads: threads).run() }

  /// The copy as a region made once (a step's copies).
  func region(threads: Int) -> ParallelFor.Region {
    let (from, to) = (from, to)
    let (source, target) = (SendablePointer(source), SendablePointer(target))
    if from.isContiguous && to.isContiguous {
      return HostKernels.copyRegion(
        src: source.const! + from.offset, dst: target.pointer! + to.offset, count: from.count,
        threads: threads)
    }
    if let s = from.stride, let d = to.stride {
      return HostKernels.copyRowsRegion(
        src: source.const! + from.offset, srcStride: s, dst: target.pointer! + to.offset,
        dstStride: d, rows: from.rows, width: from.width, threads: threads)
    }
    return ParallelFor.Region(count: 1, threads: 1) { _, _ in
      for r in 0..<from.rows {
        (target.pointer! + to.rowStart(r)).update(
          from: source.const! + from.rowStart(r), count: from.width)
      }
    }
  }
}
