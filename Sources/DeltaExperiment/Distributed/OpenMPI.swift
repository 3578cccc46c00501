import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Open MPI, found at run time: `libmpi.so.40` (Debian's `libopenmpi3`) is opened with dlopen and the
/// few functions deltac needs are looked up by name, so neither the build nor a run without `mpirun`
/// needs MPI. In Open MPI the predefined handles are addresses of library globals
/// (`MPI_COMM_WORLD` is `&ompi_mpi_comm_world`, `MPI_FLOAT` is `&ompi_mpi_float`, `MPI_SUM` is
/// `&ompi_mpi_op_sum`), so they are looked up like the functions. Errors return (the communicator's
/// handler is `MPI_ERRORS_RETURN`) and become `ExperimentError`s naming the operation.
public final class OpenMPI: Communicator, @unchecked Sendable {
  typealias Handle = UnsafeMutableRawPointer
  typealias InitThreadFn =
    @convention(c) (
      UnsafeMutablePointer<Int32>?,
      UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?, Int32,
      UnsafeMutablePointer<Int32>?
    ) -> Int32
  typealias CommQueryFn = @convention(c) (Handle, UnsafeMutablePointer<Int32>) -> Int32
  typealias AllreduceFn =
    @convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer?, Int32, Handle, Handle, Handle) ->
    Int32
  typealias BcastFn =
    @convention(c) (UnsafeMutableRawPointer?, Int32, Handle, Int32, Handle) -> Int32
  typealias AbortFn = @convention(c) (Handle, Int32) -> Int32
  typealias FinalizeFn = @convention(c) () -> Int32
  typealias SetErrhandlerFn = @convention(c) (Handle, Handle) -> Int32

  /// The library names tried in order (`DELTAC_MPI_LIBRARY` first when set).
  static var libraryNames: [String] {
    (ProcessInfo.processInfo.environment["DELTAC_MPI_LIBRARY"].map { [$0] } ?? [])
      + ["libmpi.so.40", "libmpi.so"]
  }
  /// MPI_THREAD_FUNNELED: only the main thread calls MPI (the thread pool never does).
  static let threadFunneled: Int32 = 1
  /// Open MPI's MPI_IN_PLACE is `(void *) 1`.
  static var inPlace: UnsafeRawPointer? { UnsafeRawPointer(bitPattern: 1) }

  public let rank: Int
  public let size: Int
  let world: Handle
  let float: Handle
  let double: Handle
  let opSum: Handle
  let allreduceFn: AllreduceFn
  let bcastFn: BcastFn
  let abortFn: AbortFn
  let finalizeFn: FinalizeFn

  /// Opens libmpi and initializes MPI (once per process).
  public init() throws {
    var handle: UnsafeMutableRawPointer?
    var errors: [String] = []
    for name in Self.libraryNames {
      // RTLD_GLOBAL: Open MPI's own plugins (dlopened by libmpi) resolve libmpi's symbols globally.
      handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL)
      if handle != nil { break }
      errors.append(dlerror().map { String(cString: $0) } ?? name)
    }
    guard let library = handle else {
      throw ExperimentError(
        .runtime,
        "launched by an MPI launcher but no MPI library could be opened (\(errors.joined(separator: "; ")))"
          + "\nhint: install Open MPI (Debian: apt-get install openmpi-bin libopenmpi-dev), or set DELTAC_MPI_LIBRARY to libmpi's path"
      )
    }
    func symbol(_ name: String) throws -> UnsafeMutableRawPointer {
      guard let address = dlsym(library, name) else {
        throw ExperimentError(
          .runtime, "the MPI library has no symbol \(name): deltac supports Open MPI (4.x, 5.x)")
      }
      return address
    }
    func function<F>(_ name: String, _: F.Type) throws -> F {
      unsafeBitCast(try symbol(name), to: F.self)
    }
    world = try symbol("ompi_mpi_comm_world")
    float = try symbol("ompi_mpi_float")
    double = try symbol("ompi_mpi_double")
    opSum = try symbol("ompi_mpi_op_sum")
    let errorsReturn = try symbol("ompi_mpi_errors_return")
    allreduceFn = try function("MPI_Allreduce", AllreduceFn.self)
    bcastFn = try function("MPI_Bcast", BcastFn.self)
    abortFn = try function("MPI_Abort", AbortFn.self)
    finalizeFn = try function("MPI_Finalize", FinalizeFn.self)
    let initThread = try function("MPI_Init_thread", InitThreadFn.self)
    let commRank = try function("MPI_Comm_rank", CommQueryFn.self)
    let commSize = try function("MPI_Comm_size", CommQueryFn.self)
    let setErrhandler = try function("MPI_Comm_set_errhandler", SetErrhandlerFn.self)
    var provided: Int32 = 0
    try Self.check(initThread(nil, nil, Self.threadFunneled, &provided), "MPI_Init_thread")
    try Self.check(setErrhandler(world, errorsReturn), "MPI_Comm_set_errhandler")
    var r: Int32 = 0
    var s: Int32 = 0
    try Self.check(commRank(world, &r), "MPI_Comm_rank")
    try Self.check(commSize(world, &s), "MPI_Comm_size")
    (rank, size) = (Int(r), Int(s))
  }

  static func check(_ code: Int32, _ what: String) throws {
    guard code != 0 else { return }
    throw ExperimentError(
      .runtime,
      "\(what) failed (MPI error \(code)): another rank has probably died; the job ends here")
  }

  public func sum(_ values: inout [Float]) throws { try allreduce(&values, float) }
  public func sum(_ values: inout [Double]) throws { try allreduce(&values, double) }
  public func broadcast(_ values: inout [Float], root: Int) throws {
    try bcast(&values, float, root)
  }
  public func broadcast(_ values: inout [Double], root: Int) throws {
    try bcast(&values, double, root)
  }

  /// In place, in pieces of at most Int32.max elements (MPI counts are C ints).
  func allreduce<T>(_ values: inout [T], _ type: Handle) throws {
    let fn = allreduceFn
    let (op, comm) = (opSum, world)
    try values.withUnsafeMutableBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        let n = min(buffer.count - start, Int(Int32.max))
        let code = fn(Self.inPlace, buffer.baseAddress! + start, Int32(n), type, op, comm)
        try Self.check(code, "MPI_Allreduce of \(buffer.count) values")
        start += n
      }
    }
  }

  func bcast<T>(_ values: inout [T], _ type: Handle, _ root: Int) throws {
    let fn = bcastFn
    let comm = world
    try values.withUnsafeMutableBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        let n = min(buffer.count - start, Int(Int32.max))
        let code = fn(buffer.baseAddress! + start, Int32(n), type, Int32(root), comm)
        try Self.check(code, "MPI_Bcast of \(buffer.count) values")
        start += n
      }
    }
  }

  public func abort(status: Int32) -> Never {
    _ = abortFn(world, status)
    exit(status)
  }

  public func finish() { _ = finalizeFn() }
}
