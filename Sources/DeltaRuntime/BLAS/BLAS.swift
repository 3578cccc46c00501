import CBLAS
import DeltaCodegen
import Foundation

/// The runtime's only door to OpenBLAS: row-major GEMMs in Float and Double (the reference
/// interpreter's, the benches' baseline, and an unfolded matmul's per-batch GEMMs; the plan's
/// GEMMs are `JITGemm`).
/// C[m,n] = alpha * op(A)[m,k] * op(B)[k,n] + beta * C, with op = transpose when the flag is set.
public enum BLAS {
  public static func gemm(
    transA: Bool = false, transB: Bool = false, m: Int, n: Int, k: Int,
    alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    ready()
    cblas_sgemm(
      CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
      Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
  }

  public static func gemm(
    transA: Bool = false, transB: Bool = false, m: Int, n: Int, k: Int,
    alpha: Double = 1, a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double = 0, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    ready()
    cblas_dgemm(
      CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
      Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
  }

  /// OpenBLAS's own thread count (it defaults to one per core).
  public static var threads: Int {
    get {
      ready()
      return Int(openblas_get_num_threads())
    }
    set {
      ready()
      openblas_set_num_threads(Int32(newValue))
    }
  }

  /// Every call into OpenBLAS comes here first: `kernels` re-selects the kernel set (which tears
  /// OpenBLAS's function table down and builds it again) once, before any call, so no thread can be
  /// inside OpenBLAS while it happens (a test calling the reference's GEMM while another thread's
  /// first executor re-selected crashed on the torn-down table).
  @inline(__always) static func ready() { _ = kernels }

  /// The kernel set OpenBLAS runs ("SkylakeX", "Haswell", "Zen", "Prescott").
  public static var coreName: String { String(cString: openblas_get_corename()) }

  /// OpenBLAS (DYNAMIC_ARCH) picks its kernels from the CPU model when it loads. A CPU model it
  /// does not know, such as a VM's generic "Intel Xeon Processor" with AVX-512, gets the Prescott
  /// (SSE3) kernels: sgemm at 18 GFLOP/s on a core instead of 115-130 (measured here on
  /// 4096x1024x128). Unless OPENBLAS_CORETYPE is set, this re-selects the kernels from the
  /// features LLVM finds on the host (AVX-512 F/BW/VL: SkylakeX; AVX2 + FMA: Haswell), before any
  /// GEMM runs. The kernel set in use after it, e.g. "SkylakeX (was Prescott)".
  public static let kernels: String = {
    let before = coreName
    let env = ProcessInfo.processInfo.environment
    guard env["OPENBLAS_CORETYPE"] == nil,
      [
        "Prescott", "Core2", "Penryn", "Katmai", "Banias",
        "Northwood", "Dunnington", "Nehalem", "Atom",
      ].contains(before)
    else { return before }
    let features = Set(TargetSpec.host.features.split(separator: ",").map(String.init))
    let wanted: String
    if features.isSuperset(of: ["+avx512f", "+avx512bw", "+avx512vl"]) {
      wanted = "SkylakeX"
    } else if features.isSuperset(of: ["+avx2", "+fma"]) {
      wanted = "Haswell"
    } else {
      return before
    }
    gotoblas_dynamic_quit()
    setenv("OPENBLAS_CORETYPE", wanted, 1)
    gotoblas_dynamic_init()
    unsetenv("OPENBLAS_CORETYPE")
    return "\(coreName) (was \(before))"
  }()

  /// e.g. "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64".
  public static var configuration: String { String(cString: openblas_get_config()) }
}
