import DeltaIR
import DeltaSpec

// Lowers a ModelConfig to the forward graph of GatedDeltaProductForCausalLM (reference sections 1.2
// and 2), with fla's parameter names and shapes. Legend: B batch, T tokens, D hidden, H heads,
// K = Dk key head dim, V = Dv value head dim, n = num_householder, W conv width, I MLP size.

/// Options of the lowering that are not part of the model.
public struct LoweringOptions: Sendable, Hashable {
  /// Element type of parameters and activations.
  public var dtype: DType = .f32
  /// The recurrence's chunk size attribute (a later pass may choose it).
  public var chunk: ChunkSize = .auto
  /// Label value excluded from the loss (fla/HF convention).
  public var ignoreIndex: Int = -100
  /// The recurrence applies q/k's SiLU and L2 norm and v's SiLU itself (`deltaproduct[inputs=...]`,
  /// `InputActivation`): its kernels read the projections' rows and write their gradients, with no
  /// pass over q_hat, k_hat, v between. Off: separate silu and l2norm ops (the tests compare both).
  public var recurrenceInputs: Bool = true
  public init(
    dtype: DType = .f32, chunk: ChunkSize = .auto, ignoreIndex: Int = -100,
    recurrenceInputs: Bool = true
  ) {
    self.dtype = dtype
    self.chunk = chunk
    self.ignoreIndex = ignoreIndex
    self.recurrenceInputs = recurrenceInputs
  }
}

public enum ModelLowering {
  /// The forward graph: inputs `%input_ids: i32[B,T]`, `%labels: i32[B,T]`; outputs `loss` (mean
  /// cross-entropy of logits[b,t] against labels[b,t] over positions whose label is not the ignore index;
  /// the data pipeline supplies labels already shifted when next-token prediction is wanted) and
  /// `logits` [B,T,vocab].
  public static func forward(
    model: ModelConfig, vocabSize: Int, name: String = "model",
    options: LoweringOptions = LoweringOptions()
  ) throws -> Graph {
    var lowering = Lowering(
      model: model, vocab: vocabSize, options: options, builder: GraphBuilder(name: name))
    return try lowering.lower()
  }
}

/// The lowering state: the builder plus the model's sizes.
struct Lowering {
  let model: ModelConfig
  let vocab: Int
  let options: LoweringOptions
  let b: GraphBuilder

  init(model: ModelConfig, vocab: Int, options: LoweringOptions, builder: GraphBuilder) {
    self.model = model
    self.vocab = vocab
    self.options = options
    self.b = builder
  }

  var dtype: DType { options.dtype }
  var eps: Double { model.normEps }

  func tensor(_ dims: [Dim]) -> TensorType { TensorType(dtype, Shape(dims)) }

  /// Declares a parameter `[dims]` named `name`.
  func param(_ name: String, _ dims: [Dim]) -> Value { b.parameter(name, tensor(dims)) }

  mutating func lower() throws -> Graph {
    let d = Dim(model.hiddenSize)
    let embeddings = param("model.embeddings.weight", [Dim(vocab), d])
    let ids = b.input("input_ids", TensorType(.i32, ["B", "T"]))
    let labels = b.input("labels", TensorType(.i32, ["B", "T"]))
    var h = try b.emit(.embedding, [ids, embeddings], name: "h0")
    for layer in 0..<model.numHiddenLayers {
      h = try block(layer, h)
    }
    let normW = param("model.norm.weight", [d])
    let hn = try b.emit(.rmsNorm(eps: eps), [h, normW], name: "h_norm")
    let head = model.tieWordEmbeddings ? embeddings : param("lm_head.weight", [Dim(vocab), d])
    let logits = try b.emit(.linear, [hn, head], name: "logits")
    let loss = try b.emit(
      .crossEntropy(ignoreIndex: options.ignoreIndex), [logits, labels], name: "loss")
    b.output("loss", loss)
    b.output("logits", logits)
    return b.finish()
  }

  /// One block: `h + mixer(attn_norm(h))`, then `h + mlp(mlp_norm(h))` (no MLP when the config has none).
  mutating func block(_ i: Int, _ h: Value) throws -> Value {
    let prefix = "model.layers.\(i)"
    let d = Dim(model.hiddenSize)
    let attnNorm = param("\(prefix).attn_norm.weight", [d])
    let x = try b.emit(.rmsNorm(eps: eps), [h, attnNorm], name: "l\(i).attn_in")
    let mixed = try tokenMixer(i, x)
    var out = try b.emit(.add, [h, mixed], name: "l\(i).h_attn")
    if let size = model.intermediateSize {
      let mlpNorm = param("\(prefix).mlp_norm.weight", [d])
      let xm = try b.emit(.rmsNorm(eps: eps), [out, mlpNorm], name: "l\(i).mlp_in")
      let gateW = param("\(prefix).mlp.gate_proj.weight", [Dim(size), d])
      let upW = param("\(prefix).mlp.up_proj.weight", [Dim(size), d])
      let downW = param("\(prefix).mlp.down_proj.weight", [d, Dim(size)])
      let gate = try b.emit(.linear, [xm, gateW], name: "l\(i).mlp_gate")
      let up = try b.emit(.linear, [xm, upW], name: "l\(i).mlp_up")
      let act = try b.emit(.unary(.silu), [gate], name: "l\(i).mlp_act")
      let prod = try b.emit(.mul, [act, up], name: "l\(i).mlp_hidden")
      let down = try b.emit(.linear, [prod, downW], name: "l\(i).mlp_out")
      out = try b.emit(.add, [out, down], name: "l\(i).h_mlp")
    }
    return out
  }
}
