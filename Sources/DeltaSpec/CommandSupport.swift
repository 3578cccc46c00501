// What the CLI's commands ask of specs: a sweep variant by name (explain), the ok lines and
// diagnostics of many files (check), SPEC@BATCH (bench).

/// A sweep variant that is not there: why, with a hint naming the variants.
public struct UnknownVariant: Error, CustomStringConvertible {
  public let description: String
}

extension ResolvedSpec {
  /// The sweep variant `name` (`nh2-eig-1_1`, as `deltac explain --variant` takes it).
  public func variant(named name: String) -> Result<Spec, UnknownVariant> {
    let full = "\(spec.name)/\(name)"
    if hasSweep, let match = variants.first(where: { $0.name == full }) { return .success(match) }
    let names = variants.map(\.name).joined(separator: ", ")
    return .failure(
      UnknownVariant(
        description: "error: no sweep variant '\(name)'\n"
          + (hasSweep ? "hint: the variants are \(names)" : "hint: this spec has no sweep")))
  }

  /// What `deltac check` prints for a valid spec file: `ok  PATH  (summary)`, or for a sweep
  /// `ok  PATH  (sweep of N variants: a, b, ...)`.
  public func checkLine(_ path: String) -> String {
    guard hasSweep else { return "ok  \(path)  (\(spec.summary))" }
    let names = variants.map { $0.name.split(separator: "/").last.map(String.init) ?? $0.name }
    return "ok  \(path)  (sweep of \(names.count) variants: \(names.joined(separator: ", ")))"
  }
}

extension SpecLoader {
  /// `deltac check`: the `ok` line of every valid file, and the diagnostics of all the others.
  public static func check(files: [String]) -> (lines: [String], errors: String) {
    var lines: [String] = []
    var errors = ""
    for path in files {
      do {
        lines.append(try resolve(file: path).checkLine(path))
      } catch let diagnostics as SpecDiagnostics {
        errors += diagnostics.description
      } catch {
        errors += "\(path): error: \(error)\n"
      }
    }
    return (lines, errors)
  }
}

extension SpecLoader {
  /// A benchmark's SPEC or SPEC@BATCH: the path, and the training batch size to use instead of the
  /// spec's when given.
  public static func benchEntry(_ entry: String) -> (path: String, batch: Int?) {
    guard let at = entry.lastIndex(of: "@"), let b = Int(entry[entry.index(after: at)...]), b > 0
    else { return (entry, nil) }
    return (String(entry[..<at]), b)
  }
}
