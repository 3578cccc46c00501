import ArgumentParser
import DeltaExperiment

/// `--max-memory SIZE`: the memory a command may plan for, instead of what the machine has available.
struct MaxMemory: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Refuse specs estimated to need more memory than this (default: what is available).",
      valueName: "size"))
  var maxMemory: String?

  func validate() throws {
    if let maxMemory, MemoryBudget.parse(maxMemory) == nil {
      throw ValidationError(
        "--max-memory must be a size such as 8G, 512M or 1500000000 (bytes); got '\(maxMemory)'")
    }
  }

  /// Sets the limit `MemoryEstimate.check` uses.
  func apply() {
    if let maxMemory { MemoryBudget.maxMemory = MemoryBudget.parse(maxMemory) }
  }
}
