import DeltaCodegen

/// Runs the JIT'd DeltaProduct kernels of one specialization on whole tensors (fla layouts, see
/// `RecurrenceDims`), parallel over batch x heads.
public struct DeltaProductKernels: Sendable {
  public let kernels: DeltaKernels
  public let threads: Int
  public var spec: DeltaKernelSpec { kernels.spec }

  public init(spec: DeltaKernelSpec, threads: Int = ParallelFor.cores, cache: KernelCache = .shared)
    throws
  {
    kernels = try DeltaKernels(spec: spec, cache: cache)
    self.threads = threads
  }

  public typealias Dims = RecurrenceDims

  public struct ForwardResult: Sendable {
    /// o [B,T,H,V]
    public var output: [Float]
    /// [B,H,K,V]
    public var finalState: [Float]
    /// States entering each chunk, [B,H,ceil(T/C),K,V]: what the backward needs.
    public var boundaryStates: [Float]
  }

  public struct Gradients: Sendable {
    public var q: [Float]
    public var k: [Float]
    public var v: [Float]
    public var beta: [Float]
    /// nil when ungated.
    public var g: [Float]?
    public var initialState: [Float]
  }

  func check(_ x: RecurrenceInputs<Float>, _ d: Dims) {
    precondition(
      d.keyDim == spec.keyDim && d.valueDim == spec.valueDim && d.householder == spec.householder,
      "dims \(d) do not match kernel \(spec)")
    precondition(
      x.q.count == d.qCount && x.k.count == d.kCount && x.v.count == d.vCount
        && x.beta.count == d.betaCount, "input sizes do not match \(d)")
    precondition((x.g != nil) == spec.gated, "gate given/missing for \(spec)")
    precondition(
      x.g.map { $0.count == d.gateCount } ?? true
        && x.initialState.map { $0.count == d.stateCount } ?? true)
  }

  public func forward(
    _ x: RecurrenceInputs<Float>, dims d: Dims, pool: BufferPool? = nil
  ) -> ForwardResult {
    let nc = spec.chunks(length: d.length)
    func zeros(_ n: Int) -> [Float] { pool?.take(n, zeroed: true) ?? .init(repeating: 0, count: n) }
    var r = ForwardResult(
      output: zeros(d.outputCount), finalState: zeros(d.stateCount),
      boundaryStates: zeros(d.stateCount * nc))
    forward(x, dims: d, into: &r)
    return r
  }

  /// The forward into results of the right sizes (allocated once by a caller that runs it repeatedly,
  /// as `deltac bench kernels` does, so only the kernels are timed).
  public func forward(
    _ x: RecurrenceInputs<Float>, dims d: Dims, into r: inout ForwardResult
  ) {
    check(x, d)
    precondition(
      r.output.count == d.outputCount && r.finalState.count == d.stateCount
        && r.boundaryStates.count == d.stateCount * spec.chunks(length: d.length))
    let h0 = x.initialState ?? .init(repeating: 0, count: d.stateCount)
    withPointers(x.q, x.k, x.v, x.beta, x.g ?? [], h0) { q, k, v, beta, g, h0 in
      withMutablePointers(&r.output, &r.finalState, &r.boundaryStates) { o, hT, hs in
        forwardRegion(
          q: q.const!, k: k.const!, v: v.const!, beta: beta.const!, g: x.g == nil ? nil : g.const,
          h0: h0.const!, o: o.pointer!, finalState: hT.pointer!, states: hs.pointer!, dims: d
        ).run()
      }
    }
  }

  /// Gradients given dL/do and optionally dL/d(final state), from the forward's boundary states.
  public func backward(
    _ x: RecurrenceInputs<Float>, dims d: Dims, boundaryStates: [Float],
    dOutput: [Float],
    dFinalState: [Float]?, pool: BufferPool? = nil
  ) -> Gradients {
    func zeros(_ n: Int) -> [Float] { pool?.take(n, zeroed: true) ?? .init(repeating: 0, count: n) }
    var gr = Gradients(
      q: zeros(d.qCount), k: zeros(d.kCount), v: zeros(d.vCount), beta: zeros(d.betaCount),
      g: x.g == nil ? nil : zeros(d.gateCount), initialState: zeros(d.stateCount))
    backward(
      x, dims: d, boundaryStates: boundaryStates, dOutput: dOutput, dFinalState: dFinalState,
      into: &gr)
    return gr
  }

  /// The backward into gradients of the right sizes (allocated once by the caller).
  public func backward(
    _ x: RecurrenceInputs<Float>, dims d: Dims, boundaryStates: [Float],
    dOutput: [Float],
    dFinalState: [Float]?, into gr: inout Gradients
  ) {
    check(x, d)
    precondition(
      boundaryStates.count == d.stateCount * spec.chunks(length: d.length)
        && dOutput.count == d.outputCount)
    precondition(
      gr.q.count == d.qCount && gr.k.count == d.kCount && gr.v.count == d.vCount
        && gr.beta.count == d.betaCount && gr.initialState.count == d.stateCount
        && (gr.g?.count ?? d.gateCount) == d.gateCount && (gr.g != nil) == (x.g != nil))
    let gated = gr.g != nil
    var dg = gr.g ?? []
    gr.g = nil  // dg holds the only reference, so the kernel writes it in place
    let dhT = dFinalState ?? .init(repeating: 0, count: d.stateCount)
    withPointers(x.q, x.k, x.v, x.beta, x.g ?? [], boundaryStates) { q, k, v, beta, g, hs in
      withPointers(dOutput, dhT, [], [], [], []) { dout, dhT, _, _, _, _ in
        withMutablePointers(&gr.q, &gr.k, &gr.v) { dq, dk, dv in
          withMutablePointers(&gr.beta, &dg, &gr.initialState) { dbeta, dgp, dh0 in
            backwardRegion(
              q: q.const!, k: k.const!, v: v.const!, beta: beta.const!,
              g: gated ? g.const : nil, states: hs.const!, dOutput: dout.const!,
              dFinalState: dhT.const!, dq: dq.pointer!, dk: dk.pointer!, dv: dv.pointer!,
              dbeta: dbeta.pointer!, dg: gated ? dgp.pointer : nil, dh0: dh0.pointer!, dims: d
            ).run()
          }
        }
      }
    }
    if gated { gr.g = dg }
  }

  /// One token for every (b, h): q [B,H,K], k [B,n,H,K], v [B,n,H,V], beta [B,n,H], g [B,H];
  /// updates `state` [B,H,K,V] in place and returns o [B,H,V]. Constant memory in the sequence length.
  public func step(
    q: [Float], k: [Float], v: [Float], beta: [Float], g: [Float]?, state: inout [Float],
    batch: Int, heads: Int
  ) -> [Float] {
    precondition((g != nil) == spec.gated)
    var o = [Float](repeating: 0, count: batch * heads * spec.valueDim)
    let f = kernels.step
    var unused: [Float] = []
    withPointers(q, k, v, beta, g ?? [], []) { q, k, v, beta, g, _ in
      withMutablePointers(&state, &o, &unused) { s, o, _ in
        ParallelFor.run(count: batch * heads, threads: threads) { range, _ in
          f(
            q.const, k.const, v.const, beta.const, g.const, s.pointer, o.pointer, Int64(heads),
            Int64(range.lowerBound), Int64(range.upperBound))
        }
      }
    }
    return o
  }
}

/// Six read-only arrays as sendable pointers (an empty array gives a valid, unused pointer).
func withPointers<R>(
  _ a: [Float], _ b: [Float], _ c: [Float], _ d: [Float], _ e: [Float], _ f: [Float],
  _ body: (
    SendablePointer<Float>, SendablePointer<Float>, SendablePointer<Float>, SendablePointer<Float>,
    SendablePointer<Float>, SendablePointer<Float>
  ) -> R
) -> R {
  a.withUnsafeBufferPointer { a in
    b.withUnsafeBufferPointer { b in
      c.withUnsafeBufferPointer { c in
        d.withUnsafeBufferPointer { d in
          e.withUnsafeBufferPointer { e in
            f.withUnsafeBufferPointer { f in
              body(
                .init(a.baseAddress), .init(b.baseAddress), .init(c.baseAddress),
                .init(d.baseAddress),
                .init(e.baseAddress), .init(f.baseAddress))
            }
          }
        }
      }
    }
  }
}

/// Three mutable arrays as sendable pointers. The same array may not be passed twice (exclusivity):
/// pass a dummy instead.
func withMutablePointers<R>(
  _ a: inout [Float], _ b: inout [Float], _ c: inout [Float],
  _ body: (SendablePointer<Float>, SendablePointer<Float>, SendablePointer<Float>) -> R
) -> R {
  a.withUnsafeMutableBufferPointer { a in
    b.withUnsafeMutableBufferPointer { b in
      c.withUnsafeMutableBufferPointer { c in
        body(.init(a.baseAddress), .init(b.baseAddress), .init(c.baseAddress))
      }
    }
  }
}

/// The kernels on raw pointers as parallel regions made once (the execution plan's arena; the array
/// forms above make one per call), every buffer given by the caller. The kernels write every output
/// element, so nothing is zero-filled first (that was a memory pass over every output,
/// single-threaded, before each call).
extension DeltaProductKernels {
  /// The forward of `d` from q, k, v, beta[, g][, h0] (h0: a zero state when nil) into o,
  /// the final state and the chunk-boundary states ([B,H,ceil(T/C),K,V]).
  /// As a region made once (the execution plan's), which runs without allocating.
  public func forwardRegion(
    q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>,
    beta: UnsafePointer<Float>, g: UnsafePointer<Float>?, h0: UnsafePointer<Float>,
    o: UnsafeMutablePointer<Float>, finalState: UnsafeMutablePointer<Float>,
    states: UnsafeMutablePointer<Float>, dims d: Dims, strides: TokenStrides? = nil
  ) -> ParallelFor.Region {
    precondition((g != nil) == spec.gated && d.keyDim == spec.keyDim && d.valueDim == spec.valueDim)
    let f = kernels.forward
    let ws = spec.forwardWorkspace(length: d.length)
    reserveScratch(floats: ws)
    let (T, H) = (Int64(d.length), Int64(d.heads))
    let ts = strides ?? d.contiguousStrides
    let (tq, tk, tv) = (Int64(ts.q), Int64(ts.k), Int64(ts.v))
    let (q, k, v, beta) = (
      SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(beta)
    )
    let (g, h0) = (SendablePointer(g), SendablePointer(h0))
    let (o, hT, hs) = (SendablePointer(o), SendablePointer(finalState), SendablePointer(states))
    return ParallelFor.Region(count: d.batch * d.heads, threads: threads, grain: 1) { range, _ in
      ThreadScratch.with(Float.self, count: ws) { work in
        f(
          q.const, k.const, v.const, beta.const, g.const, h0.const, o.pointer, hT.pointer,
          hs.pointer, work, T, H, Int64(range.lowerBound), Int64(range.upperBound), tq, tk, tv)
      }
    }
  }

  /// Sizes every worker's `ThreadScratch` for `floats` now: the regions split their heads
  /// dynamically, so a worker may run its first head of a recurrence only in a later step, which
  /// would then allocate (`AllocationTests` caught it, one run in several).
  func reserveScratch(floats: Int) {
    ParallelFor.Region(count: threads, threads: threads) { _, _ in
      ThreadScratch.with(Float.self, count: floats) { _ in }
    }.run()
  }

  /// The backward from the forward's boundary states: dq, dk, dv, dbeta[, dg], dh0 (all written).
  /// As a region made once (the execution plan's).
  public func backwardRegion(
    q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>,
    beta: UnsafePointer<Float>, g: UnsafePointer<Float>?, states: UnsafePointer<Float>,
    dOutput: UnsafePointer<Float>, dFinalState: UnsafePointer<Float>,
    dq: UnsafeMutablePointer<Float>, dk: UnsafeMutablePointer<Float>,
    dv: UnsafeMutablePointer<Float>, dbeta: UnsafeMutablePointer<Float>,
    dg: UnsafeMutablePointer<Float>?, dh0: UnsafeMutablePointer<Float>, dims d: Dims,
    strides: TokenStrides? = nil, gradientStrides: TokenStrides? = nil
  ) -> ParallelFor.Region {
    precondition((g != nil) == spec.gated && (dg != nil) == spec.gated)
    let f = kernels.backward
    let ws = spec.backwardWorkspace(length: d.length)
    reserveScratch(floats: ws)
    let (T, H) = (Int64(d.length), Int64(d.heads))
    let (ts, us) = (strides ?? d.contiguousStrides, gradientStrides ?? d.contiguousStrides)
    let (tq, tk, tv) = (Int64(ts.q), Int64(ts.k), Int64(ts.v))
    let (uq, uk, uv) = (Int64(us.q), Int64(us.k), Int64(us.v))
    let (q, k, v, beta) = (
      SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(beta)
    )
    let (g, hs, dout, dhT) = (
      SendablePointer(g), SendablePointer(states), SendablePointer(dOutput),
      SendablePointer(dFinalState)
    )
    let (dq, dk, dv, dbeta) = (
      SendablePointer(dq), SendablePointer(dk), SendablePointer(dv), SendablePointer(dbeta)
    )
    let (dgp, dh0) = (SendablePointer(dg), SendablePointer(dh0))
    return ParallelFor.Region(count: d.batch * d.heads, threads: threads, grain: 1) { range, _ in
      ThreadScratch.with(Float.self, count: ws) { work in
        f(
          q.const, k.const, v.const, beta.const, g.const, hs.const, dout.const, dhT.const,
          dq.pointer, dk.pointer, dv.pointer, dbeta.pointer, dgp.pointer, dh0.pointer, work, T, H,
          Int64(range.lowerBound), Int64(range.upperBound), tq, tk, tv, uq, uk, uv)
      }
    }
  }
}
