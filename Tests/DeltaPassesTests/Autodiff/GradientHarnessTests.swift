import DeltaIR
import DeltaReference
import DeltaRuntime
import DeltaTestSupport
import Testing

/// Single-op probe graphs for gradient checks through the interpreter, in Float64.
///
/// A probe applies one op (or a few) to its operands: float operands are parameters (autodiff
/// differentiates with respect to parameters), ids and labels are i32 inputs. Its loss is
/// `sum_i sum(result_i * cot_i)` with random cotangent inputs `cot_i`, so dL/dresult_i = cot_i.
struct Probe {
  var graph: Graph
  /// The graph verified once for the many FD runs.
  var program: Interpreter<Double>.Program
  var parameters: [String: Tensor<Double>]
  var inputs: [String: TensorValue<Double>]
  /// Cotangent inputs, one per float result, in result order.
  var cotangents: [Tensor<Double>]

  /// An operand of a probe: a parameter with random values in a range, or fixed i32 data.
  enum Operand {
    case float(String, [Dim], ClosedRange<Double> = -1...1)
    case ids(String, [Dim], [Int32])
    /// A float input (not differentiated; may have symbolic dims) with random values.
    case data(String, [Dim], ClosedRange<Double> = -1...1)
  }

  /// Builds the probe; `body` emits the op(s) under test on the operand values and returns the
  /// results the loss reads. `sizes` binds the symbolic dims used in the operand shapes.
  init(
    _ name: String, _ operands: [Operand], sizes: [String: Int] = [:], seed: UInt64 = 1,
    _ body: (GraphBuilder, [Value]) throws -> [Value]
  ) throws {
    var rng = TestRNG(seed: seed)
    let b = GraphBuilder(name: name)
    var values: [Value] = []
    (parameters, inputs, cotangents) = ([:], [:], [])
    for operand in operands {
      switch operand {
      case .float(let n, let dims, let range):
        values.append(b.parameter(n, TensorType(.f64, Shape(dims))))
        let shape = dims.map { $0.evaluate(sizes)! }
        parameters[n] = Tensor(
          shape: shape, data: rng.array(shape.reduce(1, *), range.lowerBound, range.upperBound))
      case .ids(let n, let dims, let data):
        values.append(b.input(n, TensorType(.i32, Shape(dims))))
        inputs[n] = .index(Tensor(shape: dims.map { $0.evaluate(sizes)! }, data: data))
      case .data(let n, let dims, let range):
        values.append(b.input(n, TensorType(.f64, Shape(dims))))
        let shape = dims.map { $0.evaluate(sizes)! }
        inputs[n] = .real(
          Tensor(
            shape: shape, data: rng.array(shape.reduce(1, *), range.lowerBound, range.upperBound)))
      }
    }
    var loss: Value?
    for (i, r) in try body(b, values).enumerated() {
      let type = b.type(of: r)
      let cot = b.input("cot\(i)", type)
      let shape = type.dims.map { $0.evaluate(sizes)! }
      let t = Tensor(shape: shape, data: rng.array(shape.reduce(1, *)))
      inputs["cot\(i)"] = .real(t)
      cotangents.append(t)
      var term = try b.emit(.mul, [r, cot], name: "weighted\(i)")
      if type.rank > 0 {
        term = try b.emit(
          .reduceSum(axes: Array(0..<type.rank), keepDims: false), [term], name: "term\(i)")
      }
      loss = try loss.map { try b.emit(.add, [$0, term], name: "sum\(i)") } ?? term
    }
    b.output("loss", loss!)
    graph = b.finish()
    program = try Interpreter<Double>.Program(graph)
  }

  func loss(_ params: [String: Tensor<Double>]) throws -> Double {
    try program.run(parameters: params, inputs: inputs)["loss"]!.data[0]
  }

  /// Gradient checks of `analytic` (by parameter name) against central differences of the
  /// interpreted loss, at up to `entries` random indices per parameter (all when nil).
  func check(
    _ op: String, analytic: [String: Tensor<Double>], entries: Int? = nil, seed: UInt64 = 7,
    tolerance: Double = 1e-7
  ) throws -> [GradientCheck] {
    var rng = TestRNG(seed: seed)
    var checks: [GradientCheck] = []
    for name in parameters.keys.sorted() {
      let x = parameters[name]!
      let g = try #require(analytic[name], "no gradient for \(name)")
      #expect(g.shape == x.shape, "\(op) \(name): gradient shape \(g.shape) vs \(x.shape)")
      let indices = entries.map { n in
        (0..<min(n, x.count)).map { _ in Int(rng.next() % UInt64(x.count)) }
      }
      let c = try gradientCheck(
        op, name, at: x.data, analytic: g.data, indices: indices, tolerance: tolerance
      ) {
        var p = parameters
        p[name] = Tensor(shape: x.shape, data: $0)
        return try loss(p)
      }
      checks.append(c)
    }
    return checks
  }
}

@Suite struct GradientHarnessTests {
  /// The harness itself: for loss = sum(cot * (a + b)) the gradient of each operand is the cotangent,
  /// and the FD check must see it (and fail on a wrong one).
  @Test func harnessSeesRightAndWrongGradients() throws {
    let p = try Probe("add", [.float("a", [2, 3]), .float("b", [2, 3])]) { b, v in
      [try b.emit(.add, [v[0], v[1]], name: "y")]
    }
    let right = ["a": p.cotangents[0], "b": p.cotangents[0]]
    #expect(try p.check("add", analytic: right).allSatisfy { $0.passed })
    var wrong = right
    wrong["b"]!.data[4] += 1e-3
    let checks = try p.check("add(wrong, expected FAIL)", analytic: wrong)
    #expect(checks.map(\.passed) == [true, false])
  }
}
