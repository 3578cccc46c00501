/// Human-readable forms of a kernel: its kernel IR, its optimized LLVM IR, its assembly.
///
/// Dumps are compiled for a fixed target (`TargetSpec.dump`, Zen 3) rather than the host, so the files
/// in Generated/ are byte-identical on every x86-64 machine with the same LLVM.
public enum KernelDumps {
  public enum Kind: String, Sendable {
    case kernelIR = "kernel-ir"
    case llvm, asm
  }

  public static func dump(_ kernel: Kernel, _ kind: Kind, target: TargetSpec = .dump) throws
    -> String
  {
    switch kind {
    case .kernelIR: return kernel.description
    case .llvm, .asm:
      let out = try Compiler.dump(name: kernel.name, target: target) {
        try LLVMEmitter.emit(kernel, into: $0)
      }
      return kind == .llvm ? out.ir : out.asm
    }
  }

  /// The forward, backward and step kernels of `spec`, each under a banner line.
  public static func dump(_ spec: DeltaKernelSpec, _ kind: Kind, target: TargetSpec = .dump) throws
    -> String
  {
    let k = spec.kernels
    let comment = kind == .asm ? "#" : (kind == .llvm ? ";" : "//")
    var out = ""
    for kernel in [k.forward, k.backward, k.step] {
      out +=
        "\(comment) ---- \(kernel.name) (target \(target.cpu), LLVM \(LLVMSupport.version)) ----\n"
      out += try dump(kernel, kind, target: target)
      if !out.hasSuffix("\n") { out += "\n" }
    }
    return out
  }
}
