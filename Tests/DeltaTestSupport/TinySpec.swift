import DeltaSpec

/// A tiny word-problem spec (S3, D 16, 2 heads of 8, n_h 2): a training step takes milliseconds.
public func tinySpec(
  steps: Int = 6, checkpointEvery: Int? = 2, hiddenSize: Int = 16, lr: Double = 1e-2,
  extraTrain: String = "",
  shortConv: Bool = false
) throws -> Spec {
  let yaml = """
    model:
      hidden_size: \(hiddenSize)
      num_hidden_layers: 1
      num_heads: 2
      head_dim: 8
      num_householder: 2
      allow_neg_eigval: true
      use_short_conv: \(shortConv)
      intermediate_size: 32
      vocab_size: auto
    task:
      kind: word_problem
      group: S3
      train_length: 8
      test_length: 12
      test_samples: 16
    train:
      steps: \(steps)
      batch_size: 16
      lr: \(lr)
      schedule: cosine
      warmup_steps: 2
      seed: 7
    \(checkpointEvery.map { "  checkpoint_every: \($0)" } ?? "")
    \(extraTrain)
    eval:
      lengths: [8, 12]
      samples: 16
      batch_size: 16
      every: 3
    compile:
      threads: 2
    """
  return try SpecLoader.parse(yaml: yaml, file: "tiny.yaml").spec
}
