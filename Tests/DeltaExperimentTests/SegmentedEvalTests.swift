import DeltaExperiment
import DeltaRuntime
import DeltaTestSupport
import Foundation
import Testing

@Suite struct SegmentedEvalTests {
  /// Segments of 7 positions with the recurrent state and conv inputs carried equal one pass over all
  /// 30 positions (short conv on, so both kinds of carry are exercised).
  @Test func segmentsEqualWholeSequence() throws {
    let spec = try tinySpec(shortConv: true)
    let programs = try ModelPrograms(spec: spec, training: false)
    let task = try TaskFactory.make(spec)
    var params: [String: Tensor<Float>] = [:]
    let initial = programs.initialParameters()
    for (name, shape) in programs.parameters {
      params[name] = Tensor(shape: shape, data: initial[name]!)
    }
    let set = try task.evalSet(length: 29, count: 3)
    let (B, T) = (set.batch, set.length)
    let feed = { (x: [Int32], y: [Int32], n: Int) -> [String: TensorValue<Float>] in
      [
        "input_ids": .index(Tensor(shape: [B, n], data: x)),
        "labels": .index(Tensor(shape: [B, n], data: y)),
      ]
    }
    let whole = try programs.forward.run(
      parameters: params, inputs: feed(set.inputs, set.labels, T))["logits"]!.data
    var carry = RecurrentCarry()
    var pieces = [[Float]](repeating: [], count: B)
    var start = 0
    while start < T {
      let n = min(7, T - start)
      let rows = (0..<B).map { b in (b * T + start)..<(b * T + start + n) }
      let out = try programs.forward.run(
        parameters: params,
        inputs: feed(rows.flatMap { set.inputs[$0] }, rows.flatMap { set.labels[$0] }, n),
        carry: &carry)["logits"]!.data
      let v = spec.vocabSize
      for b in 0..<B { pieces[b] += out[(b * n * v)..<((b + 1) * n * v)] }
      start += n
    }
    let segmented = pieces.flatMap { $0 }
    let diff = zip(whole, segmented).map { abs($0 - $1) }.max() ?? 0
    #expect(segmented.count == whole.count)
    #expect(diff < 1e-4, "max |whole - segmented| = \(diff)")
    #expect(carry.floatCount > 0)
  }
}
