import DeltaCodegen
import DeltaSpec

/// What `deltac compile SPEC --emit llvm|asm` prints for the recurrence kernels.
enum KernelDumpKind: String {
  case llvm, asm
}

/// The optimized LLVM IR or assembly of the DeltaProduct kernels (forward, backward, inference step) that
/// `model` needs, for a fixed target (Zen 3), so the output is the same on every x86-64 machine.
/// `chunkSize` nil picks the default chunk for the model's n_h.
func emitKernelDumps(model: ModelConfig, chunkSize: Int?, kind: KernelDumpKind) throws -> String {
  let spec = DeltaKernelSpec(
    keyDim: model.keyHeadDim, valueDim: model.valueHeadDim, householder: model.numHouseholder,
    chunk: chunkSize ?? DeltaKernelSpec.defaultChunk(householder: model.numHouseholder),
    gated: model.useForgetGate)
  return try KernelDumps.dump(spec, kind == .llvm ? .llvm : .asm)
}
