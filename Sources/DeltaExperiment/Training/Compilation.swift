import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec

/// How a spec becomes the graphs that run: lowering, autodiff (training), then the optimization
/// pipeline with the options of the spec's `compile` section. `deltac compile`, `deltac run` and
/// `deltac eval` all go through here, so what `compile` prints is what runs.
public enum Compilation {
  /// The pipeline options of `spec`: its `disabled_passes` plus `disabling` (the CLI's --disable),
  /// `chunk_size: autotune`, its thread count (one per core when unset).
  public static func passOptions(
    _ spec: Spec, disabling extra: [String] = [], stopAfter: String? = nil
  ) -> PassOptions {
    var autotune = false
    if case .autotune = spec.compile.chunkSize { autotune = true }
    return PassOptions(
      disabled: Set(spec.compile.disabledPasses + extra), stopAfter: stopAfter,
      autotuneChunks: autotune, threads: spec.compile.threads ?? ParallelFor.cores)
  }

  /// The optimized forward graph (evaluation).
  public static func forwardGraph(_ spec: Spec, options: PassOptions) throws -> Graph {
    try Pipeline.optimize(ModelLowering.forward(spec: spec), options: options)
  }

  /// The optimized forward + backward graph (training).
  public static func trainingGraph(_ spec: Spec, options: PassOptions) throws -> Graph {
    try Pipeline.optimize(Autodiff.gradient(of: ModelLowering.forward(spec: spec)), options: options)
  }
}
