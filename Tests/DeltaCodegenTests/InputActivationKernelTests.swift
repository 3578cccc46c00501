import DeltaCodegen
import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The kernels with input activations (`deltaproduct[inputs=...]`, `InputActivationCode`) against
/// the fp64 reference: raw q, k, v (not unit rows) laid out with gaps between tokens (token strides
/// wider than the rows, as in a slice of the fused projection), the reference applying SiLU and the
/// L2 norm and the chain rule back to the raw rows as the interpreter does (`Interpreter.activation`,
/// `inputGradient`, which `RecurrenceInputsTests` checks against the separate ops). The gradients land in buffers with the
/// same gaps, which stay untouched.
@Suite struct InputActivationKernelTests {
  static let cases: [(KernelCase, InputActivation)] = [
    (
      KernelCase(
        householder: 2, keyDim: 16, valueDim: 8, chunk: 16, gated: true, betaMax: 2, length: 63),
      .siluL2norm
    ),
    (
      KernelCase(
        householder: 3, keyDim: 8, valueDim: 16, chunk: 16, gated: true, betaMax: 1, length: 40,
        form: .recurrent),
      .siluL2norm
    ),
    (
      KernelCase(
        householder: 1, keyDim: 12, valueDim: 20, chunk: 1, gated: false, betaMax: 2, length: 30),
      .siluL2norm
    ),
    (
      KernelCase(
        householder: 2, keyDim: 16, valueDim: 16, chunk: 5, gated: false, betaMax: 2, length: 23),
      .l2norm
    ),
  ]

  /// Rows of `width` floats per token, `count` tokens, copied `stride` apart (gaps hold `fill`).
  static func spread(_ x: [Float], tokenWidth: Int, stride: Int, fill: Float = .nan) -> [Float] {
    let tokens = x.count / tokenWidth
    var out = [Float](repeating: fill, count: tokens * stride)
    for t in 0..<tokens {
      for i in 0..<tokenWidth { out[t * stride + i] = x[t * tokenWidth + i] }
    }
    return out
  }

  /// The tokens' rows back out of a spread buffer; also whether every gap still holds NaN.
  static func gather(_ x: [Float], tokenWidth: Int, stride: Int) -> ([Float], gapsUntouched: Bool) {
    let tokens = x.count / stride
    var out: [Float] = []
    var untouched = true
    for t in 0..<tokens {
      out += x[(t * stride)..<(t * stride + tokenWidth)]
      untouched = untouched && x[(t * stride + tokenWidth)..<((t + 1) * stride)].allSatisfy(\.isNaN)
    }
    return (out, untouched)
  }

  /// Buffers the kernels' regions take by pointer, freed together.
  final class Buffers {
    var all: [UnsafeMutableBufferPointer<Float>] = []
    func make(_ count: Int, _ fill: Float = 0) -> UnsafeMutablePointer<Float> {
      let b = UnsafeMutableBufferPointer<Float>.allocate(capacity: max(1, count))
      b.initialize(repeating: fill)
      all.append(b)
      return b.baseAddress!
    }
    func copy(_ x: [Float]) -> UnsafeMutablePointer<Float> {
      let p = make(x.count)
      p.update(from: x, count: x.count)
      return p
    }
    func free() { for b in all { b.deallocate() } }
  }

  @Test(arguments: cases.indices)
  func rawStridedRowsMatchReference(_ index: Int) throws {
    let (c, inputs) = Self.cases[index]
    var spec = c.spec
    spec.inputs = inputs
    let runner = try DeltaProductKernels(spec: spec, threads: 2, cache: testCache)
    let d = c.dims
    var rng = TestRNG(seed: UInt64(index) * 977 + 5)
    let raw = (
      q: rng.array(d.qCount, -2, 2), k: rng.array(d.kCount, -2, 2), v: rng.array(d.vCount, -2, 2)
    )
    let x = KernelInputs(c, seed: UInt64(index) + 3)
    let widths = d.contiguousStrides
    let strides = TokenStrides(q: widths.q + 7, k: widths.k + 5, v: widths.v + 3)
    let q = Self.spread(raw.q.map(Float.init), tokenWidth: widths.q, stride: strides.q)
    let k = Self.spread(raw.k.map(Float.init), tokenWidth: widths.k, stride: strides.k)
    let v = Self.spread(raw.v.map(Float.init), tokenWidth: widths.v, stride: strides.v)
    let buffers = Buffers()
    defer { buffers.free() }
    let (pq, pk, pv) = (buffers.copy(q), buffers.copy(k), buffers.copy(v))
    let (beta, h0) = (buffers.copy(x.f.beta), buffers.copy(x.f.initialState!))
    let g = x.f.g.map { buffers.copy($0) }
    let (dOut, dFinal) = (buffers.copy(x.dOutput), buffers.copy(x.dFinal))
    let (o, final) = (buffers.make(d.outputCount), buffers.make(d.stateCount))
    let states = buffers.make(d.stateCount * spec.chunks(length: d.length))
    let (dq, dk, dv) = (
      buffers.make(q.count, .nan), buffers.make(k.count, .nan), buffers.make(v.count, .nan)
    )
    let (dbeta, dh0) = (buffers.make(d.betaCount), buffers.make(d.stateCount))
    let dg = c.gated ? buffers.make(d.gateCount) : nil
    runner.forwardRegion(
      q: pq, k: pk, v: pv, beta: beta, g: g, h0: h0, o: o, finalState: final, states: states,
      dims: d, strides: strides
    ).run()
    runner.backwardRegion(
      q: pq, k: pk, v: pv, beta: beta, g: g, states: states, dOutput: dOut, dFinalState: dFinal,
      dq: dq, dk: dk, dv: dv, dbeta: dbeta, dg: dg, dh0: dh0, dims: d, strides: strides,
      gradientStrides: strides
    ).run()
    func array(_ p: UnsafeMutablePointer<Float>, _ n: Int) -> [Float] {
      Array(UnsafeBufferPointer(start: p, count: n))
    }
    var ref = x.d
    ref.q = Interpreter<Double>.activation(raw.q, width: d.keyDim, inputs, isValue: false)
    ref.k = Interpreter<Double>.activation(raw.k, width: d.keyDim, inputs, isValue: false)
    ref.v = Interpreter<Double>.activation(raw.v, width: d.valueDim, inputs, isValue: true)
    let name = "\(c.testDescription) \(inputs.rawValue)"
    let forward = DeltaProductReference.forward(ref, dims: d)
    KernelTests.expectClose("\(name) o", array(o, d.outputCount), forward.output)
    KernelTests.expectClose("\(name) final state", array(final, d.stateCount), forward.finalState)
    let grads = DeltaProductReference.backward(
      ref, dims: d, dOutput: x.dOutput.map(Double.init), dFinalState: x.dFinal.map(Double.init))
    for (label, out, width, stride, rawValues, dy, rowWidth, value) in [
      ("dq", array(dq, q.count), widths.q, strides.q, raw.q, grads.q, d.keyDim, false),
      ("dk", array(dk, k.count), widths.k, strides.k, raw.k, grads.k, d.keyDim, false),
      ("dv", array(dv, v.count), widths.v, strides.v, raw.v, grads.v, d.valueDim, true),
    ] {
      let (rows, untouched) = Self.gather(out, tokenWidth: width, stride: stride)
      #expect(untouched, "\(name) \(label): a gap between tokens was written")
      KernelTests.expectClose(
        "\(name) \(label)", rows,
        Interpreter<Double>.inputGradient(
          rawValues, dy, width: rowWidth, inputs, isValue: value))
    }
    KernelTests.expectClose("\(name) dbeta", array(dbeta, d.betaCount), grads.beta)
    KernelTests.expectClose("\(name) dh0", array(dh0, d.stateCount), grads.initialState)
    if let dg { KernelTests.expectClose("\(name) dg", array(dg, d.gateCount), grads.g!) }
  }
}
