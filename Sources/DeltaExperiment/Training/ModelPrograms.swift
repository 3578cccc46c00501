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

  /// Compiles the spec's model (`Driver.graph`: lowered, differentiated when `training`, optimized
  /// with the spec's compile section) and JIT-compiles its kernels.
  public init(spec: Spec, training: Bool) throws {
    self.spec = spec
    threads = Driver.threads(spec)
    // OpenBLAS's pool is process-wide: it follows the programs built last (ParallelFor turns it
    // down to one thread inside its own workers).
    BLAS.threads = threads
    let graph = try Driver.graph(spec, for: .evaluation)
    forward = try Executor(graph, threads: threads)
    self.training =
      training ? try Executor(Driver.graph(spec, for: .training), threads: threads) : nil
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
