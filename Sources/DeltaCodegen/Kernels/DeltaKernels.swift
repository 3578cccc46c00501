/// The JIT'd DeltaProduct kernels of one specialization, as C function pointers.
///
/// Every kernel processes the (batch, head) pairs bh in [bh0, bh1) (bh = b H + h), so callers split that
/// range over threads; each thread passes its own `work` scratch (`spec.forwardWorkspace` /
/// `spec.backwardWorkspace` floats). Buffers must not overlap. Layouts: see `DeltaKernelSpec`.
public struct DeltaKernels: Sendable {
  /// forward(q, k, v, beta, g, h0, o, hT, hs, work, T, H, bh0, bh1, q_ts, k_ts, v_ts):
  /// o [B,T,H,V], final state hT [B,H,K,V], boundary states hs [B,H,ceil(T/C),K,V] (hs[c] = state entering
  /// chunk c). g may be nil when ungated; h0 must be given (zeros for no initial state). The token
  /// strides q_ts, k_ts, v_ts are read only with input activations (`InputActivationCode`); without,
  /// q, k, v are contiguous.
  public typealias Forward =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?,
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      Int64, Int64, Int64, Int64, Int64, Int64, Int64
    ) -> Void

  /// backward(q, k, v, beta, g, hs, dout, dhT, dq, dk, dv, dbeta, dg, dh0, work, T, H, bh0, bh1,
  /// q_ts, k_ts, v_ts, dq_ts, dk_ts, dv_ts): hs from the forward; dhT = dL/d(final state) (zeros if
  /// unused). Every gradient element is written. The strides as in `forward` (dq, dk, dv too).
  public typealias Backward =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?,
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64,
      Int64
    ) -> Void

  /// step(q, k, v, beta, g, state, o, H, bh0, bh1): one token (fla layouts with T = 1); state updated
  /// in place.
  public typealias Step =
    @convention(c) (
      UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?, UnsafePointer<Float>?,
      UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, Int64,
      Int64, Int64
    ) -> Void

  public let spec: DeltaKernelSpec
  public let forward: Forward
  public let backward: Backward
  public let step: Step

  /// Compiles (or fetches from `cache`) the three kernels of `spec`.
  public init(spec: DeltaKernelSpec, cache: KernelCache = .shared) throws {
    self.spec = spec
    let a = try cache.addresses(of: spec)
    forward = unsafeBitCast(Self.pointer(a[0]), to: Forward.self)
    backward = unsafeBitCast(Self.pointer(a[1]), to: Backward.self)
    step = unsafeBitCast(Self.pointer(a[2]), to: Step.self)
  }

  static func pointer(_ address: UInt64) -> UnsafeRawPointer {
    UnsafeRawPointer(bitPattern: UInt(address))!
  }
}

extension DeltaKernelSpec {
  /// The kernel IR of the three kernels.
  public var kernels: (forward: Kernel, backward: Kernel, step: Kernel) {
    let forward = form == .recurrent ? RecurrentKernels.forward(self) : ChunkedKernels.forward(self)
    let backward =
      chunk == 1
      ? BackwardKernels.backward(backwardSpec) : ChunkedBackwardKernels.backward(backwardSpec)
    return (forward, backward, RecurrentKernels.step(stepSpec))
  }
}
