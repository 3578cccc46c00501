import ArgumentParser
import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaSpec
import Foundation

/// `deltac compile SPEC [--emit ir|llvm|asm] [--backward]`: print what the compiler produced.
struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the graph IR (forward, or forward + backward) or the kernels of a spec.",
    discussion: """
      --emit ir (the default) prints the forward graph: the whole model lowered
      to graph IR, one equation per line, with fla parameter names, shapes and
      op attributes. With --backward it prints the forward + backward graph
      that autodiff derives from it: the loss, the logits and grad.<parameter>
      for every parameter. The text parses back; Generated/<spec>/forward.ir
      and forward_backward.ir hold it for every spec (`make generated`).

      --emit llvm and --emit asm print the optimized LLVM IR or the assembly
      of the spec's recurrence kernels (forward, backward, inference step) for
      a fixed x86-64 target, with the chunk size of compile.chunk_size (auto:
      the default for the spec's n_h).

      A spec with a sweep compiles its base (un-swept) spec.

      Examples:
        deltac compile specs/s3_nh2_neg.yaml
        deltac compile specs/s3_nh2_neg.yaml --backward
        deltac compile specs/s3_nh2_neg.yaml --emit asm
      """)

  enum Emit: String, ExpressibleByArgument, CaseIterable {
    case ir, llvm, asm
  }

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec"))
  var spec: String

  @Option(help: "What to print: ir (graph IR), llvm (kernels' LLVM IR) or asm (kernels' assembly).")
  var emit: Emit = .ir

  @Flag(
    help:
      "With --emit ir: print the forward + backward graph (loss and every parameter's gradient).")
  var backward = false

  func validate() throws {
    if backward && emit != .ir {
      throw ValidationError("'--backward' is only valid with '--emit ir'")
    }
  }

  func run() throws {
    let loaded: Spec
    do {
      loaded = try SpecLoader.load(file: spec)
    } catch let diagnostics as SpecDiagnostics {
      StandardError.write(diagnostics.description)
      throw ExitCode.failure
    }
    switch emit {
    case .ir:
      print(try Self.irText(loaded, backward: backward), terminator: "")
    case .llvm, .asm:
      let kind: KernelDumpKind = emit == .llvm ? .llvm : .asm
      do {
        print(try emitKernelDumps(spec: loaded, kind: kind), terminator: "")
      } catch {
        StandardError.write("error: internal: \(error)\n")
        throw ExitCode(2)
      }
    }
  }

  /// The verified IR text of a spec (what Generated/ holds). A graph that fails the verifier is a
  /// compiler bug: exit status 2.
  static func irText(_ spec: Spec, backward: Bool) throws -> String {
    do {
      let forward = try ModelLowering.forward(spec: spec)
      let graph = backward ? try Autodiff.gradient(of: forward) : forward
      try Verifier.verify(graph)
      return GraphPrinter.print(graph)
    } catch {
      StandardError.write("error: internal: \(error)\n")
      throw ExitCode(2)
    }
  }
}
