import DeltaIR
import DeltaSpec

extension ModelLowering {
  /// The forward graph of a loaded spec: its model and resolved vocabulary, the graph named after the
  /// spec (characters other than letters, digits, `_`, `.`, `-` become `_`), the chunk size from
  /// `compile.chunk_size` (`auto` and `autotune` stay in the IR until choose-chunk-size decides),
  /// the recurrence's input activations per `compile.recurrence_inputs`.
  public static func forward(spec: Spec, dtype: DType = .f32) throws -> Graph {
    try forward(
      model: spec.model, vocabSize: spec.vocabSize, name: graphName(spec.name),
      options: LoweringOptions(
        dtype: dtype, chunk: spec.compile.chunkSize,
        recurrenceInputs: spec.compile.recurrenceInputs))
  }

  /// A spec name as a graph name (`s3_sweep/nh1-eig0_1` -> `s3_sweep_nh1-eig0_1`).
  public static func graphName(_ specName: String) -> String {
    String(
      specName.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" ? $0 : "_" })
  }
}
