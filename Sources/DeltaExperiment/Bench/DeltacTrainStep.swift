import DeltaIR
import DeltaModel
import DeltaRuntime
import DeltaSpec
import Foundation

/// deltac's side of `deltac bench train` and `deltac profile`: a spec's model compiled for training
/// (the same `ModelPrograms` as `deltac run`), its seeded initial parameters, one fixed batch of seeded
/// random tokens, and the step the trainer takes (forward + backward through the executor, AdamW).
public final class DeltacTrainStep {
  public let spec: Spec
  public let programs: ModelPrograms
  public let batch: Int
  public let length: Int
  /// Token ids and labels, row-major [batch, length], uniform in 0..<vocab (seeded).
  public let inputIds: [Int32]
  public let labels: [Int32]
  public private(set) var parameters: [String: [Float]]
  var optimizer: AdamW
  /// The training executor (with `timings` set by `deltac profile`).
  public var executor: Executor
  /// When set, each step is recorded as a timeline (`deltac profile --trace`; the executor's too).
  public var trace: TraceRecorder? {
    didSet { executor.trace = trace }
  }

  public init(spec: Spec, seed: UInt64 = 1) throws {
    self.spec = spec
    programs = try ModelPrograms(spec: spec, training: true, evaluation: false)
    executor = programs.training!
    batch = spec.train.batchSize
    length = spec.task.trainLength.max
    (inputIds, labels) = Self.randomTokens(
      count: batch * length, vocab: spec.vocabSize, seed: seed)
    parameters = programs.initialParameters()
    optimizer = AdamW(config: spec.train.optimizer)
  }

  public var tokens: Int { batch * length }
  public var parameterCount: Int { programs.parameterCount }
  /// Initial parameters as the executors take them (for writing the peers' model folder).
  public var parameterTensors: [String: Tensor<Float>] { programs.tensors(parameters) }
  public var forwardGraph: Graph { programs.forward.graph }

  /// Model FLOPs of one step (`ModelFlops.trainingStep`).
  public var flops: Double {
    ModelFlops.trainingStep(spec.model, vocabSize: spec.vocabSize, tokens: tokens)
  }

  /// The mean cross-entropy of the current parameters on the batch (forward graph only).
  public func loss() throws -> Double {
    let out = try programs.forward.run(
      parameters: programs.tensors(parameters),
      inputs: ModelPrograms.feed(inputIds, labels, batch: batch, length: length))
    return Double(out["loss"]!.data[0])
  }

  /// One optimizer step at the spec's peak rate; returns (wall seconds, loss before the update).
  /// `optimizerSeconds` receives the AdamW update's share. With `trace` set, the step is a span of
  /// its own, with its phases inside it: the inputs made, the executor's run (its nodes), the
  /// gradients gathered, AdamW.
  @discardableResult
  public func step(optimizerSeconds: inout Double) throws -> (seconds: Double, loss: Double) {
    let start = ContinuousClock.now
    let tensors = programs.tensors(parameters)
    let feed = ModelPrograms.feed(inputIds, labels, batch: batch, length: length)
    let fed = ContinuousClock.now
    let out = try executor.run(parameters: tensors, inputs: feed)
    let ran = ContinuousClock.now
    var grads: [String: [Float]] = [:]
    for (name, _) in programs.parameters { grads[name] = out["grad." + name]!.data }
    let updateStart = ContinuousClock.now
    func update() {
      optimizer.update(parameters: &parameters, gradients: grads, lr: spec.train.optimizer.lr)
    }
    let adamW = TraceRecorder.Region.phase("AdamW", category: "adamw")
    if let trace {
      trace.enter(adamW)
      trace.recording(update)
    } else {
      update()
    }
    let end = ContinuousClock.now
    optimizerSeconds = (end - updateStart).seconds
    if let trace {
      trace.span(.phase("inputs", category: "executor"), from: start, to: fed)
      trace.span(.phase("gradients", category: "executor"), from: ran, to: updateStart)
      trace.span(adamW, from: updateStart, to: end)
      trace.span(.phase("step", category: "step"), from: start, to: end)
    }
    return ((end - start).seconds, Double(out["loss"]!.data[0]))
  }

  public func step() throws -> (seconds: Double, loss: Double) {
    var ignored = 0.0
    return try step(optimizerSeconds: &ignored)
  }

  /// The batch as the peers read it: safetensors with `input_ids` and `labels`, I32 [B, T].
  public func writeBatch(to path: String) throws {
    try SafeTensorsWriter.write(
      [
        NamedTensor(name: "input_ids", shape: [batch, length], elements: .i32(inputIds)),
        NamedTensor(name: "labels", shape: [batch, length], elements: .i32(labels)),
      ], to: path)
  }

  /// Uniform ids in 0..<vocab from a SplitMix64 stream (the same on every machine).
  static func randomTokens(count: Int, vocab: Int, seed: UInt64) -> ([Int32], [Int32]) {
    var state = seed
    func next() -> Int32 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int32((z ^ (z >> 31)) % UInt64(vocab))
    }
    let ids = (0..<count).map { _ in next() }
    return (ids, (0..<count).map { _ in next() })
  }
}
