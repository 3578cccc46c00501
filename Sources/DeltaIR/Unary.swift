/// The unary elementwise functions. Each is both a graph op (`silu %x`: `Op.unary(.silu)`, same
/// shape and dtype out as in) and an instruction of fused programs (`silu(a0)`:
/// `FusedKernel.Function.unary(.silu)`), under the same name, so the IR text, shape inference, the
/// interpreter's dispatch and the fusion pass treat them all alike. What differs per function lives
/// in three places: the fp64/fp32 reference math (`Unary.apply` and `Unary.derivative`,
/// DeltaReference Kernels/Elementwise.swift), the JIT's LLVM (DeltaCodegen Kernels/FusedKernels.swift) and
/// the VJP (DeltaPasses Autodiff/VJPElementwise.swift). docs/architecture.md: "Add an elementwise op".
public enum Unary: String, CaseIterable, Hashable, Sendable {
  /// -x.
  case neg
  /// e^x.
  case exp
  /// Natural logarithm.
  case log
  /// 1 / (1 + e^-x).
  case sigmoid
  /// x * sigmoid(x).
  case silu
  /// log(1 + e^x), computed stably (x for x > 20, as torch's threshold).
  case softplus
  /// x * x.
  case square
  /// 1 / sqrt(x).
  case rsqrt
}
