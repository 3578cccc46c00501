import DeltaInterop
import DeltaSpec
import Foundation

/// Parameters from outside a run (an fla model folder or another checkpoint, read by the caller):
/// what `deltac eval` evaluates and `deltac run --init-from` starts training from.
public struct ImportedParameters: Sendable {
  /// Where they came from (a path), for notes, results names and checkpoint metadata.
  public var source: String
  /// Float32 values under their fla names.
  public var values: [String: [Float]]

  public init(source: String, values: [String: [Float]]) {
    self.source = source
    self.values = values
  }

  /// The values of every parameter of `programs`, each the size of its shape (extra names ignored).
  func checked(against programs: ModelPrograms) throws -> [String: [Float]] {
    var out: [String: [Float]] = [:]
    for (name, shape) in programs.parameters {
      guard let v = values[name] else {
        throw ExperimentError(.badInput, "\(source): error: tensor '\(name)': missing")
      }
      let count = shape.reduce(1, *)
      guard v.count == count else {
        throw ExperimentError(
          .badInput,
          "\(source): error: tensor '\(name)': \(v.count) values, expected \(count) (\(shape))")
      }
      out[name] = v
    }
    return out
  }
}

extension ImportedParameters {
  /// The parameters of an fla model folder or a deltac checkpoint file for `spec`'s model; a bad
  /// path, file or folder (a config that does not match the spec) is bad input.
  public static func load(spec: Spec, path: String) throws -> ImportedParameters {
    guard FileManager.default.fileExists(atPath: path) else {
      throw ExperimentError(.badInput, "\(path): error: no such file or folder")
    }
    do {
      let loaded = try LoadedModel.load(spec: spec, checkpoint: path)
      return ImportedParameters(source: path, values: loaded.parameters.mapValues(\.data))
    } catch {
      throw ExperimentError(classifying: error)
    }
  }
}
