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
      --emit ir (the default) prints the forward graph: the whole model lowered to graph IR, one
      equation per line, with fla parameter names, shapes and op attributes. With --backward it prints
      the forward + backward graph that autodiff derives from it: the loss, the logits and
      grad.<parameter> for every parameter. The text parses back (it is what Generated/<spec>/
      forward.ir and forward_backward.ir hold; `make generated` rewrites those files).

      --emit llvm and --emit asm print the LLVM IR or the assembly of the spec's kernels.

      A spec with a sweep compiles its base (un-swept) spec.

      Examples:
        deltac compile specs/s3_nh2_neg.yaml
        deltac compile specs/s3_nh2_neg.yaml --backward
        deltac compile specs/s3_nh2_neg.yaml --emit llvm
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
      StandardError.write(
        "error: --emit \(emit.rawValue) is not available yet (the kernel dumps land with the codegen stage)\n"
      )
      throw ExitCode.failure
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
