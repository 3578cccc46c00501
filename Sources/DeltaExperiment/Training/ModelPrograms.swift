import DeltaDriver
import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaRuntime
import DeltaSpec

/// What a spec compiles to for running: the forward graph (evaluation), the forward + backward graph
/// (training), their executors, and the parameters' names and shapes in the graph's order.
public struct ModelPrograms: Sendable {
  public let spec: Spec
  public let forward: Executor
  /// nil when built for evaluation only.
  public let training: Executor?
  /// fla names with concrete shapes, in model order.
  public let parameters: [(name: String, shape: [Int])]
  public let threads: Int
  /// What the programs will hold in memory (checked against `MemoryBudget` before they allocate).
  public let estimate: MemoryEstimate

  /// Compiles the spec's model (`Driver.graph`: lowered, differentiated when `training`, optimized
  /// with the spec's compile section), checks that it fits in memory, and JIT-compiles its kernels.
  /// `evaluation: false` (a benchmark of training steps): the forward program is built but not run,
  /// so its activations are not counted in the memory estimate.
  public init(spec: Spec, training: Bool, evaluation: Bool = true) throws {
    self.spec = spec
    threads = Driver.threads(spec)
    let graph = try Driver.graph(spec, for: .evaluation)
    let trainingGraph = training ? try Driver.graph(spec, for: .training) : nil
    // Before anything of the model's size is allocated: refuse what the machine cannot hold.
    estimate = MemoryEstimate(
      spec: spec, forward: graph, training: trainingGraph, evaluation: evaluation)
    try estimate.check(spec)
    forward = try Executor(graph, threads: threads)
    let count = threads
    self.training = try trainingGraph.map { try Executor($0, threads: count) }
    parameters = graph.parameters.map { p in (p.value.name, p.type.dims.map { $0.concrete ?? 0 }) }
  }

  /// Seeded initial values (reference 1.4), Float32.
  public func initialParameters() -> [String: [Float]] {
    ParameterInit.initializeFloat32(
      graph: forward.graph, model: spec.model, seed: UInt64(bitPattern: Int64(spec.train.seed)))
  }

  public var parameterCount: Int { parameters.reduce(0) { $0 + $1.shape.reduce(1, *) } }

  /// Values as the executors take them.
  func tensors(_ values: [String: [Float]]) -> [String: Tensor<Float>] {
    var out: [String: Tensor<Float>] = [:]
    for (name, shape) in parameters { out[name] = Tensor(shape: shape, data: values[name]!) }
    return out
  }

  static func feed(_ inputs: [Int32], _ labels: [Int32], batch: Int, length: Int) -> [String:
    TensorValue<Float>]
  {
    [
      "input_ids": .index(Tensor(shape: [batch, length], data: inputs)),
      "labels": .index(Tensor(shape: [batch, length], data: labels)),
    ]
  }
}
