#if canImport(Glibc)
  import Glibc
#endif

/// Flush-to-zero and denormals-are-zero (MXCSR bits 15 and 6) for the SSE / AVX arithmetic of every
/// region `ParallelFor` runs: a denormal float (below 1.2e-38) as an input or a result of an
/// instruction is taken as 0. Without it each such instruction takes a microcode assist of about a
/// hundred cycles. A gated recurrence whose decay is strong makes them: within a chunk, products of
/// the tokens' alphas (g = -6 per token: alpha = 0.0025, alpha^16 ~ 1e-42), and states decayed into
/// that range. Its JIT kernels ran 10-50x slower (K = V = 64, n_h 3, r16, 4 x 4 heads of 512
/// tokens, 2 threads, in one process; forward / backward ms at g = -0.1, -6, -30): 9.1 / 15.0,
/// 87 / 134, 437 / 98 before, 9.3 / 14.9, 9.1 / 14.8, 8.8 / 14.5 with flushing. What it changes lies
/// below float's normal range, far under every tolerance against the fp64 reference (KernelTests'
/// strong-decay cases pass with and without it). TensorFlow and XLA run their CPU threads this way;
/// PyTorch leaves it to `torch.set_flush_denormal`.
public enum DenormalMode {
  static let bits: UInt32 = 0x8040

  /// Whether this thread flushes denormals now.
  public static var isFlushing: Bool {
    #if arch(x86_64) && canImport(Glibc)
      var mode = fenv_t()
      fegetenv(&mode)
      return mode.__mxcsr & bits == bits
    #else
      return false
    #endif
  }

  /// Turns flushing on for the rest of this thread's life (the worker pool's threads).
  static func flushOnThisThread() {
    #if arch(x86_64) && canImport(Glibc)
      var mode = fenv_t()
      fegetenv(&mode)
      mode.__mxcsr |= bits
      fesetenv(&mode)
    #endif
  }

  /// `body` with flushing on, this thread's mode restored after (the caller's thread is not
  /// deltac's).
  public static func flushing<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
    #if arch(x86_64) && canImport(Glibc)
      var saved = fenv_t()
      fegetenv(&saved)
      guard saved.__mxcsr & bits != bits else { return try body() }
      var mode = saved
      mode.__mxcsr |= bits
      fesetenv(&mode)
      defer { fesetenv(&saved) }
    #endif
    return try body()
  }
}
