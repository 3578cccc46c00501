import DeltaCodegen
import DeltaExperiment
import DeltaModel
import DeltaRuntime
import DeltaSpec

/// What `deltac compile SPEC --emit llvm|asm` prints for the recurrence kernels.
enum KernelDumpKind: String {
  case llvm, asm
}

/// The optimized LLVM IR or assembly of the DeltaProduct kernels (forward, backward, inference step)
/// the spec's optimized graphs need (training's, then evaluation's when it picked another chunk: the
/// kernels `RecurrenceKernelPlan` compiles), for a fixed target (Zen 3), so the output is the same on
/// every x86-64 machine. The chunk size and form are what choose-chunk-size put in the graph.
func emitKernelDumps(spec: Spec, kind: KernelDumpKind) throws -> String {
  let training = try Compilation.trainingGraph(spec, options: Compilation.passOptions(spec))
  let evaluation = try Compilation.forwardGraph(
    spec, options: Compilation.passOptions(spec, evaluation: true))
  return try RecurrenceKernelPlan.dump([training, evaluation], kind == .llvm ? .llvm : .asm)
}
