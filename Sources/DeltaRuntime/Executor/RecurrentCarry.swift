import DeltaIR

/// What a segment of a sequence hands to the next (`Executor.run(parameters:inputs:carry:)`): the
/// recurrent state of every `deltaproduct` node and the last W-1 inputs of every `conv1d` node.
/// Its size depends on the batch and the model, not on the sequence length.
public struct RecurrentCarry: Sendable {
  /// By node index: S [B, H, K, V].
  var states: [Int: [Float]] = [:]
  /// By node index: the conv's last W-1 input positions, [rows, W-1, C].
  var convTails: [Int: [Float]] = [:]

  public init() {}

  /// Floats held (reports and tests: constant in the sequence length).
  public var floatCount: Int {
    states.values.reduce(0) { $0 + $1.count } + convTails.values.reduce(0) { $0 + $1.count }
  }
}

extension Executor {
  /// The stateful ops of a segment; nil for every other op (run as usual).
  func carried(
    _ i: Int, _ node: Node, _ x: [TensorValue<Float>], dims: [String: Int],
    carry: inout RecurrentCarry
  ) throws -> [TensorValue<Float>]? {
    switch node.op {
    case .deltaProduct(let p) where !p.initialState:
      guard let kernels = recurrence[i] else { return nil }
      var (inputs, d) = try Interpreter<Float>.deltaProductInputs(p, x)
      inputs.initialState = carry.states[i]
      let r = kernels.forward(inputs, dims: d)
      carry.states[i] = r.finalState
      let out = TensorValue<Float>.real(
        Tensor(shape: [d.batch, d.length, d.heads, d.valueDim], data: r.output))
      let state = TensorValue<Float>.real(
        Tensor(shape: [d.batch, d.heads, d.keyDim, d.valueDim], data: r.finalState))
      return p.finalState ? [out, state] : [out]
    case .conv1d, .conv1dSilu:
      return try convSegment(i, node.op, x, dims: dims, carry: &carry)
    default:
      return nil
    }
  }

  /// The causal conv (`op`: conv1d or conv1d_silu) over [previous W-1 inputs ++ this segment],
  /// keeping this segment's outputs.
  func convSegment(
    _ i: Int, _ op: Op, _ x: [TensorValue<Float>], dims: [String: Int], carry: inout RecurrentCarry
  ) throws -> [TensorValue<Float>] {
    let input = try Interpreter<Float>.real(x[0])
    let width = try Interpreter<Float>.real(x[1]).shape.last ?? 1
    let r = input.shape.count
    let (T, C) = (input.shape[r - 2], input.shape[r - 1])
    let rows = input.count / max(1, T * C)
    let keep = width - 1
    let tail = carry.convTails[i] ?? [Float](repeating: 0, count: rows * keep * C)
    var window: [Float] = []
    window.reserveCapacity(rows * (keep + T) * C)
    for b in 0..<rows {
      window += tail[(b * keep * C)..<((b + 1) * keep * C)]
      window += input.data[(b * T * C)..<((b + 1) * T * C)]
    }
    var shape = input.shape
    shape[r - 2] = keep + T
    let y = try Interpreter<Float>.real(
      Interpreter<Float>.execute(
        op, [.real(Tensor(shape: shape, data: window))] + x.dropFirst(), dims: dims)[0])
    var out: [Float] = []
    var newTail: [Float] = []
    out.reserveCapacity(input.count)
    newTail.reserveCapacity(tail.count)
    for b in 0..<rows {
      let start = b * (keep + T) * C
      out += y.data[(start + keep * C)..<(start + (keep + T) * C)]
      newTail += window[(start + T * C)..<(start + (keep + T) * C)]
    }
    carry.convTails[i] = newTail
    return [.real(Tensor(shape: input.shape, data: out))]
  }
}
