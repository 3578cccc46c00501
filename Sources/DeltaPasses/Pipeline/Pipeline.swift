import DeltaIR
import Foundation

// The compiler's outline. A spec is lowered to the forward graph (DeltaModel), differentiated for
// training (Autodiff), then these passes run in this order. Each one is a pure Graph -> Graph
// function in its own file; disabling one leaves a correct, slower plan.

public enum Pipeline {
  /// The optimization passes, in order.
  public static let passes: [Pass] = [
    .deadCode,
    .commonSubexpressions,
    .foldShapes,
    .fuseProjections,
    .fuseConvolutions,
    .recomputeElementwise,
    FuseElementwise.pass,
    .gemmEpilogues,
    .chooseChunkSize,
    .planMemory,
  ]

  /// Every pass name, in order (what `compile.disabled_passes` and `--after` accept).
  public static var names: [String] { passes.map(\.name) }

  /// One line per pass, in order: its name, padded, and what it does (`deltac compile --passes`).
  public static var listing: String {
    let width = names.map(\.count).max() ?? 0
    return passes.map {
      $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary + "\n"
    }.joined()
  }

  /// Runs the passes on `graph` in order, skipping the disabled ones and stopping after
  /// `options.stopAfter`. With `verifyEachPass` the verifier runs after every pass and a failure
  /// names the pass that broke the graph.
  public static func optimize(
    _ graph: Graph, options: PassOptions = PassOptions(), passes: [Pass] = Pipeline.passes
  ) throws -> Graph {
    let names = passes.map(\.name)
    for name in options.disabled.union(options.stopAfter.map { [$0] } ?? [])
    where !names.contains(name) {
      throw PassError(
        pass: name, "no such pass; the passes are: \(names.joined(separator: ", "))")
    }
    var g = graph
    for pass in passes {
      if !options.disabled.contains(pass.name) {
        do {
          g = try pass.run(g, options)
        } catch let e as PassError {
          throw e
        } catch {
          throw PassError(pass: pass.name, "\(error)")
        }
        if options.verifyEachPass {
          let problems = Verifier.diagnose(g)
          if !problems.isEmpty {
            throw PassError(
              pass: pass.name,
              "left a graph the verifier rejects:\n" + problems.joined(separator: "\n"))
          }
        }
      }
      if pass.name == options.stopAfter { break }
    }
    return g
  }

  /// True in debug builds (tests, `swift build`): verify after every pass by default.
  public static var debugBuild: Bool {
    #if DEBUG
      return true
    #else
      return false
    #endif
  }
}
