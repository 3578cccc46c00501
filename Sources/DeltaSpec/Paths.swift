import Foundation

/// Path arithmetic for `extends` and task files, lexical (no symlinks) so diagnostics show short paths.
enum Paths {
  /// `specs/a.yaml` -> `specs`; `a.yaml` -> `` (the current directory).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `specs` + `../x.yaml` -> `x.yaml`, as the user would write it (relative stays relative).
  static func join(_ directory: String, _ path: String) -> String {
    if path.hasPrefix("/") || directory.isEmpty { return normalize(path) }
    return normalize(directory + "/" + path)
  }

  /// Removes `.` and `x/..` components lexically.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == ".." && absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// An absolute path: `path` resolved against `directory` and then the current directory.
  static func absolute(_ path: String, relativeTo directory: String) -> String {
    let joined = join(directory, path)
    if joined.hasPrefix("/") { return joined }
    return normalize(FileManager.default.currentDirectoryPath + "/" + joined)
  }

  /// The file stem: `specs/s3_nh2_neg.yaml` -> `s3_nh2_neg`.
  static func stem(_ path: String) -> String {
    let base = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".yaml", ".yml"] where base.hasSuffix(suffix) && base.count > suffix.count {
      return String(base.dropLast(suffix.count))
    }
    return base
  }
}
