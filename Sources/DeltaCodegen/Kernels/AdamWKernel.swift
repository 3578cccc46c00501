/// AdamW's update of one parameter as a JIT kernel: `(p, m, v, g, n, decay, b1, 1 - b1, b2, 1 - b2,
/// lr / (1 - b1^t), sqrt(1 - b2^t), eps)`, 16 elements at a time in the host's widest vectors, then
/// the tail one by one. Each element goes through the same Float operations in the same order as
/// `AdamW.updateScalar` (DeltaExperiment), with no fused multiply-add and IEEE sqrt and division,
/// so the bits are the same:
///   p <- p decay;  m <- b1 m + (1 - b1) g;  v <- b2 v + ((1 - b2) g) g
///   p <- p - (lr' m) / (sqrt(v) / sqrt(1 - b2^t) + eps)
/// Swift compiles the same loop for the baseline x86-64 (4-wide SSE, the square root lane by lane).
public enum AdamWKernel {
  public typealias Fn =
    @convention(c) (
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafePointer<Float>?, Int64, Float, Float, Float, Float, Float, Float, Float, Float
    ) -> Void

  static let scalars = ["decay", "b1", "omb1", "b2", "omb2", "step_size", "corr2", "eps"]

  /// The compiled kernel (from `cache`, compiling it the first time).
  public static func function(cache: KernelCache = .shared) throws -> Fn {
    unsafeBitCast(DeltaKernels.pointer(try cache.address(of: kernel)), to: Fn.self)
  }

  public static var kernel: Kernel {
    let kb = KernelBuilder()
    let vectors = kb.let_("nv", ("n" / 16) * 16)
    kb.loop("i", 0, vectors, step: 16) { i in element(kb, i, width: 16) }
    kb.loop("i", vectors, "n") { i in element(kb, i, width: 1) }
    return Kernel(
      name: "adamw_update",
      params: ["p", "m", "v", "g"].map { Param($0, .ptr) } + [Param("n", .i64)]
        + scalars.map { Param($0, .f32) },
      body: kb.statements)
  }

  /// (Variables named apart from the pointers they are loaded from.)
  static func element(_ kb: KernelBuilder, _ i: Index, width w: Int) {
    let g = kb.variable("gv", width: w, .load(ptr: "g", at: i, width: w))
    let m = kb.variable(
      "mv", width: w, "b1" * .load(ptr: "m", at: i, width: w) + "omb1" * g)
    let v = kb.variable(
      "vv", width: w, "b2" * .load(ptr: "v", at: i, width: w) + "omb2" * g * g)
    let p = kb.variable("pv", width: w, .load(ptr: "p", at: i, width: w) * "decay")
    kb.store("p", i, p - "step_size" * m / (.sqrt(v) / "corr2" + "eps"))
    kb.store("m", i, m)
    kb.store("v", i, v)
  }
}
