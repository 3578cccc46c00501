import ArgumentParser
import DeltaExperiment
import DeltaSpec
import Foundation

/// `deltac profile SPEC`: a few training steps with every executor node timed.
struct Profile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Where a training step's time goes, per IR node and per op.",
    discussion: """
      Runs --warmup untimed and then --steps timed training steps (forward,
      backward, AdamW) of the spec's model on a seeded random batch of the
      spec's train.batch_size x task.train_length, and prints per node (keyed
      by the IR value names `deltac compile SPEC --emit ir --backward`
      prints) and per op: time per step, share of the step, GFLOP/s (GEMMs
      and recurrence kernels; FLOPs as `deltac bench train` counts them) and
      GB/s (operands read + results written). The last line splits the step
      into nodes, AdamW and what is outside the nodes (executor overhead).
      --gemm: each GEMM of the step against OpenBLAS alone on its shape.
      --trace FILE: the timed steps as a timeline (Chrome trace JSON; open it in
      ui.perfetto.dev or chrome://tracing): steps, nodes, AdamW, what each
      worker thread ran, and the arena bytes in use.

      Example:
        deltac profile bench/specs/tiny.yaml --steps 3
        deltac profile bench/specs/tiny.yaml --steps 2 --trace trace.json
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec")) var spec: String
  @Option(help: "Timed steps.") var steps = 3
  @Option(help: "Untimed steps first (JIT, first-touch of buffers).") var warmup = 1
  @Option(help: "Nodes listed.") var top = 25
  @Flag(help: "The step's GEMMs against OpenBLAS alone.") var gemm = false
  @Option(
    help: ArgumentHelp("Write the timed steps' timeline (Chrome trace JSON).", valueName: "file"))
  var trace: String?

  func validate() throws {
    try expect(
      steps >= 1 && warmup >= 0 && top >= 1,
      "--steps and --top must be at least 1, --warmup at least 0")
    try expect(!gemm || trace == nil, "--trace records the step's profile, not --gemm")
  }

  func run() throws {
    let loaded = try CLISpec.load(spec)
    try Failure.guarded {
      if gemm {
        return print(try GemmBench(steps: steps, warmup: warmup, repeats: 5).report(loaded))
      }
      let (step, report): (DeltacTrainStep, ProfileReport)
      if let trace {
        let timeline: ChromeTrace
        (step, report, timeline) = try ChromeTrace.measure(loaded, steps: steps, warmup: warmup)
        try timeline.write(to: trace)
        Output.progress("trace: \(trace), \(timeline.events.count) events (ui.perfetto.dev)")
      } else {
        (step, report) = try ProfileReport.measure(loaded, steps: steps, warmup: warmup)
      }
      print(
        "\(loaded.name): \(step.parameterCount) parameters, batch \(step.batch) x \(step.length), "
          + "\(step.programs.threads) threads, \(steps) steps")
      print(report.table(top: top))
    }
  }
}
