import Foundation

/// A finite group for word problems: `S3`, `A5`, `Z5`, `D4`, or a direct product such as `S3xZ2`.
///
/// Conventions (reference 5.1): S_n symmetric (n!), A_n alternating (n!/2), Z_n cyclic (n),
/// D_n dihedral of the n-gon (2n elements, so D4 is the square's group of order 8).
public struct GroupName: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Factor: Equatable, Hashable, Sendable, Codable {
    case symmetric(Int)
    case alternating(Int)
    case cyclic(Int)
    case dihedral(Int)

    public var order: Int {
      switch self {
      case .symmetric(let n): return factorial(n)
      case .alternating(let n): return factorial(n) / 2
      case .cyclic(let n): return n
      case .dihedral(let n): return 2 * n
      }
    }

    public var description: String {
      switch self {
      case .symmetric(let n): return "S\(n)"
      case .alternating(let n): return "A\(n)"
      case .cyclic(let n): return "Z\(n)"
      case .dihedral(let n): return "D\(n)"
      }
    }
  }

  public var factors: [Factor]

  public init(factors: [Factor]) { self.factors = factors }

  /// The number of elements.
  public var order: Int { factors.reduce(1) { $0 * $1.order } }

  /// `S3xZ2`: the canonical spelling.
  public var description: String { factors.map(\.description).joined(separator: "x") }

  /// The largest group a spec may name (the vocabulary is |G| + 7).
  public static let maxOrder = 100_000

  /// Why a name is not a group, as a message for a diagnostic.
  public enum ParseError: Error, Equatable {
    case malformed
    case outOfRange(factor: String, allowed: String)
    case tooLarge(order: Int)
  }

  /// Parses `S3`, `A5`, `S3xZ2` or DP's `S3_x_Z2`.
  public static func parse(_ text: String) -> Result<GroupName, ParseError> {
    let parts = text.replacingOccurrences(of: "_x_", with: "x").split(
      separator: "x", omittingEmptySubsequences: false)
    var factors: [Factor] = []
    var order = 1
    for part in parts {
      guard let letter = part.first, let n = Int(part.dropFirst()),
        part.dropFirst().allSatisfy(\.isASCII)
      else { return .failure(.malformed) }
      let factor: Factor
      switch letter {
      case "S": factor = .symmetric(n)
      case "A": factor = .alternating(n)
      case "Z": factor = .cyclic(n)
      case "D": factor = .dihedral(n)
      default: return .failure(.malformed)
      }
      let (lo, hi) = bounds(of: factor)
      guard n >= lo, n <= hi else {
        return .failure(
          .outOfRange(factor: String(part), allowed: "\(letter)\(lo)...\(letter)\(hi)"))
      }
      order *= factor.order
      guard order <= maxOrder else { return .failure(.tooLarge(order: order)) }
      factors.append(factor)
    }
    return .success(GroupName(factors: factors))
  }

  private static func bounds(of factor: Factor) -> (Int, Int) {
    switch factor {
    case .symmetric: return (2, 8)
    case .alternating: return (3, 8)
    case .cyclic: return (2, maxOrder)
    case .dihedral: return (3, maxOrder / 2)
    }
  }
}

private func factorial(_ n: Int) -> Int { n <= 1 ? 1 : (2...n).reduce(1, *) }
