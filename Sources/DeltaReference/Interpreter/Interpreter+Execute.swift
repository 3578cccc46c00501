import DeltaIR
import DeltaRuntime

/// The one exhaustive switch over `Op`: a new op does not compile until it is handled here.
/// Operand counts, dtypes and shapes were verified against the declared types before execution, so
/// each case only unpacks its operands and calls its ReferenceKernels function.
extension Interpreter {
  typealias K = ReferenceKernels

  static func execute(_ op: Op, _ x: [TensorValue<S>], dims: [String: Int]) throws -> [TensorValue<
    S
  >] {
    switch op {
    // ** 1 -- constants, lookup **
    case .full(let value, let type):
      let shape = try Feed.concrete(type.shape, dims)
      if type.dtype == .i32 {
        guard let v = Int32(exactly: value) else {
          throw KernelError("full: \(value) is not an i32")
        }
        return [.index(Tensor(shape: shape, repeating: v))]
      }
      return [.real(Tensor(shape: shape, repeating: S(value)))]
    case .embedding:
      let (ids, w) = (try index(x[0]), try real(x[1]))
      let out = try K.embeddingForward(
        weight: w.data, vocab: w.shape[0], dim: w.shape[1], ids: ids.data)
      return [real(ids.shape + [w.shape[1]], out)]
    case .embeddingGrad(let vocab):
      guard vocab >= 0 else { throw KernelError("num_embeddings \(vocab) is negative") }
      let (ids, dy) = (try index(x[0]), try real(x[1]))
      let d = dy.shape.last!
      return [
        real(
          [vocab, d], try K.embeddingBackward(dOutput: dy.data, vocab: vocab, dim: d, ids: ids.data)
        )
      ]

    // ** 2 -- linear algebra **
    case .linear:
      let (a, w) = (try real(x[0]), try real(x[1]))
      let (n, k) = (w.shape[0], w.shape[1])
      let out = K.linearForward(
        x: a.data, weight: w.data, rows: a.count / max(k, 1), inFeatures: k, outFeatures: n)
      return [real(a.shape.dropLast() + [n], out)]
    case .matmul(let ta, let tb):
      let (a, b) = (try real(x[0]), try real(x[1]))
      let d = matmulDims(a.shape, b.shape, ta, tb)
      return [real(a.shape.dropLast(2) + [d.m, d.n], K.matmulForward(a: a.data, b: b.data, d))]

    // ** 3 -- elementwise unary **
    case .unary(let f): return [try unary(f, x[0])]
    case .mulScalar(let c):
      let a = try real(x[0])
      return [real(a.shape, K.affineForward(a.data, scale: S(c), shift: 0))]
    case .addScalar(let c):
      let a = try real(x[0])
      return [real(a.shape, K.affineForward(a.data, scale: 1, shift: S(c)))]
    case .siluGrad:
      let (a, dy) = (try real(x[0]), try real(x[1]))
      return [real(a.shape, K.unaryBackward(.silu, x: a.data, dY: dy.data))]

    // ** 4 -- elementwise binary **
    case .add: return [try binary(.add, x[0], x[1])]
    case .sub: return [try binary(.sub, x[0], x[1])]
    case .mul: return [try binary(.mul, x[0], x[1])]
    case .div: return [try binary(.div, x[0], x[1])]

    // ** 5 -- reductions and shape **
    case .reduceSum(let axes, let keep):
      return [try reduce(.sum, x[0], axes: axes, keepDims: keep)]
    case .reduceMean(let axes, let keep):
      return [try reduce(.mean, x[0], axes: axes, keepDims: keep)]
    case .broadcastTo(let shape):
      let target = try Feed.concrete(shape, dims)
      guard try K.broadcastShape(x[0].shape, target) == target else {
        throw KernelError("shape \(x[0].shape) does not broadcast to \(target)")
      }
      let source = K.broadcastIndices(from: x[0].shape, to: target)
      return [relayout(x[0], target) { data, _ in gather(data, source) }]
    case .reshape(let shape):
      let target = try Feed.concrete(shape, dims)
      guard target.reduce(1, *) == x[0].shape.reduce(1, *) else {
        throw KernelError("reshape of \(x[0].shape) to \(target) changes the element count")
      }
      return [relayout(x[0], target) { data, _ in data }]
    case .transpose(let perm):
      let target = perm.map { x[0].shape[$0] }
      return [relayout(x[0], target) { data, shape in transposeData(data, shape, perm) }]
    case .concat(let axis):
      return [try concat(x, axis: axis)]
    case .split(let axis, let sizes):
      return split(x[0], axis: axis, sizes: sizes)

    // ** 6 -- convolution **
    case .conv1d:
      let (a, w) = (try real(x[0]), try real(x[1]))
      let bias = x.count == 3 ? try real(x[2]).data : nil
      let out = K.causalConv1dForward(
        x: a.data, weight: w.data, bias: bias, convDims(a.shape, w.shape))
      return [real(a.shape, out)]
    case .conv1dGrad:
      let (a, w, dy) = (try real(x[0]), try real(x[1]), try real(x[2]))
      let g = K.causalConv1dBackward(
        x: a.data, weight: w.data, dY: dy.data, convDims(a.shape, w.shape))
      return [real(a.shape, g.dX), real(w.shape, g.dWeight)]
    case .conv1dSilu:
      return [try unary(.silu, execute(.conv1d, x, dims: dims)[0])]
    case .conv1dSiluGrad:
      let z = try execute(.conv1d, [x[0], x[1]], dims: dims)[0]
      let dz = try execute(.siluGrad, [z, x[2]], dims: dims)[0]
      return try execute(.conv1dGrad, [x[0], x[1], dz], dims: dims)

    // ** 7 -- normalization **
    case .rmsNorm(let eps):
      let (a, w) = (try real(x[0]), try real(x[1]))
      let (rows, dim) = rowsAndWidth(a.shape)
      return [
        real(
          a.shape, K.rmsNormForward(x: a.data, weight: w.data, rows: rows, dim: dim, eps: S(eps)))
      ]
    case .rmsNormGrad(let eps):
      let (a, w, dy) = (try real(x[0]), try real(x[1]), try real(x[2]))
      let (rows, dim) = rowsAndWidth(a.shape)
      let g = K.rmsNormBackward(
        x: a.data, weight: w.data, dY: dy.data, rows: rows, dim: dim, eps: S(eps))
      return [real(a.shape, g.dX), real(w.shape, g.dWeight)]
    case .gatedRMSNorm(let eps):
      let (a, gate, w) = (try real(x[0]), try real(x[1]), try real(x[2]))
      let (rows, dim) = rowsAndWidth(a.shape)
      let out = K.gatedRMSNormForward(
        x: a.data, weight: w.data, gate: gate.data, rows: rows, dim: dim, eps: S(eps))
      return [real(a.shape, out)]
    case .gatedRMSNormGrad(let eps):
      let (a, gate, w, dy) = (try real(x[0]), try real(x[1]), try real(x[2]), try real(x[3]))
      let (rows, dim) = rowsAndWidth(a.shape)
      let g = K.gatedRMSNormBackward(
        x: a.data, weight: w.data, gate: gate.data, dY: dy.data, rows: rows, dim: dim, eps: S(eps))
      return [real(a.shape, g.dX), real(a.shape, g.dGate!), real(w.shape, g.dWeight)]
    case .l2norm(let eps):
      let a = try real(x[0])
      let (rows, dim) = rowsAndWidth(a.shape)
      return [real(a.shape, K.l2NormForward(x: a.data, rows: rows, dim: dim, eps: S(eps)))]
    case .l2normGrad(let eps):
      let (a, dy) = (try real(x[0]), try real(x[1]))
      let (rows, dim) = rowsAndWidth(a.shape)
      return [
        real(a.shape, K.l2NormBackward(x: a.data, dY: dy.data, rows: rows, dim: dim, eps: S(eps)))
      ]

    // ** 8 -- the recurrence **
    case .deltaProduct(let p):
      return try deltaProductForward(p, x)
    case .deltaProductGrad(let p):
      return try deltaProductBackward(p, x)

    // ** 9 -- loss **
    case .crossEntropy(let ignore):
      let (logits, labels) = (try real(x[0]), try index(x[1]))
      let (rows, classes) = rowsAndWidth(logits.shape)
      let loss = try K.crossEntropyForward(
        logits: logits.data, labels: labels.data, rows: rows, classes: classes,
        ignoreIndex: try ignoreIndex(ignore))
      return [real([], [loss])]
    case .crossEntropyGrad(let ignore):
      let (logits, labels, dLoss) = (try real(x[0]), try index(x[1]), try real(x[2]))
      let (rows, classes) = rowsAndWidth(logits.shape)
      let g = try K.crossEntropyBackward(
        logits: logits.data, labels: labels.data, rows: rows, classes: classes,
        ignoreIndex: try ignoreIndex(ignore), dLoss: dLoss.data[0])
      return [real(logits.shape, g)]

    // ** 10 -- fused kernels **
    case .fused(let k):
      let shape = try Feed.concrete(k.shape, dims)
      let (rows, width) = rowsAndWidth(shape)
      let out = K.fusedForward(
        k, operands: try x.map { try real($0).data }, rows: rows, width: width)
      return zip(k.results, out).map { t, data in
        real(k.program[t].function == .colsum ? [width] : shape, data)
      }
    }
  }
}
