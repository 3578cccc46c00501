import DeltaCodegen
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// Every kernel against the fp64 reference (`DeltaProductReference`) on random inputs. The cases are a
/// representative cross-product that covers each value of each axis: n_h 1...4, Dk != Dv (and dims that
/// are not multiples of the vector width), gated and not, beta in (0,1) and (0,2), T in {1, 63, 200}
/// (not multiples of the chunk), chunk 1, 16, 32, 64, both forward forms; and shapes that reach
/// the chunked backward's other branches (odd chunks, C n not a multiple of the vector width, C > T);
/// and decays strong enough to make denormal floats.
@Suite struct KernelTests {
  static let cases: [KernelCase] = [
    KernelCase(
      householder: 1, keyDim: 16, valueDim: 8, chunk: 1, gated: false, betaMax: 1, length: 63),
    KernelCase(
      householder: 2, keyDim: 8, valueDim: 16, chunk: 16, gated: true, betaMax: 2, length: 200),
    KernelCase(
      householder: 3, keyDim: 16, valueDim: 24, chunk: 32, gated: false, betaMax: 2, length: 63),
    KernelCase(
      householder: 4, keyDim: 8, valueDim: 12, chunk: 64, gated: true, betaMax: 1, length: 200),
    KernelCase(
      householder: 2, keyDim: 32, valueDim: 16, chunk: 1, gated: true, betaMax: 2, length: 200),
    KernelCase(
      householder: 1, keyDim: 24, valueDim: 32, chunk: 16, gated: false, betaMax: 1, length: 1),
    KernelCase(
      householder: 3, keyDim: 8, valueDim: 8, chunk: 16, gated: true, betaMax: 1, length: 1),
    KernelCase(
      householder: 2, keyDim: 16, valueDim: 16, chunk: 64, gated: false, betaMax: 2, length: 63),
    KernelCase(
      householder: 4, keyDim: 16, valueDim: 8, chunk: 32, gated: true, betaMax: 2, length: 63),
    KernelCase(
      householder: 2, keyDim: 5, valueDim: 3, chunk: 16, gated: true, betaMax: 2, length: 63),
    KernelCase(
      householder: 2, keyDim: 16, valueDim: 8, chunk: 16, gated: true, betaMax: 2, length: 200,
      form: .recurrent),
    KernelCase(
      householder: 3, keyDim: 8, valueDim: 16, chunk: 32, gated: false, betaMax: 1, length: 63,
      form: .recurrent),
    // The chunked backward's odd shapes: C n = 15 rows (no vector width divides it, blocks of 3
    // rows in the substitutions), a chunk of 5 tokens (scalar decay tables), a chunk larger than
    // T with a padded tail, and 16-lane head dims with C n = 24.
    KernelCase(
      householder: 3, keyDim: 16, valueDim: 16, chunk: 5, gated: true, betaMax: 2, length: 63),
    KernelCase(
      householder: 1, keyDim: 12, valueDim: 20, chunk: 7, gated: false, betaMax: 1, length: 200),
    KernelCase(
      householder: 2, keyDim: 32, valueDim: 32, chunk: 64, gated: true, betaMax: 2, length: 40),
    KernelCase(
      householder: 3, keyDim: 32, valueDim: 48, chunk: 8, gated: true, betaMax: 1, length: 63),
    // Strong decay (alpha = e^g down to 2.5e-3 per token): products of alphas and decayed states
    // fall below float's normal range, which the runtime flushes to zero (`DenormalMode`).
    KernelCase(
      householder: 3, keyDim: 16, valueDim: 16, chunk: 16, gated: true, betaMax: 2, length: 63,
      gate: -6 ... -3),
    KernelCase(
      householder: 2, keyDim: 16, valueDim: 8, chunk: 16, gated: true, betaMax: 1, length: 63,
      form: .recurrent, gate: -6 ... -3),
  ]

  static func expectClose<A: BinaryFloatingPoint>(
    _ name: String, _ actual: [A], _ expected: [Double]
  ) {
    let c = compare(name, actual, expected)
    #expect(c.maxRel <= relativeTolerance, "\(c)")
  }

  @Test(arguments: cases)
  func forwardAndBackwardMatchReference(_ c: KernelCase) throws {
    let runner = try DeltaProductKernels(spec: c.spec, threads: 2, cache: testCache)
    let x = KernelInputs(c, seed: UInt64(c.length * 131 + c.householder * 17 + c.chunk))
    let fwd = runner.forward(x.f, dims: c.dims)
    let ref = DeltaProductReference.forward(x.d, dims: c.dims)
    Self.expectClose("\(c.testDescription) o", fwd.output, ref.output)
    Self.expectClose("\(c.testDescription) final state", fwd.finalState, ref.finalState)

    let grads = runner.backward(
      x.f, dims: c.dims, boundaryStates: fwd.boundaryStates, dOutput: x.dOutput,
      dFinalState: x.dFinal)
    let refGrads = DeltaProductReference.backward(
      x.d, dims: c.dims, dOutput: x.dOutput.map(Double.init), dFinalState: x.dFinal.map(Double.init)
    )
    Self.expectClose("\(c.testDescription) dq", grads.q, refGrads.q)
    Self.expectClose("\(c.testDescription) dk", grads.k, refGrads.k)
    Self.expectClose("\(c.testDescription) dv", grads.v, refGrads.v)
    Self.expectClose("\(c.testDescription) dbeta", grads.beta, refGrads.beta)
    Self.expectClose("\(c.testDescription) dh0", grads.initialState, refGrads.initialState)
    #expect((grads.g == nil) == (refGrads.g == nil))
    if let g = grads.g, let rg = refGrads.g { Self.expectClose("\(c.testDescription) dg", g, rg) }
  }

  /// The kernels write every element of every output (the runtime does not zero-fill them): outputs
  /// that start as NaN come back identical to outputs that start as zeros.
  @Test(arguments: cases)
  func everyOutputElementIsWritten(_ c: KernelCase) throws {
    let runner = try DeltaProductKernels(spec: c.spec, threads: 2, cache: testCache)
    let x = KernelInputs(c, seed: 11)
    let fwd = runner.forward(x.f, dims: c.dims)
    var poisoned = fwd
    for i in poisoned.output.indices { poisoned.output[i] = .nan }
    for i in poisoned.finalState.indices { poisoned.finalState[i] = .nan }
    for i in poisoned.boundaryStates.indices { poisoned.boundaryStates[i] = .nan }
    runner.forward(x.f, dims: c.dims, into: &poisoned)
    #expect(poisoned.output == fwd.output)
    #expect(poisoned.finalState == fwd.finalState)
    #expect(poisoned.boundaryStates == fwd.boundaryStates)

    let grads = runner.backward(
      x.f, dims: c.dims, boundaryStates: fwd.boundaryStates, dOutput: x.dOutput,
      dFinalState: x.dFinal)
    func nans(_ a: [Float]) -> [Float] { .init(repeating: .nan, count: a.count) }
    var g = grads
    (g.q, g.k, g.v, g.beta) = (nans(grads.q), nans(grads.k), nans(grads.v), nans(grads.beta))
    (g.g, g.initialState) = (grads.g.map(nans), nans(grads.initialState))
    runner.backward(
      x.f, dims: c.dims, boundaryStates: fwd.boundaryStates, dOutput: x.dOutput,
      dFinalState: x.dFinal, into: &g)
    #expect(g.q == grads.q && g.k == grads.k && g.v == grads.v && g.beta == grads.beta)
    #expect(g.g == grads.g && g.initialState == grads.initialState)
  }

  /// The forwards stream the boundary states past the caches where the destination is aligned to
  /// whole vectors (the arena's 64-byte offsets) and store them as before elsewhere (a Swift array's
  /// floats): both give the states the array path gives, bit for bit, in both forms.
  @Test(arguments: [cases[1], cases[7], cases[10], cases[15]])
  func boundaryStatesStreamedOrNotAreTheSame(_ c: KernelCase) throws {
    let runner = try DeltaProductKernels(spec: c.spec, threads: 2, cache: testCache)
    let x = KernelInputs(c, seed: 5)
    let expected = runner.forward(x.f, dims: c.dims)
    let count = expected.boundaryStates.count
    let raw = UnsafeMutableRawPointer.allocate(byteCount: (count + 16) * 4, alignment: 64)
    defer { raw.deallocate() }
    let floats = raw.bindMemory(to: Float.self, capacity: count + 16)
    let h0 = x.f.initialState ?? [Float](repeating: 0, count: c.dims.stateCount)
    var o = expected.output
    var hT = expected.finalState
    for offset in [0, 1, 4, 8] {  // 64-byte aligned; a float off; 16 and 32 bytes off
      let states = floats + offset
      states.update(repeating: .nan, count: count)
      x.f.q.withUnsafeBufferPointer { q in
        x.f.k.withUnsafeBufferPointer { k in
          x.f.v.withUnsafeBufferPointer { v in
            x.f.beta.withUnsafeBufferPointer { beta in
              (x.f.g ?? []).withUnsafeBufferPointer { g in
                h0.withUnsafeBufferPointer { h0 in
                  o.withUnsafeMutableBufferPointer { o in
                    hT.withUnsafeMutableBufferPointer { hT in
                      runner.forwardRegion(
                        q: q.baseAddress!, k: k.baseAddress!, v: v.baseAddress!,
                        beta: beta.baseAddress!, g: c.gated ? g.baseAddress! : nil,
                        h0: h0.baseAddress!, o: o.baseAddress!, finalState: hT.baseAddress!,
                        states: states, dims: c.dims
                      ).run()
                    }
                  }
                }
              }
            }
          }
        }
      }
      let got = Array(UnsafeBufferPointer(start: states, count: count))
      let differ = zip(got, expected.boundaryStates).filter { $0.0 != $0.1 }.count
      #expect(differ == 0, "\(c.testDescription): \(differ) states differ at +\(offset) floats")
      #expect(o == expected.output && hT == expected.finalState, "\(c.testDescription)")
    }
  }

  /// Without dL/d(final state) (the common training case) the gradients still match.
  @Test func backwardWithoutFinalStateGradient() throws {
    let c = Self.cases[1]
    let runner = try DeltaProductKernels(spec: c.spec, threads: 1, cache: testCache)
    let x = KernelInputs(c, seed: 7)
    let fwd = runner.forward(x.f, dims: c.dims)
    let grads = runner.backward(
      x.f, dims: c.dims, boundaryStates: fwd.boundaryStates, dOutput: x.dOutput, dFinalState: nil)
    let ref = DeltaProductReference.backward(
      x.d, dims: c.dims, dOutput: x.dOutput.map(Double.init), dFinalState: nil)
    Self.expectClose("dk", grads.k, ref.k)
    Self.expectClose("dg", grads.g!, ref.g!)
    Self.expectClose("dh0", grads.initialState, ref.initialState)
  }
}
