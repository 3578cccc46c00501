import DeltaCodegen
import DeltaIR

extension StepBuilder {
  typealias Kernel = (RunContext) throws -> Void

  /// One GEMM over views: `a` [M, K] (rows of a fold every leading dim into M; [K, M] when
  /// transA), `b` [K, N] ([N, K] when transB), into out [M, N]; transposes are compile-time flags of
  /// the JIT'd GEMM (`JITGemm`), compiled here, once per plan. With the epilogue the gemm-epilogues
  /// pass put after node `node` (`planEpilogue`), the tiles compute it too.
  mutating func gemm(
    _ a: Place, _ b: Place, _ out: Place, transA: Bool, transB: Bool, node: Int? = nil
  ) throws -> Kernel {
    let (pa, pb, pc) = (pointer(a), pointer(b), pointer(out))
    let (lda, ldb, ldc, n) = (a.view.stride!, b.view.stride!, out.view.stride!, out.view.width)
    let m = transA ? a.view.width : a.view.rows
    let k = transA ? a.view.rows : a.view.width
    // (`GemmEpilogue.match` takes no transposed A, and these GEMMs write C =: what
    // `JITGemm.allowsEpilogue` asks.)
    let plan = node.flatMap { planEpilogue(after: $0) }
    let gemm = try JITGemm(
      transA: transA, transB: transB, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc,
      threads: threads, workspace: gemmWorkspace, cache: cache, epilogue: plan?.spec)
    if let plan { epilogues.insert(plan.fused) }
    let region = gemm.region(a: pa, b: pb, c: pc, epilogue: plan?.pointers ?? [])
    return { _ in region.run() }
  }

  /// The epilogue after GEMM node i, as the kernel takes it (`PlanLayout.epilogue(after:)`), with
  /// its pointers.
  func planEpilogue(after i: Int) -> (
    spec: GemmEpilogueSpec, fused: Int, pointers: [UnsafeMutablePointer<Float>?]
  )? {
    guard let e = layout.epilogue(after: i) else { return nil }
    return (e.spec, e.fused, e.places.map { $0.map(pointer) })
  }

  /// `matmul`: one GEMM when b is shared (a's batch folds into M), else one per batch element.
  mutating func matmul(
    _ x: [Place], _ shapes: [[Int]], _ out: Place, _ ta: Bool, _ tb: Bool, node: Int
  ) throws -> Kernel {
    if GemmShape.folds(ta, a: shapes[0], b: shapes[1]) {
      return try gemm(x[0], x[1], out, transA: ta, transB: tb, node: node)
    }
    let s = GemmShape.of(.matmul(transposeA: ta, transposeB: tb), operands: shapes)!
    let (m, n, k, batch) = (s.m, s.n, s.k, s.batch)
    let shared = shapes[1].count == 2
    let (pa, pb, pc) = (
      SendablePointer(pointer(x[0])), SendablePointer(pointer(x[1])), SendablePointer(pointer(out))
    )
    let threads = self.threads
    return { _ in
      // One GEMM per batch element, the batch split over the workers.
      ParallelFor.run(count: batch, threads: m * n * k * batch < 1 << 18 ? 1 : threads) {
        range, _ in
        for i in range {
          BLAS.gemm(
            transA: ta, transB: tb, m: m, n: n, k: k, a: pa.const! + i * m * k, lda: ta ? m : k,
            b: pb.const! + (shared ? 0 : i * k * n), ldb: tb ? k : n, c: pc.pointer! + i * m * n,
            ldc: n)
        }
      }
    }
  }

  /// A fused node's JIT kernel, specialized to the views of its full operands.
  mutating func fused(_ k: FusedKernel, _ x: [Place], _ out: [Place], _ shape: [Int]) throws
    -> Kernel
  {
    let addresses = x.map(\.view.rowAddress) + out.map(\.view.rowAddress)
    guard let runner = try FusedKernelRunner(k, rows: addresses, cache: cache) else {
      throw InterpreterError(
        "fused kernel \(k.name) has no JIT kernel (more than \(FusedKernels.pointerCount) pointers or a symbolic row width)"
      )
    }
    let rows = shape.dropLast().reduce(1, *)
    let threads = self.threads
    let partials = zeros(runner.scratchCount(threads: threads))
    let call = FusedKernelRunner.Call(
      runner, operands: x.map(pointer), results: out.map(pointer), rows: rows, threads: threads,
      scratch: partials)
    return { _ in call.run() }
  }

  /// The recurrence's dims from q [B,T,H,K] and v [B,T,n,H,V].
  static func dims(_ p: DeltaProductParams, _ shapes: [[Int]]) -> DeltaProductKernels.Dims {
    let (q, v) = (shapes[0], shapes[2])
    return .init(
      batch: q[0], length: q[1], heads: q[2], householder: p.numHouseholder, keyDim: q[3],
      valueDim: v[4])
  }

  /// The token strides of q, k, v (or their gradients) at these places: rows of each one's token
  /// width (`PlanLayout.need` asked for equally spaced token rows when the op has input activations;
  /// without, they are contiguous).
  static func tokenStrides(_ places: ArraySlice<Place>, _ d: DeltaProductKernels.Dims)
    -> TokenStrides
  {
    let c = d.contiguousStrides
    let p = Array(places)
    func stride(_ place: Place, _ width: Int) -> Int {
      place.view.reshaped(width: width)?.stride ?? width
    }
    return TokenStrides(q: stride(p[0], c.q), k: stride(p[1], c.k), v: stride(p[2], c.v))
  }

  /// deltaproduct: the JIT forward; the boundary states go to the root the backward reads (or to
  /// scratch), S_0 is the operand, the carry's state (a segmented run) or zero.
  mutating func forward(
    _ i: Int, _ p: DeltaProductParams, _ x: [Place], _ out: [Place], _ shapes: [[Int]]
  ) -> Kernel {
    let kernels = recurrence[i]!
    let d = Self.dims(p, shapes)
    let (q, k, v, beta) = (pointer(x[0]), pointer(x[1]), pointer(x[2]), pointer(x[3]))
    let g = p.gated ? pointer(x[4]) : nil
    let zero = zeros(d.stateCount)
    let given = p.initialState ? pointer(x[p.forwardOperandCount - 1]) : nil
    let o = pointer(out[0])
    let final = p.finalState ? pointer(out[1]) : zeros(d.stateCount)
    let states = base(layout.states[i]!)
    // S_0: the operand, else `zero`, into which a segmented run copies the carried state.
    let region = kernels.forwardRegion(
      q: q, k: k, v: v, beta: beta, g: g, h0: UnsafePointer(given ?? zero), o: o,
      finalState: final, states: states, dims: d, strides: Self.tokenStrides(x[0..<3], d))
    return { context in
      if given == nil, let s = context.carry?.states[i] {
        zero.update(from: s, count: d.stateCount)
      }
      region.run()
      if given == nil, context.carry != nil {
        context.carry!.states[i] = Array(UnsafeBufferPointer(start: final, count: d.stateCount))
        zero.update(repeating: 0, count: d.stateCount)
      }
    }
  }

  /// deltaproduct_grad: the JIT backward from the forward's kept states, or from states it
  /// recomputes first (plan-memory's `states=recompute`).
  mutating func backward(
    _ i: Int, _ p: DeltaProductParams, _ x: [Place], _ out: [Place], _ shapes: [[Int]]
  ) -> Kernel {
    let kernels = recurrence[i]!
    let d = Self.dims(p, shapes)
    let n = p.forwardOperandCount
    let (q, k, v, beta) = (pointer(x[0]), pointer(x[1]), pointer(x[2]), pointer(x[3]))
    let g = p.gated ? pointer(x[4]) : nil
    let h0 = p.initialState ? pointer(x[n - 1]) : zeros(d.stateCount)
    let dOut = pointer(x[n])
    let dFinal = p.finalState ? pointer(x[n + 1]) : zeros(d.stateCount)
    let (dq, dk, dv, dbeta) = (pointer(out[0]), pointer(out[1]), pointer(out[2]), pointer(out[3]))
    let dg = p.gated ? pointer(out[4]) : nil
    let dh0 = p.initialState ? pointer(out[out.count - 1]) : zeros(d.stateCount)
    let scratch = layout.recompute[i].map { (base($0.states), base($0.output), base($0.final)) }
    let states = scratch?.0 ?? base(layout.states[i]!)
    let (ts, us) = (Self.tokenStrides(x[0..<3], d), Self.tokenStrides(out[0..<3], d))
    let recompute = scratch.map { (s, o, f) in
      kernels.forwardRegion(
        q: q, k: k, v: v, beta: beta, g: g, h0: h0, o: o, finalState: f, states: s, dims: d,
        strides: ts)
    }
    let region = kernels.backwardRegion(
      q: q, k: k, v: v, beta: beta, g: g, states: states, dOutput: dOut, dFinalState: dFinal,
      dq: dq, dk: dk, dv: dv, dbeta: dbeta, dg: dg, dh0: dh0, dims: d, strides: ts,
      gradientStrides: us)
    return { _ in
      recompute?.run()
      region.run()
    }
  }

  /// conv1d / conv1d_silu; in a segmented run the previous segment's last W-1 inputs come first.
  mutating func conv(_ i: Int, _ silu: Bool, _ x: [Place], _ out: Place, _ shapes: [[Int]])
    -> Kernel
  {
    let s = shapes[0]
    let (t, c, width) = (s[s.count - 2], s.last!, shapes[1].last!)
    let batch = s.reduce(1, *) / max(1, t * c)
    let (px, w, o, stride) = (pointer(x[0]), pointer(x[1]), pointer(out), x[0].view.stride!)
    let bias = x.count > 2 ? UnsafePointer(pointer(x[2])) : nil
    let threads = self.threads
    let taps = zeros(HostKernels.tapCount(channels: c, width: width))
    let region = HostKernels.conv1dRegion(
      x: px, xStride: stride, taps: taps, bias: bias, history: nil, out: o, batch: batch, length: t,
      channels: c, width: width, silu: silu, threads: threads)
    return { context in
      guard context.carry != nil else {
        HostKernels.writeTaps(w, channels: c, width: width, into: taps)
        return region.run()
      }
      let history = context.carry?.convTails[i]
      withOptional(history) { h in
        HostKernels.conv1d(
          x: px, xStride: stride, weight: w, bias: bias, history: h, out: o,
          batch: batch, length: t, channels: c, width: width, silu: silu, threads: threads)
      }
      guard context.carry != nil, width > 1 else { return }
      var tail = [Float](repeating: 0, count: batch * (width - 1) * c)
      withOptional(history) { h in
        tail.withUnsafeMutableBufferPointer {
          HostKernels.conv1dTail(
            x: px, xStride: stride, history: h, tail: $0.baseAddress!, batch: batch,
            length: t, channels: c, width: width)
        }
      }
      context.carry!.convTails[i] = tail
    }
  }
}

/// `body` with the array's storage, or nil.
func withOptional<R>(_ a: [Float]?, _ body: (UnsafePointer<Float>?) -> R) -> R {
  guard let a else { return body(nil) }
  return a.withUnsafeBufferPointer { body($0.baseAddress) }
}
