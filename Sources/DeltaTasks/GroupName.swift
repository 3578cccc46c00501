/// A group as a spec names it: `S3`, `A5`, `Z7`, `D4`, or a direct product such as `S3xZ2` (also DP's
/// `S3_x_Z2`). The one parser of group names: the spec validates with it, `Group(parsing:)` builds with
/// it. Conventions (reference 5.1) are `GroupFactor`'s; the vocabulary of a word problem over the group
/// is |G| + 7 tokens (`WordProblemTask.vocabSize(group:)`).
public struct GroupName: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var factors: [GroupFactor]

  public init(factors: [GroupFactor]) { self.factors = factors }

  /// The number of elements.
  public var order: Int { factors.reduce(1) { $0 * $1.order } }

  /// `S3xZ2`: the canonical spelling.
  public var description: String { factors.map(\.description).joined(separator: "x") }

  /// The largest group accepted (the vocabulary is |G| + 7 tokens).
  public static let maxOrder = 100_000

  /// Why a name is not a group.
  public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not letters and numbers joined by `x`, or a letter that is no group family; `detail` says which.
    case malformed(detail: String)
    /// A family's size outside what is supported, e.g. `S9` (allowed `S2...S8`).
    case outOfRange(factor: String, allowed: String)
    /// More than `maxOrder` elements (at least `order`).
    case tooLarge(order: Int)

    public var description: String {
      switch self {
      case .malformed(let detail): return detail
      case .outOfRange(let factor, let allowed):
        return "\(factor) is out of range; expected \(allowed)"
      case .tooLarge: return "more than \(GroupName.maxOrder) elements"
      }
    }
  }

  /// Parses a name; bounds: S2-S8, A3-A8, Z2 and up, D3 and up, order at most `maxOrder`.
  public static func parse(_ text: String) -> Result<GroupName, ParseError> {
    let parts = text.replacing("_x_", with: "x").split(
      separator: "x", omittingEmptySubsequences: false)
    var factors: [GroupFactor] = []
    var order = 1
    for part in parts {
      let digits = part.dropFirst()
      guard let letter = part.first, !digits.isEmpty,
        digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits)
      else {
        return .failure(
          .malformed(
            detail:
              "expected factors such as S3, A5, Z7 or D4 joined by 'x' (e.g. S3xZ2), found '\(part)'"
          ))
      }
      let factor: GroupFactor
      switch letter {
      case "S": factor = .symmetric(n)
      case "A": factor = .alternating(n)
      case "Z": factor = .cyclic(n)
      case "D": factor = .dihedral(n)
      default:
        return .failure(
          .malformed(
            detail:
              "'\(letter)' is not a group family; expected S (symmetric), A (alternating), Z (cyclic) or D (dihedral)"
          ))
      }
      let (lowest, highest) = factor.bounds
      guard n >= lowest, n <= highest else {
        return .failure(
          .outOfRange(factor: String(part), allowed: "\(letter)\(lowest)...\(letter)\(highest)"))
      }
      order *= factor.order
      guard order <= maxOrder else { return .failure(.tooLarge(order: order)) }
      factors.append(factor)
    }
    return .success(GroupName(factors: factors))
  }
}

extension GroupFactor {
  /// The sizes supported for the factor's family: S and A up to 8 (8! = 40,320 elements), Z and D up
  /// to `GroupName.maxOrder` elements.
  var bounds: (lowest: Int, highest: Int) {
    switch self {
    case .symmetric: return (2, 8)
    case .alternating: return (3, 8)
    case .cyclic: return (2, GroupName.maxOrder)
    case .dihedral: return (3, GroupName.maxOrder / 2)
    }
  }
}
