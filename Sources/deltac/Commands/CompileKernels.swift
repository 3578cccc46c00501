import DeltaCodegen
import DeltaModel
import DeltaRuntime
import DeltaSpec

/// What `deltac compile SPEC --emit llvm|asm` prints for the recurrence kernels.
enum KernelDumpKind: String {
  case llvm, asm
}

/// The optimized LLVM IR or assembly of the DeltaProduct kernels (forward, backward, inference step)
/// the spec's graph needs (the kernels training compiles: `RecurrenceKernelPlan`), for a fixed target
/// (Zen 3), so the output is the same on every x86-64 machine. The chunk size is the graph's
/// (`compile.chunk_size`; `auto`: the default for the model's n_h).
func emitKernelDumps(spec: Spec, kind: KernelDumpKind) throws -> String {
  let graph = try ModelLowering.forward(spec: spec)
  return try RecurrenceKernelPlan.dump(graph, kind == .llvm ? .llvm : .asm)
}
