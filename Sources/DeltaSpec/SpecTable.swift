extension SpecPrinter {
  /// `deltac explain`: every key of the resolved spec with its value and where it came from.
  ///
  /// ```
  /// key                      | value | source
  /// -------------------------+-------+-------------------------------------------
  /// model.hidden_size        | 128   | extends specs/state_tracking_base.yaml
  /// model.conv_bias          | false | default
  /// ```
  /// With `variant`, the table of that sweep variant; the keys the sweep sets show `sweep`.
  public static func table(_ resolved: ResolvedSpec, variant: Spec? = nil) -> String {
    let spec = variant ?? resolved.spec
    var lines: [[String]] = rows(spec).map { row in
      let swept = variant != nil && resolved.sweptKeys.contains(row.dottedKey)
      let source = swept ? "sweep" : resolved.source(of: row.dottedKey).description
      return [row.dottedKey, annotated(row, spec), source]
    }
    let header = ["key", "value", "source"]
    let widths = (0..<3).map { column in
      ([header] + lines).map { $0[column].count }.max() ?? 0
    }
    func render(_ cells: [String]) -> String {
      let padded = zip(cells, widths).enumerated().map { index, pair in
        index == 2 ? pair.0 : pair.0.padding(to: pair.1)
      }
      return padded.joined(separator: " | ")
    }
    let rule = widths.enumerated().map { index, width in
      String(repeating: "-", count: index == 0 ? width + 1 : (index == 2 ? width + 1 : width + 2))
    }.joined(separator: "+")
    lines = [header] + lines
    var out = [render(lines[0]), rule] + lines.dropFirst().map(render)
    if resolved.hasSweep && variant == nil {
      out.append("")
      out.append("sweep: \(resolved.variants.count) variants")
      out += resolved.variants.map { "  \($0.name)" }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The value, with what it resolves to where that is not obvious (`auto (13, from the task)`).
  private static func annotated(_ row: Row, _ spec: Spec) -> String {
    switch row.dottedKey {
    case "model.vocab_size" where spec.model.vocabSize == .auto:
      return "auto (\(spec.vocabSize), from the task)"
    case "model.hidden_ratio":
      return row.value + " (intermediate_size \(spec.model.intermediateSize ?? 0))"
    case "model.expand_v":
      return row.value + " (value head dim \(spec.model.valueHeadDim))"
    default:
      return row.value
    }
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
