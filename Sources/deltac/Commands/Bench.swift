import ArgumentParser
import DeltaExperiment
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Performance measurements.",
    subcommands: [
      BenchKernels.self, BenchTrain.self, BenchInference.self, BenchPasses.self, BenchChunks.self,
      BenchAB.self,
    ])
}

/// `deltac bench ab A B`: two specs' training steps in adjacent pairs in one process (`ABBench`).
struct BenchAB: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ab", abstract: ABBench.abstract, discussion: ABBench.discussion)
  @Argument(help: ArgumentHelp("Spec A, SPEC or SPEC@BATCH.", valueName: "a")) var a: String
  @Argument(help: ArgumentHelp("Spec B, SPEC or SPEC@BATCH.", valueName: "b")) var b: String
  @Option(help: "Timed pairs (at least 1).") var pairs = 10
  @Option(help: "Untimed steps of each spec first.") var warmup = 2

  func run() throws {
    let specs = (try BenchPasses.loadSpec(a), try BenchPasses.loadSpec(b))
    try Failure.guarded {
      _ = try ABBench(pairs: pairs, warmup: warmup).run(
        specs, labels: (a, b), emit: Output.line, progress: Output.progress)
    }
  }
}

/// `deltac bench kernels`: the recurrence kernels against the FMA peak (`KernelBench`).
struct BenchKernels: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernels", abstract: "Benchmark the DeltaProduct forward/backward kernels.")

  @Flag(help: "Fewer sizes and repetitions.") var quick = false
  @Option(help: "Head dims Dk = Dv.") var dims: [Int] = [32, 64, 128]
  @Option(help: "Householder steps n_h.") var householder: [Int] = [1, 2, 3]
  @Option(help: "Sequence lengths T.") var lengths: [Int] = [128, 512, 4096]
  @Option(help: "Forward form: recurrent, chunked or both.") var form: String = "both"
  @Option(help: "Chunk in tokens (default: 16 for recurrent, 64/n_h for chunked).") var chunk: Int?
  @Option(help: "Worker threads (peak is per core used).") var threads = 1
  @Flag(help: "Gated (forget gate).") var gated = false
  @Option(help: "Repetitions (best and median are reported).") var repeats = 5
  @Flag(help: "Skip the reference interpreter timings.") var noReference = false
  @Option(
    help: "Print the kernels of the first configuration (kernel-ir, llvm or asm) instead of timing."
  )
  var dump: String?

  func run() throws {
    var bench = KernelBench()
    (bench.quick, bench.dims, bench.householder, bench.lengths) = (
      quick, dims, householder, lengths
    )
    (bench.forms, bench.chunk, bench.threads, bench.gated) = (
      KernelBench.forms(form), chunk, threads, gated
    )
    (bench.repeats, bench.reference) = (repeats, !noReference)
    if let dump {
      guard let text = try bench.dump(dump) else {
        throw ValidationError("--dump kernel-ir|llvm|asm")
      }
      print(text)
      return
    }
    try bench.run { print($0) }
  }
}
