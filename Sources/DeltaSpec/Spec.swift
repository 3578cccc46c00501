import DeltaIR

/// One resolved experiment: what `deltac check` validated and what every later stage reads.
///
/// A spec file names only what differs from the defaults (and from the file it `extends`); `SpecLoader`
/// fills in the rest, so every field here is concrete.
public struct Spec: Equatable, Hashable, Sendable {
  /// The file stem (`s3_nh2_neg`), or `<stem>/<variant>` for a sweep variant (`s3_sweep/nh2-eig-1_1`).
  public var name: String
  public var model: ModelConfig
  public var task: TaskSpec
  public var train: TrainSpec
  public var eval: EvalSpec
  public var compile: CompileSpec
  /// The vocabulary actually used: `model.vocabSize` when fixed, else the task's (`TaskSpec.vocabSize`).
  public var vocabSize: Int

  public init(
    name: String, model: ModelConfig, task: TaskSpec, train: TrainSpec, eval: EvalSpec,
    compile: CompileSpec, vocabSize: Int
  ) {
    self.name = name
    self.model = model
    self.task = task
    self.train = train
    self.eval = eval
    self.compile = compile
    self.vocabSize = vocabSize
  }
}

/// A length, or a range of lengths drawn uniformly (Chomsky tasks train on 3...40).
public struct LengthRange: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var min: Int
  public var max: Int
  public init(_ min: Int, _ max: Int) {
    self.min = min
    self.max = max
  }
  public init(exactly length: Int) { self.init(length, length) }
  public var isFixed: Bool { min == max }
  /// `128` or `[3, 40]`, as written in a spec.
  public var description: String { isFixed ? "\(min)" : "[\(min), \(max)]" }
}

/// The `compile` section: how the compiler builds the kernels.
public struct CompileSpec: Equatable, Hashable, Sendable {
  /// The recurrence's schedule: `auto` (the cost model picks), `autotune` (measured), `N` (chunked)
  /// or `rN` (recurrent); the IR carries the same value until choose-chunk-size decides.
  public var chunkSize: ChunkSize
  /// Names of optimization passes not to run (e.g. `fuse-projections`), each one of `Pipeline.names`.
  public var disabledPasses: [String]
  /// Worker threads; nil means one per core.
  public var threads: Int?
  /// Directory of the on-disk kernel cache; nil means no disk cache (kernels are cached in memory only).
  public var kernelCacheDir: String?
  /// q/k's SiLU and L2 norm and v's SiLU run inside the recurrence kernels (`deltaproduct[inputs=..]`);
  /// false: as separate ops (`compile.recurrence_inputs: separate`, for comparing the two).
  public var recurrenceInputs = true

  public init(
    chunkSize: ChunkSize, disabledPasses: [String], threads: Int?, kernelCacheDir: String?
  ) {
    self.chunkSize = chunkSize
    self.disabledPasses = disabledPasses
    self.threads = threads
    self.kernelCacheDir = kernelCacheDir
  }

  /// The one place compile defaults are stated.
  public static let defaults = CompileSpec(
    chunkSize: .auto, disabledPasses: [], threads: nil, kernelCacheDir: nil)
}

extension Spec {
  /// One line for `deltac check`: `word_problem S3; 1 layer, d 128, 8 heads x 32, n_h 2, eigenvalues
  /// [-1, 1]; vocab 13`.
  public var summary: String {
    let m = model
    let layers = m.numHiddenLayers == 1 ? "1 layer" : "\(m.numHiddenLayers) layers"
    let eigen = m.allowNegEigval ? "[-1, 1]" : "[0, 1]"
    var parts = [
      "\(layers), d \(m.hiddenSize), \(m.numHeads) heads x \(m.headDim)", "n_h \(m.numHouseholder)",
      "eigenvalues \(eigen)",
    ]
    if m.useForgetGate { parts.append("forget gate") }
    return "\(SpecDecoder.describe(task)); \(parts.joined(separator: ", ")); vocab \(vocabSize)"
  }
}

extension Spec {
  /// Sizes of the graphs' symbolic dims when they run, for the compiler's cost models and memory plan:
  /// `B` and `T` of a training step (batch size, longest training length), or for `evaluation` the
  /// eval batch and the longest eval length.
  public func graphDims(evaluation: Bool = false) -> [String: Int] {
    evaluation
      ? ["B": eval.batchSize, "T": eval.lengths.max() ?? task.testLength.max]
      : ["B": train.batchSize, "T": task.trainLength.max]
  }
}
