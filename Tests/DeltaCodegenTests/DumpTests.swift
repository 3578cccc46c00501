import DeltaCodegen
import Testing

@Suite struct DumpTests {
  static let spec = DeltaKernelSpec(keyDim: 8, valueDim: 16, householder: 2, chunk: 16, gated: true)

  /// Dumps are for a fixed CPU (not the host) and deterministic, so Generated/ is the same everywhere.
  @Test func llvmDumpIsFixedTargetAndDeterministic() throws {
    let a = try KernelDumps.dump(Self.spec, .llvm)
    let b = try KernelDumps.dump(Self.spec, .llvm)
    #expect(a == b)
    #expect(a.contains("\"target-cpu\"=\"znver3\""))
    #expect(!a.contains("target-features"))
    for name in [Self.spec.forwardName, Self.spec.backwardName, Self.spec.stepName] {
      #expect(a.contains("define void @\(name)("))
    }
    #expect(a.contains("<8 x float>"), "the state update should be vectorized")
  }

  @Test func asmDumpHasFMAs() throws {
    let asm = try KernelDumps.dump(Self.spec, .asm)
    #expect(asm.contains("vfmadd"))
    #expect(asm.contains("\(Self.spec.stepName):"))
  }

  @Test func kernelIRPrints() {
    let text = Self.spec.kernels.step.description
    #expect(text.hasPrefix("kernel \(Self.spec.stepName)(q: ptr, k: ptr"))
    #expect(text.contains("fma("))
  }
}
