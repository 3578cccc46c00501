import ArgumentParser
import DeltaDriver
import DeltaIR
import DeltaPasses
import DeltaSpec
import Foundation

/// `deltac compile SPEC [--emit ir|llvm|asm] [--backward] [--after PASS] [--disable PASS]... [--passes]`:
/// print what the compiler produced.
struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Print the optimized graph IR (forward, or forward + backward) or the kernels of a spec.",
    discussion: """
      --emit ir (the default) prints the forward graph after the whole
      optimization pipeline: the model lowered to graph IR, one equation per
      line, with fla parameter names, shapes and op attributes, then optimized
      by every pass (fused GEMMs, fused convs, ...). With --backward it prints
      the optimized forward + backward graph that training runs: the loss, the
      logits and grad.<parameter> for every parameter. A comment line above the
      graph counts its GEMMs and nodes. The text parses back.

      --after PASS stops after that pass (--passes lists them in order, with
      what each does); --after lower prints the lowered forward graph and
      --after autodiff the forward + backward graph, before any pass.
      --disable PASS (repeatable) skips a pass, in addition to the spec's
      compile.disabled_passes. Generated/<spec>/ holds forward.ir (--after
      lower), forward_backward.ir (--after autodiff) and optimized.ir
      (--backward) for every spec (`make generated`).

      --emit llvm and --emit asm print the optimized LLVM IR or the assembly
      of the spec's recurrence kernels (forward, backward, inference step) for
      a fixed x86-64 target, with the chunk size and form choose-chunk-size
      put in the optimized graphs (training's, then evaluation's).

      --emit plan prints each recurrence's chunk decision and the memory plan
      (plan-memory's `plan` lines: peak activations, buffers, recompute vs
      store) of the forward graph, or with --backward of the training graph,
      then the executor's `layout` at the spec's dims (views, copies, arena).

      A spec with a sweep compiles its base (un-swept) spec.

      Examples:
        deltac compile specs/s3_nh2_neg.yaml
        deltac compile specs/s3_nh2_neg.yaml --backward
        deltac compile specs/lm_bytes.yaml --backward --after fuse-projections
        deltac compile specs/lm_bytes.yaml --disable fuse-convolutions
        deltac compile --passes
        deltac compile specs/s3_nh2_neg.yaml --emit asm
      """)

  enum Emit: String, ExpressibleByArgument, CaseIterable {
    case ir, plan, llvm, asm
  }

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String?
  @Option(
    help:
      "What to print: ir (graph IR), plan (the memory plan and chunk choices), llvm (kernels' LLVM IR) or asm (kernels' assembly)."
  )
  var emit: Emit = .ir
  @Flag(
    help:
      "With --emit ir: print the forward + backward graph (loss and every parameter's gradient).")
  var backward = false
  @Option(
    help: ArgumentHelp(
      "With --emit ir: print the graph after this pass ('lower' or 'autodiff': before any pass).",
      valueName: "pass"))
  var after: String?
  @Option(
    help: ArgumentHelp(
      "Skip this pass (repeatable; adds to the spec's compile.disabled_passes).",
      valueName: "pass"))
  var disable: [String] = []
  @Flag(help: "List the optimization passes in pipeline order, with what each does.")
  var passes = false

  func validate() throws {
    try expect(
      !backward || emit == .ir || emit == .plan,
      "'--backward' is only valid with '--emit ir' or '--emit plan'")
    try expect(after == nil || emit == .ir, "'--after' is only valid with '--emit ir'")
    try expect(spec != nil || passes, "Missing expected argument '<spec>'")
  }

  func run() throws {
    if passes {
      print(Pipeline.listing, terminator: "")
      return
    }
    if let unknown = Stage.unknownNames(after: after, disable: disable) {
      Output.stderr("error: \(unknown)\n")  // a name not in Pipeline.passes: bad input
      throw ExitCode.failure
    }
    let loaded = try CLISpec.load(spec!)
    // Any failure from here is a compiler bug (a graph the verifier rejects): exit status 2.
    let text: String
    do {
      switch emit {
      case .ir:
        text = try Driver.irText(
          Driver.graph(loaded, backward: backward, after: after, disabling: disable))
      case .plan:
        text = Driver.planText(
          try Driver.graph(loaded, backward: backward, after: nil, disabling: disable),
          dims: loaded.graphDims(evaluation: !backward))
      case .llvm, .asm:
        text = try Driver.kernelDump(loaded, emit == .llvm ? .llvm : .asm)
      }
    } catch {
      Output.stderr("error: internal: \(error)\n")
      throw ExitCode(2)
    }
    print(text, terminator: "")
  }
}
