import DeltaIR
import Foundation

// The cost model choose-chunk-size decides with: seconds of one recurrence node (forward, and the
// backward when the graph trains) at given B, T, H, Dk, Dv, n_h, for each candidate chunk and form.
//
// Per (batch, head) pair, on one thread (the kernels run the pairs in parallel, so the thread count
// scales every candidate alike and does not change the choice):
//   forward, recurrent form (chunk 1 or rN): the model FLOPs T (4 n K V + 2 K V) at the recurrent
//     sweep's efficiency, which drops when the K x V state no longer fits in half of L1;
//   forward, chunked form (N): per chunk of C tokens and Ci = C n sub-steps, the WY work
//     Ci^2 K (beta K K^T) + Ci^2 (K + V) (substitution) + 4 Ci K V (W S, K^T Vnew) + C Ci (K + V)
//     (causal Q K^T, P Vnew) + 2 C K V (Q S), over ceil(T/C) padded chunks, at the GEMM tiles'
//     efficiency (lower when the chunk's workspace leaves L2);
//   boundary states: ceil(T/C) K V floats written by the forward and read by the backward, at L2
//     bandwidth while the node's states fit in L2, else at memory bandwidth (the forward's own
//     cost per chunk is that copy: measured one more chunk costs it 0.13 / 0.3 / 1.6 us at Dk = Dv
//     32 / 64 / 128, within the copy's traffic; the backward's fixed costs are in its term below);
//   backward, chunk 1: the recurrent backward (reference 4.2), 2x the forward's model FLOPs at
//     20-25% of peak (a stored state per token, nothing recomputed);
//   backward, chunk C > 1 (both forms: the chunked WY backward over the forward's boundary
//     states, `ChunkedBackwardKernels`): per chunk of Ci = C n rows the FMAs it performs,
//     Ci^2 1.5 (K + V) (K K^T and -Yb Vnew^T lower halves, the two substitutions, (N + N^T) K)
//     + 5 Ci K V (K [S | dS], the dS^T and S^T parts of dK, dS's K^T Yb) + 2 C K V (dS's Q^T dO,
//     dO S^T) + Ci C (3 K + 2 V) (P^T, P^T dO, dP^T, and dP^T's parts of dK and dQ), plus a fixed
//     26 K V FLOPs per chunk (the state load and transposes, the chunk's inputs and outputs),
//     at 82% of peak. Fitted (least squares on relative error) to `deltac bench kernels --form
//     recurrent --threads 1` at T = 512, Dk = Dv 32 / 64 / 128, n_h 2-4, chunks 8-64 (36 points,
//     docs/passes.md): within 30% of every point, 12% from Dk = 64 up. (The fit before, 180 K V at
//     48%, dated from the first chunked backward: it overrated each chunk's fixed cost, so it
//     picked r16 where r8 measured 10% faster, fwd + bwd, at Dk = 64.)
//   Heads narrower than 32 floats run at a proportionally lower rate.
// The forward efficiencies are fitted to `deltac bench kernels` (docs/kernels.md section 5:
// recurrent forward 45-50% of peak at K = V <= 64, 36-39% at 128; chunked form about 50% of peak on
// the FLOPs it actually performs). The machine is a fixed reference (`Machine.reference`, the
// project's Zen 3 core) so the IR is the same on every machine; `compile.chunk_size: autotune`
// measures instead.

public struct ChunkCostModel: Sendable {
  /// What the model knows of the machine.
  public struct Machine: Sendable, Equatable {
    /// fp32 FLOP/s of one core at full FMA throughput.
    public var peakFlops: Double
    public var l1Bytes: Int
    public var l2Bytes: Int
    /// Bytes/s of one core streaming from L2 and from memory.
    public var l2Bandwidth: Double
    public var memoryBandwidth: Double
    /// The core docs/kernels.md measured (AMD EPYC, reported as Zen 3: 93 GFLOP/s, 32 KiB L1d, 512 KiB L2).
    public static let reference = Machine(
      peakFlops: 93e9, l1Bytes: 32 << 10, l2Bytes: 512 << 10, l2Bandwidth: 40e9,
      memoryBandwidth: 10e9)
  }

  /// The shape of one recurrence node.
  public struct Problem: Sendable, Equatable {
    public var batch: Int
    public var length: Int
    public var heads: Int
    public var keyDim: Int
    public var valueDim: Int
    public var householder: Int
    /// The graph trains: the backward runs too.
    public var backward: Bool
    public init(
      batch: Int, length: Int, heads: Int, keyDim: Int, valueDim: Int, householder: Int,
      backward: Bool
    ) {
      self.batch = batch
      self.length = length
      self.heads = heads
      self.keyDim = keyDim
      self.valueDim = valueDim
      self.householder = householder
      self.backward = backward
    }
  }

  /// The parts of one candidate's cost, in seconds for the whole node on one thread.
  public struct Cost: Sendable, Equatable {
    public var forward: Double
    public var states: Double
    public var backward: Double
    public var total: Double { forward + states + backward }
  }

  public var machine: Machine
  public init(machine: Machine = .reference) { self.machine = machine }

  /// Model FLOPs of the forward for one (batch, head) pair.
  public static func modelFlops(_ p: Problem) -> Double {
    Double(p.length) * Double(p.householder * 4 + 2) * Double(p.keyDim * p.valueDim)
  }

  /// The modelled cost of a decided schedule (`auto` and `autotune` cost as the kernels' default).
  public func cost(_ c: ChunkSize, _ p: Problem) -> Cost {
    let c = c.resolved(householder: p.householder)
    let chunk = c.tokens ?? 1
    let (K, V, n, T, C) = (
      Double(p.keyDim), Double(p.valueDim), Double(p.householder), Double(p.length), Double(chunk)
    )
    let pairs = Double(p.batch * p.heads)
    let peak = machine.peakFlops
    let stateBytes = p.keyDim * p.valueDim * 4
    let chunks = (T / C).rounded(.up)
    // Rows narrower than 32 floats fill the 8-lane tiles poorly (measured: Dv = 16 runs at about
    // half the rate of Dv = 64).
    let narrow = min(1, V / 32)
    // Forward.
    let forward: Double
    if c.isChunked {
      let ci = C * n
      let perChunk =
        ci * ci * K + ci * ci * (K + V) + 4 * ci * K * V + C * ci * (K + V) + 2 * C * K * V
      let workspace = (ci * (K + V) + ci * ci + C * (K + V) + K * V) * 4
      let efficiency = (workspace <= Double(machine.l2Bytes) ? 0.5 : 0.3) * narrow
      forward = chunks * perChunk / (peak * efficiency)
    } else {
      let efficiency = (stateBytes * 2 <= machine.l1Bytes ? 0.5 : 0.38) * narrow
      forward = Self.modelFlops(p) / (peak * efficiency)
    }
    // Boundary states: written by the forward, read by the backward.
    let stored = chunks * Double(stateBytes)
    let fits = stored * pairs <= Double(machine.l2Bytes)
    let bandwidth = fits ? machine.l2Bandwidth : machine.memoryBandwidth
    let passes: Double = p.backward ? 2 : 1
    let states = passes * stored / bandwidth
    // Backward.
    var backward = 0.0
    if p.backward && chunk == 1 {
      let efficiency = (stateBytes <= machine.l2Bytes ? 0.3 : 0.27) * narrow
      backward = 2 * Self.modelFlops(p) / (peak * efficiency)
    } else if p.backward {
      let ci = C * n
      let perChunk =
        ci * ci * 1.5 * (K + V) + 5 * ci * K * V + 2 * C * K * V + ci * C * (3 * K + 2 * V)
      backward = chunks * (2 * perChunk + 26 * K * V) / (peak * 0.82 * narrow)
    }
    return Cost(forward: forward * pairs, states: states * pairs, backward: backward * pairs)
  }

  /// Modelled times this close (relative to the cheapest) are a tie, which the candidate keeping
  /// the fewest boundary states wins: the model cannot separate them (it is within 12-30% of the
  /// measured kernels), the memory it counts exactly (lm: r8 and r16 model 0.1% apart, r16 keeps
  /// half the states; `deltac bench chunks` measured r16 4% faster).
  public static let tie = 0.02

  /// Bytes of the boundary states a candidate keeps for the backward (one every chunk of tokens).
  public static func stateBytes(_ c: ChunkSize, _ p: Problem) -> Int {
    let chunk = c.resolved(householder: p.householder).tokens ?? 1
    return p.batch * p.heads * ((p.length + chunk - 1) / chunk) * p.keyDim * p.valueDim * 4
  }

  /// Every candidate with its modelled cost, the pick first (the cheapest, or of the candidates
  /// within `tie` of it the one keeping the fewest states), then the rest cheapest first (ties: the
  /// order of `candidates`).
  public func ranked(_ p: Problem) -> [(choice: ChunkSize, seconds: Double)] {
    let all = Self.candidates(length: p.length).map { ($0, cost($0, p).total) }
    var sorted = all.enumerated().sorted { a, b in
      a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
    }.map { (choice: $0.element.0, seconds: $0.element.1) }
    let close = sorted.indices.filter { sorted[$0].seconds <= sorted[0].seconds * (1 + Self.tie) }
    if let pick = close.min(by: {
      Self.stateBytes(sorted[$0].choice, p) < Self.stateBytes(sorted[$1].choice, p)
    }) {
      sorted.insert(sorted.remove(at: pick), at: 0)
    }
    return sorted
  }

  /// The pick: the cheapest candidate, or a tie's one keeping the fewest states.
  public func choose(_ p: Problem) -> ChunkSize { ranked(p)[0].choice }

  /// The schedules choose-chunk-size considers: chunk 1, the recurrent form at 8-64 tokens, the
  /// chunked form at 8-64 tokens; of the sizes >= T only the smallest is kept (one chunk for the
  /// whole sequence; larger ones only pad).
  public static func candidates(length: Int) -> [ChunkSize] {
    let all = [8, 16, 32, 64]
    let sizes = all.filter { $0 < length } + (all.first { $0 >= length }.map { [$0] } ?? [])
    return [.fixed(1)] + sizes.map { .recurrent($0) } + sizes.map { .fixed($0) }
  }
}

extension ChunkCostModel.Problem {
  /// The shape of a `deltaproduct` or `deltaproduct_grad` node at concrete dims: B, T, H and Dk from
  /// its q operand [B,T,H,K], Dv from v [B,T,n,H,V], n_h from its parameters. nil for any other op,
  /// or when a dim is not bound in `dims`.
  public init?(_ node: Node, types: [Value: TensorType], dims: [String: Int], backward: Bool) {
    let p: DeltaProductParams
    switch node.op {
    case .deltaProduct(let q), .deltaProductGrad(let q): p = q
    default: return nil
    }
    guard let q = types[node.inputs[0]], let v = types[node.inputs[2]], q.rank == 4, v.rank == 5,
      let b = q.dims[0].evaluate(dims), let t = q.dims[1].evaluate(dims),
      let h = q.dims[2].evaluate(dims), let k = q.dims[3].evaluate(dims),
      let vd = v.dims[4].evaluate(dims)
    else { return nil }
    self.init(
      batch: b, length: t, heads: h, keyDim: k, valueDim: vd, householder: p.numHouseholder,
      backward: backward)
  }
}
