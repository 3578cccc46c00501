/// Data movement: transpose, concat, split (reshape and broadcast need no kernel beyond Reductions').
/// Every function is its own gradient's building block: transpose by the inverse permutation, split
/// undoes concat and concat undoes split.
extension ReferenceKernels {
  /// out.shape[i] = shape[perm[i]]; out[i_0, .., i_r] = x[j] with j[perm[a]] = i_a.
  public static func transpose<S>(_ x: [S], shape: [Int], perm: [Int]) -> [S] {
    let outShape = perm.map { shape[$0] }
    let inStrides = strides(shape)
    // Stride in x of each output axis.
    let step = perm.map { inStrides[$0] }
    var out = [S]()
    out.reserveCapacity(x.count)
    var index = [Int](repeating: 0, count: perm.count)
    for _ in 0..<x.count {
      var src = 0
      for a in index.indices { src += index[a] * step[a] }
      out.append(x[src])
      var d = outShape.count - 1
      while d >= 0 {
        index[d] += 1
        if index[d] < outShape[d] { break }
        index[d] = 0
        d -= 1
      }
    }
    return out
  }

  /// The permutation undoing `perm`.
  public static func inversePermutation(_ perm: [Int]) -> [Int] {
    var inverse = [Int](repeating: 0, count: perm.count)
    for (i, p) in perm.enumerated() { inverse[p] = i }
    return inverse
  }

  /// Joins along `axis`; `shapes` agree except at `axis`.
  public static func concat<S>(_ parts: [[S]], shapes: [[Int]], axis: Int) -> [S] {
    // Row-major: the tensor is `outer` blocks, each the concatenation of one slab per part.
    let outer = shapes[0][..<axis].reduce(1, *)
    let slabs = shapes.map { $0[axis...].reduce(1, *) }
    var out = [S]()
    out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for o in 0..<outer {
      for (p, part) in parts.enumerated() {
        out.append(contentsOf: part[(o * slabs[p])..<((o + 1) * slabs[p])])
      }
    }
    return out
  }

  /// Cuts `axis` into pieces of `sizes` (summing to shape[axis]).
  public static func split<S>(_ x: [S], shape: [Int], axis: Int, sizes: [Int]) -> [[S]] {
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    let slabs = sizes.map { $0 * inner }
    let total = shape[axis...].reduce(1, *)
    var parts = slabs.map { _ in [S]() }
    for o in 0..<outer {
      var start = o * total
      for (p, slab) in slabs.enumerated() {
        parts[p].append(contentsOf: x[start..<(start + slab)])
        start += slab
      }
    }
    return parts
  }
}
