import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// The interpreter in Float32 against itself in Float64 on the whole model, forward and backward,
/// relative over each tensor (error / the tensor's largest magnitude, as `compare` measures it):
/// the loss and the logits agree to 1e-5, every parameter gradient to 5e-5. The gradients are
/// looser because at these O(1) random parameters some are ill-conditioned (measured worst 1.7e-5,
/// n1-neg-gate0-conv1-ogate0-tied; forward worst 2.4e-6). Every 7th option
/// combination: 14 of the 96, with each option both on and off and n_h 1..3.
@Suite struct InterpreterPrecisionTests {
  static let cases = stride(from: 0, to: 96, by: 7).map { ModelOptions.all[$0] }

  @Test(arguments: cases)
  func float32MatchesFloat64(_ options: ModelOptions) throws {
    let m = try ModelFixture(options, seed: 5)
    let double = try Interpreter<Double>.run(m.backward, parameters: m.parameters, inputs: m.inputs)
    let single = try Interpreter<Float>.run(
      m.backward, parameters: m.parameters.mapValues { $0.converted(to: Float.self) },
      inputs: m.inputs.mapValues { v in
        switch v {
        case .real(let t): return .real(t.converted(to: Float.self))
        case .index(let t): return .index(t)
        }
      })
    var worst: [Bool: Comparison] = [:]  // by "is a gradient"
    for output in m.backward.outputs {
      let c = compare(output.name, single[output.name]!.data, double[output.name]!.data)
      let isGradient = output.name.hasPrefix("grad.")
      #expect(c.maxRel < (isGradient ? 5e-5 : 1e-5), "\(options.testDescription) \(c)")
      if c.maxRel >= worst[isGradient]?.maxRel ?? 0 { worst[isGradient] = c }
    }
    print(
      "| f32 vs f64 | model[\(options.testDescription)] | forward \(worst[false]!) | backward \(worst[true]!) |"
    )
  }
}
