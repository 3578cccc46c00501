import ArgumentParser
import DeltaExperiment
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Performance measurements.",
    subcommands: [
      BenchKernels.self, BenchTrain.self, BenchInference.self, BenchPasses.self, BenchChunks.self,
    ])
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
