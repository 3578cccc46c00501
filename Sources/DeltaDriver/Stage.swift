import DeltaPasses

/// A point of the compiler's outline where `deltac compile --after` can stop: the lowered forward
/// graph, the forward + backward graph before any pass, or the graph after one optimization pass.
public enum Stage: Hashable, Sendable, CustomStringConvertible {
  /// The spec lowered to its forward graph (DeltaModel).
  case lower
  /// The forward + backward graph (the autodiff pass), before any optimization pass.
  case autodiff
  /// After this optimization pass (one of `Pipeline.names`).
  case pass(String)

  /// `lower`, `autodiff` or a pass name; nil for anything else.
  public init?(name: String) {
    switch name {
    case "lower": self = .lower
    case "autodiff": self = .autodiff
    default:
      guard Pipeline.names.contains(name) else { return nil }
      self = .pass(name)
    }
  }

  /// Every stage in order: what `--after` accepts.
  public static var all: [Stage] { [.lower, .autodiff] + Pipeline.names.map { .pass($0) } }

  public var description: String {
    switch self {
    case .lower: return "lower"
    case .autodiff: return "autodiff"
    case .pass(let name): return name
    }
  }
}

extension Stage {
  /// What is wrong with the names of `deltac compile --after` and `--disable`, or nil when every
  /// name is known: `unknown pass 'x' in --after; expected one of lower, autodiff, dead-code, ...`.
  public static func unknownNames(after: String?, disable: [String]) -> String? {
    let list = Pipeline.names.joined(separator: ", ")
    if let after, Stage(name: after) == nil {
      return "unknown pass '\(after)' in --after; expected one of lower, autodiff, \(list)"
    }
    if let name = disable.first(where: { !Pipeline.names.contains($0) }) {
      return "unknown pass '\(name)' in --disable; expected one of \(list)"
    }
    return nil
  }
}
