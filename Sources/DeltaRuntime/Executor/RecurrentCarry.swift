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
