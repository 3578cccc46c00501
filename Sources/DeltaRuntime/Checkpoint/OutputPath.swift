import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Outputs never overwrite an input of the same command (`deltac forward MODEL --out
/// MODEL/model.safetensors` would replace the weights with logits).
public enum OutputPath {
  /// `path` with symbolic links and `.`/`..` resolved; for a path that does not exist yet, its
  /// folder's resolved path and its name.
  public static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    guard let resolved = realpath(folder, nil) else { return url.standardized.path }
    defer { free(resolved) }
    return String(cString: resolved) + "/" + url.lastPathComponent
  }

  /// The files an input stands for: itself, or the files directly in a folder.
  static func files(_ input: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [input] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
    return [input] + names.map { input + "/" + $0 }
  }

  /// Throws (naming the output, the option and the input) when `output` is one of `inputs` or a
  /// file of an input folder.
  public static func checkNotInput(
    _ output: String, option: String, inputs: [(what: String, path: String)]
  ) throws(CheckpointError) {
    let target = canonical(output)
    for input in inputs {
      for file in files(input.path) where canonical(file) == target {
        throw CheckpointError(
          file: output,
          "\(option) would overwrite \(file == input.path ? "" : file + ", a file of ")\(input.what) \(input.path), an input of this command; give another path"
        )
      }
    }
  }
}
