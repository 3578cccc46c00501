import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec
import DeltaCodegen
import Foundation

/// How a spec becomes the graphs that run: lowering, autodiff (training), then the optimization
/// pipeline with the options of the spec's `compile` section. `deltac compile`, `deltac run` and
/// `deltac eval` all go through here, so what `compile` prints is what runs.
public enum Compilation {
  /// The pipeline options of `spec`: its `disabled_passes` plus `disabling` (the CLI's --disable),
  /// `chunk_size: autotune` (with the kernel-running measurer and its cache next to the kernel
  /// cache), its thread count (one per core when unset), and the dims the cost models and the memory
  /// plan use: the training batch and length, or for `evaluation` the eval batch and longest length.
  public static func passOptions(
    _ spec: Spec, disabling extra: [String] = [], stopAfter: String? = nil,
    evaluation: Bool = false
  ) -> PassOptions {
    var autotune = false
    if case .autotune = spec.compile.chunkSize { autotune = true }
    let threads = spec.compile.threads ?? ParallelFor.cores
    let kernelDir = spec.compile.kernelCacheDir.map { URL(fileURLWithPath: $0) }
      ?? KernelCache.defaultDirectory
    return PassOptions(
      disabled: Set(spec.compile.disabledPasses + extra), stopAfter: stopAfter,
      autotuneChunks: autotune, threads: threads,
      measure: autotune ? ChunkTuner(directory: ChunkTuner.directory(kernelCache: kernelDir)) : nil,
      dims: dims(spec, evaluation: evaluation))
  }

  /// `B` and `T` of the graphs at run time (training, or evaluation).
  public static func dims(_ spec: Spec, evaluation: Bool = false) -> [String: Int] {
    spec.graphDims(evaluation: evaluation)
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
