import Foundation
import Testing

/// A sweep of two runs (n_h 1 and 2, seed 1; 3 steps, the test split evaluated at step 2) trained
/// by the built deltac into `sw/` of a scratch folder: what the readers of its results (TensorBoard,
/// a browser) are given.
enum TinySweep {
  static let spec = """
    model: {hidden_size: 16, num_hidden_layers: 1, num_heads: 2, head_dim: 8, intermediate_size: 32}
    task: {kind: word_problem, group: S3, train_length: 8, test_length: 12, test_samples: 8}
    train: {steps: 3, batch_size: 8, lr: 1.0e-2}
    eval: {lengths: [8, 12], samples: 8, batch_size: 8, every: 2}
    compile: {threads: 1}
    sweep:
      model.num_householder: [1, 2]
    seeds: [1]

    """
  static let runs = ["nh1/seed-1", "nh2/seed-1"]

  static func trained() throws -> InteropScratch {
    let s = try InteropScratch()
    try spec.write(toFile: s.path("grid.yaml"), atomically: true, encoding: .utf8)
    let r = try s.run(["sweep", "grid.yaml", "--out", "sw", "--quiet"])
    try #require(r.status == 0, "\(r.stderr)")
    return s
  }
}
