/// Chunk size and form of the recurrence: the one type for this idea, from the spec's
/// `compile.chunk_size` through the IR's `chunk=` attribute to the kernels' specialization.
/// Text: `auto` and `autotune` (left to the choose-chunk-size pass: a cost model, or measuring),
/// `N` (the chunked WY form, N tokens per chunk; `1` is the pure recurrent form, a state per token),
/// `rN` (the recurrent form, token by token, with the state kept every N tokens for the backward).
public enum ChunkSize: Hashable, Sendable, CustomStringConvertible {
  /// Left to the compiler: the choose-chunk-size pass picks with its cost model.
  case auto
  /// Left to the compiler: the choose-chunk-size pass measures every candidate on this machine.
  case autotune
  /// The chunked form with N tokens per chunk (1: the pure recurrent form).
  case fixed(Int)
  /// The recurrent form, boundary states every N tokens.
  case recurrent(Int)

  public var description: String {
    switch self {
    case .auto: return "auto"
    case .autotune: return "autotune"
    case .fixed(let n): return String(n)
    case .recurrent(let n): return n == 1 ? "1" : "r\(n)"
    }
  }

  /// Tokens between stored states (nil while the compiler has not decided).
  public var tokens: Int? {
    switch self {
    case .auto, .autotune: return nil
    case .fixed(let n), .recurrent(let n): return n
    }
  }

  /// The chunked (WY) form; false for the recurrent forms (`1`, `rN`) and undecided sizes.
  public var isChunked: Bool {
    if case .fixed(let n) = self { return n > 1 }
    return false
  }

  /// A decided size: `auto` and `autotune` become the kernels' default when no pass chose (the
  /// chunked form with about 64 sub-steps per chunk, as in fla, rounded down to a multiple of 8
  /// tokens so the chunk's C n rows vectorize, and at least 8: n = 3 gives 16, n >= 9 gives 8).
  public func resolved(householder: Int) -> ChunkSize {
    tokens == nil ? .fixed(max(8, 64 / max(1, householder) / 8 * 8)) : self
  }

  /// Parses `auto`, `autotune`, `N` or `rN` (N >= 1); nil otherwise.
  public init?(text: String) {
    if text == "auto" {
      self = .auto
    } else if text == "autotune" {
      self = .autotune
    } else if let n = Int(text), n > 0 {
      self = .fixed(n)
    } else if text.hasPrefix("r"), let n = Int(text.dropFirst()), n > 0 {
      self = n == 1 ? .fixed(1) : .recurrent(n)
    } else {
      return nil
    }
  }
}
