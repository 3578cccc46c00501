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
    abstract: "Print the optimized graph IR (forward, or forward + backward) or the kernels of a spec.",
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
      store) of the forward graph, or with --backward of the training graph.

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

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec"))
  var spec: String?

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
    if backward && emit != .ir && emit != .plan {
      throw ValidationError("'--backward' is only valid with '--emit ir' or '--emit plan'")
    }
    if after != nil && emit != .ir {
      throw ValidationError("'--after' is only valid with '--emit ir'")
    }
    if spec == nil && !passes {
      throw ValidationError("Missing expected argument '<spec>'")
    }
  }

  /// Unknown names in --after and --disable: an error listing the passes, exit status 1.
  func checkPassNames() throws {
    let names = Pipeline.names
    let list = names.joined(separator: ", ")
    if let after, Stage(name: after) == nil {
      Output.stderr(
        "error: unknown pass '\(after)' in --after; expected one of lower, autodiff, \(list)\n")
      throw ExitCode.failure
    }
    for name in disable where !names.contains(name) {
      Output.stderr("error: unknown pass '\(name)' in --disable; expected one of \(list)\n")
      throw ExitCode.failure
    }
  }

  func run() throws {
    if passes {
      let width = Pipeline.names.map(\.count).max() ?? 0
      for pass in Pipeline.passes {
        print(pass.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + pass.summary)
      }
      return
    }
    try checkPassNames()
    let loaded: Spec
    do {
      loaded = try SpecLoader.load(file: spec!)
    } catch let diagnostics as SpecDiagnostics {
      Output.stderr(diagnostics.description)
      throw ExitCode.failure
    }
    switch emit {
    case .ir:
      print(
        try Self.irText(loaded, backward: backward, after: after, disable: disable), terminator: "")
    case .plan:
      print(try Self.planText(loaded, backward: backward, disable: disable), terminator: "")
    case .llvm, .asm:
      do {
        print(try Driver.kernelDump(loaded, emit == .llvm ? .llvm : .asm), terminator: "")
      } catch {
        Output.stderr("error: internal: \(error)\n")
        throw ExitCode(2)
      }
    }
  }

  /// The verified IR text of a spec, its summary comment first (what Generated/ holds). `after`:
  /// stop after that pass; `lower` (forward) and `autodiff` (forward + backward) stop before the
  /// passes. A graph that fails the verifier is a compiler bug: exit status 2.
  static func irText(_ spec: Spec, backward: Bool, after: String? = nil, disable: [String] = [])
    throws -> String
  {
    do {
      return try Driver.irText(Self.graph(spec, backward: backward, after: after, disable: disable))
    } catch {
      Output.stderr("error: internal: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// The chunk decisions and the `plan` lines of the optimized graph (`--emit plan`).
  static func planText(_ spec: Spec, backward: Bool, disable: [String]) throws -> String {
    do {
      let graph = try Self.graph(spec, backward: backward, after: nil, disable: disable)
      var lines = ["# \(graph.name): memory plan and recurrence schedule (plan-memory, choose-chunk-size)"]
      for node in graph.nodes {
        if case .deltaProduct(let p) = node.op {
          lines.append(
            "chunk \(node.results[0].value) = \(p.chunk)"
              + (p.chunkReason.map { " (\($0))" } ?? " (fixed by the spec)"))
        }
      }
      if graph.plan.isEmpty { lines.append("# plan-memory is disabled: no plan") }
      lines += graph.plan.map { "plan " + $0 }
      return lines.joined(separator: "\n") + "\n"
    } catch {
      Output.stderr("error: internal: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// `--after autodiff` shows the forward + backward graph even without --backward.
  static func graph(_ spec: Spec, backward: Bool, after: String?, disable: [String]) throws
    -> Graph
  {
    try Driver.graph(
      spec, for: backward || after == "autodiff" ? .training : .evaluation,
      through: after.flatMap(Stage.init(name:)), disabling: disable)
  }
}
