import ArgumentParser
import DeltaInterop
import DeltaModel
import DeltaRuntime
import DeltaSpec
import Foundation

/// `deltac init SPEC --out PATH [--seed N]`: the seeded initial parameters as a deltac checkpoint.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a spec's initial (seeded) parameters as a deltac checkpoint.",
    discussion: """
      A deltac checkpoint is one safetensors file holding the model's
      parameters under flash-linear-attention's names (model.embeddings.weight,
      model.layers.0.attn.k_proj.weight, ..., lm_head.weight) in F32, with
      __metadata__ as deltac run writes it (format, step 0, seed, the
      resolved spec), so deltac eval reads it too. Training checkpoints add
      optimizer state under optimizer.*; export drops it.

      The values follow fla's initialization (reference section 1.4), drawn
      from train.seed unless --seed is given: the same spec and seed always
      give the same file, byte for byte. The file is written atomically.

      Examples:
        deltac init specs/s3_nh2_neg.yaml --out s3.safetensors
        deltac export specs/s3_nh2_neg.yaml --checkpoint s3.safetensors \\
          --to s3-fla
      """)

  @Argument(help: ArgumentHelp("The spec file (YAML).", valueName: "spec"))
  var spec: String

  @Option(help: ArgumentHelp("The checkpoint to write (safetensors).", valueName: "path"))
  var out: String

  @Option(help: "Seed of the initialization (default: the spec's train.seed).")
  var seed: UInt64?

  func run() throws {
    let loaded = try InteropCLI.loadSpec(spec)
    try InteropCLI.guarded {
      let graph = try LoadedModel.graph(
        model: loaded.model, vocabSize: loaded.vocabSize, file: spec)
      let seed = self.seed ?? UInt64(loaded.train.seed)
      let values = ParameterInit.initializeFloat32(graph: graph, model: loaded.model, seed: seed)
      var parameters: [String: Tensor<Float>] = [:]
      for (name, shape) in FLAParameters.expected(graph) {
        parameters[name] = Tensor(shape: shape, data: values[name] ?? [])
      }
      try DeltaCheckpoint.write(
        parameters, graph: graph, model: loaded.model,
        metadata: DeltaCheckpoint.initialMetadata(loaded, seed: seed), to: out)
      StandardError.write("wrote \(out): \(graph.parameterCount) parameters (seed \(seed))\n")
    }
  }
}

/// What the interop commands share: spec loading and error reporting (exit 1 for bad input).
enum InteropCLI {
  /// Loads a spec; diagnostics go to stderr and exit with status 1.
  static func loadSpec(_ path: String) throws -> Spec {
    do {
      return try SpecLoader.load(file: path)
    } catch let diagnostics as SpecDiagnostics {
      StandardError.write(diagnostics.description)
      throw ExitCode.failure
    }
  }

  /// Runs `body`; a CheckpointError (bad file, bad folder) is printed and exits with status 1, an
  /// internal error with status 2.
  static func guarded(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as CheckpointError {
      StandardError.write(error.description + "\n")
      throw ExitCode(error.message.hasPrefix("internal:") ? 2 : 1)
    } catch let error as InterpreterError {
      StandardError.write("error: \(error.message)\n")
      throw ExitCode.failure
    }
  }
}
