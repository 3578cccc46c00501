import DeltaIR
import DeltaModel
import DeltaPasses
import DeltaReference
import DeltaRuntime
import DeltaSpec
import DeltaTestSupport
import Testing

/// The whole model, forward graph -> autodiff -> interpreter, against central differences of the
/// interpreted forward loss in Float64, for all 96 combinations of the spec's options. Every
/// parameter tensor is checked twice: along a random direction over all its entries (the derivative
/// of t -> L(x + t d) at 0 against grad . d, so every entry takes part) and at one random entry.
/// Along the direction the derivative is the five-point stencil at h = 1e-6: there the central
/// difference's O(h^2) error reaches 2e-6 at some random points (checked: it shrinks 100x per 10x
/// smaller h); a single entry uses the central difference at h = 1e-7 (curvature error 100x lower
/// than at 1e-6, rounding error eps * |L| / h ~ 4e-9). Tolerance: |error| <= 1e-7 * max(1, |derivative|). One `| FD | model[...]` row per
/// combination gives its worst tensor.
@Suite struct GradientModelTests {
  @Test(arguments: ModelOptions.all)
  func fullModelGradients(_ options: ModelOptions) throws {
    let m = try ModelFixture(options)
    let out = try Interpreter<Double>.run(m.backward, parameters: m.parameters, inputs: m.inputs)
    #expect(out["loss"]!.data[0] == (try m.loss(m.parameters)))
    var rng = TestRNG(seed: 99 &+ UInt64(options.index))
    var worst = (name: "", abs: 0.0, rel: 0.0, scale: 0.0)
    for p in m.forward.parameters {
      let name = p.value.name
      let x = m.parameters[name]!
      let g = try #require(out["grad." + name]).data
      func loss(along d: [Double], _ t: Double) throws -> Double {
        var params = m.parameters
        var moved = x.data
        for i in moved.indices { moved[i] += t * d[i] }
        params[name] = Tensor(shape: x.shape, data: moved)
        return try m.loss(params)
      }
      let direction = rng.array(x.count)
      var entry = [Double](repeating: 0, count: x.count)
      entry[Int(rng.next() % UInt64(x.count))] = 1
      for (what, d) in [("direction", direction), ("entry", entry)] {
        let numeric =
          what == "direction"
          ? try fivePointDerivative { try loss(along: d, $0) }
          : try centralDifferences(at: [0], h: 1e-7) { try loss(along: d, $0[0]) }[0]
        let analytic = dot(g, d)
        let error = abs(analytic - numeric)
        #expect(
          error <= 1e-7 * max(1, abs(numeric)),
          "\(options.testDescription) \(name) \(what): \(analytic) vs FD \(numeric)")
        if error > worst.abs {
          worst = (name, error, error / max(abs(numeric), 1e-30), abs(numeric))
        }
      }
    }
    let row = GradientCheck(
      op: "model[\(options.testDescription)]", operand: String(worst.name.suffix(24)),
      checked: 2 * m.forward.parameters.count, maxAbs: worst.abs, maxRel: worst.rel,
      scale: worst.scale,
      passed: worst.abs <= 1e-7 * max(1, worst.scale))
    print(row.row)
  }
}
