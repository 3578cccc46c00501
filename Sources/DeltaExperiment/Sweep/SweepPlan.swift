import DeltaSpec
import Foundation

/// One run of a sweep: a variant trained with one seed, in its own results folder
/// `<root>/<variant>/seed-<seed>` (`<root>/seed-<seed>` for a spec without `sweep:`).
public struct SweepRun: Sendable {
  /// Position in the sweep (what `--run`, an MPI rank and `SLURM_ARRAY_TASK_ID` select).
  public var index: Int
  /// The variant's name within the sweep (`nh2-eig-1_1`), or the spec's stem without a sweep.
  public var variant: String
  public var seed: Int
  /// The variant with `train.seed = seed`, named `<stem>/<variant>/seed-<seed>`.
  public var spec: Spec
  public var directory: String

  public enum Status: String, Sendable {
    /// The final evaluation was written (`eval.json`): a re-run skips it.
    case finished
    /// Checkpoints but no final evaluation: a re-run resumes from the newest checkpoint.
    case interrupted
    /// Nothing to continue from: a re-run starts it.
    case notStarted = "not started"
  }

  public var status: Status {
    if FileManager.default.fileExists(atPath: directory + "/eval.json") { return .finished }
    let results = ResultsWriter(directory: directory)
    return results.checkpoints.list().isEmpty ? .notStarted : .interrupted
  }
}

/// A spec file's `sweep:` grid times its `seeds:` list, as runs.
public enum SweepPlan {
  /// Variant-major, seeds in the order written (`train.seed` alone without `seeds:`).
  public static func runs(_ resolved: ResolvedSpec, root: String) -> [SweepRun] {
    let variants = resolved.hasSweep ? resolved.variants : [resolved.spec]
    var runs: [SweepRun] = []
    for variant in variants {
      let leaf = resolved.hasSweep ? String(variant.name.split(separator: "/").last!) : variant.name
      for seed in resolved.seeds ?? [variant.train.seed] {
        var spec = variant
        spec.train.seed = seed
        spec.name = variant.name + "/seed-\(seed)"
        let directory = root + (resolved.hasSweep ? "/\(leaf)" : "") + "/seed-\(seed)"
        runs.append(
          SweepRun(
            index: runs.count, variant: leaf, seed: seed, spec: spec, directory: directory))
      }
    }
    return runs
  }

  /// The runs one process does: `indices` of `count` runs dealt round-robin over `workers`
  /// (MPI ranks): worker w takes w, w + workers, ...
  public static func share(count: Int, worker: Int, workers: Int) -> [Int] {
    Array(stride(from: worker, to: count, by: max(1, workers)))
  }
}
