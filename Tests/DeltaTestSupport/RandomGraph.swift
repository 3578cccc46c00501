import DeltaIR

/// A random well-typed graph: elementwise chains, reductions, reshapes, linear/matmul, norms, with
/// random float attributes (to exercise the shortest round-trip float form).
public func randomGraph(_ rng: inout TestRNG, name: String) throws -> Graph {
  let b = GraphBuilder(name: name)
  let d = [4, 8, 16][Int(rng.next() % 3)]
  let dtype: DType = rng.next() % 2 == 0 ? .f32 : .f64
  let x = b.input("x", TensorType(dtype, ["B", "T", Dim(d)]))
  let w = b.parameter("model.w", TensorType(dtype, [Dim(d), Dim(d)]))
  let nw = b.parameter("model.norm.weight", TensorType(dtype, [Dim(d)]))
  var live = [x]
  for i in 0..<(3 + Int(rng.next() % 10)) {
    let a = live[Int(rng.next() % UInt64(live.count))]
    let c = live[Int(rng.next() % UInt64(live.count))]
    let f = rng.uniform(-3, 3) * pow10(Int(rng.next() % 9) - 4)
    let unary: [Op] = [
      .unary(.silu), .unary(.sigmoid), .unary(.exp), .unary(.softplus), .unary(.neg),
      .unary(.square), .mulScalar(f), .addScalar(f),
      .rmsNorm(eps: abs(f)), .l2norm(eps: abs(f)),
    ]
    let pick = rng.next() % 6
    let v: Value
    switch pick {
    case 0:
      let op = unary[Int(rng.next() % UInt64(unary.count))]
      if case .rmsNorm = op {
        v = try b.emit(op, [a, nw], name: "n\(i)")
      } else {
        v = try b.emit(op, [a], name: "u\(i)")
      }
    case 1: v = try b.emit([Op.add, .sub, .mul, .div][Int(rng.next() % 4)], [a, c], name: "e\(i)")
    case 2: v = try b.emit(.linear, [a, w], name: "l\(i)")
    case 3:
      let s = try b.emit(.reduceSum(axes: [2], keepDims: true), [a], name: "r\(i)")
      v = try b.emit(.mul, [a, s], name: "m\(i)")
    case 4:
      let r = try b.emit(.reshape(["B*T", Dim(d)]), [a], name: "f\(i)")
      let m = try b.emit(
        .matmul(transposeA: false, transposeB: rng.next() % 2 == 0), [r, w], name: "mm\(i)")
      v = try b.emit(.reshape(["B", "T", Dim(d)]), [m], name: "uf\(i)")
    default:
      let t = try b.emit(.transpose(perm: [1, 0, 2]), [a], name: "t\(i)")
      v = try b.emit(.transpose(perm: [1, 0, 2]), [t], name: "t\(i)")
    }
    live.append(v)
  }
  let out = try b.emit(.reduceMean(axes: [0, 1, 2], keepDims: false), [live.last!], name: "out")
  b.output("out", out)
  return b.finish()
}

private func pow10(_ e: Int) -> Double {
  var x = 1.0
  if e >= 0 { for _ in 0..<e { x *= 10 } } else { for _ in 0..<(-e) { x /= 10 } }
  return x
}
