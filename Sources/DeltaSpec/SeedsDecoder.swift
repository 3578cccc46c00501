/// `seeds:` lists the seeds `deltac sweep` runs every variant with (each run's `train.seed`):
///
/// ```yaml
/// seeds: [1, 2, 3, 4, 5]   # the paper's 5 seeds per configuration
/// ```
/// Without it a sweep runs `train.seed` alone; `deltac run` always trains with `train.seed`.
enum SeedsDecoder {
  static let maxSeeds = 64

  /// The seeds in the order written, or nil without a `seeds:` key (errors go to `context`).
  static func decode(_ root: SNode, context: DecodeContext) -> [Int]? {
    guard let node = root["seeds"] else { return nil }
    guard case .sequence(let items) = node.kind, !items.isEmpty else {
      context.error(
        node.location, "wrong type for seeds",
        detail: "expected a non-empty list of integer seeds, found \(SpecParser.describe(node))",
        hint: "e.g. `seeds: [1, 2, 3]` (each variant runs once per seed)")
      return nil
    }
    guard items.count <= maxSeeds else {
      context.error(
        node.location, "too many seeds",
        detail: "expected at most \(maxSeeds) seeds, found \(items.count)")
      return nil
    }
    var seeds: [Int] = []
    var ok = true
    for (i, item) in items.enumerated() {
      guard
        let seed = SectionReader.int(item, min: 0, what: "seeds[\(i)]", context: context)
      else {
        ok = false
        continue
      }
      if let first = seeds.firstIndex(of: seed) {
        context.error(
          item.location, "seeds[\(i)] repeats seeds[\(first)] (\(seed))",
          hint: "each seed names one run of every variant: list it once")
        ok = false
      }
      seeds.append(seed)
    }
    return ok ? seeds : nil
  }
}
