import DeltaRuntime
import DeltaSpec
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How this process was started: alone, or as one rank of an MPI job (`mpirun -np N deltac ...`, or
/// Slurm's `srun --mpi=pmix`). Detected from the launcher's environment, so a plain run never touches
/// MPI and needs no MPI library.
public enum Launch {
  /// What a stopped `deltac run` leaves behind, as the note of a terminated rank says it.
  public static let runNote =
    "rank 0 alone writes checkpoints, atomically: the newest one in the results folder is intact (--resume continues from it)"

  /// Under MPI, a spec without compile.threads gets the machine's cores shared by the ranks on it.
  public static func perRank(_ spec: Spec, _ communicator: any Communicator) -> Spec {
    guard communicator.size > 1 || isMPI, spec.compile.threads == nil else { return spec }
    var s = spec
    s.compile.threads = threadsPerRank
    return s
  }

  /// Open MPI's mpirun sets OMPI_COMM_WORLD_SIZE; PMIx launchers (mpirun 4/5, srun) set PMIX_RANK.
  public static var isMPI: Bool {
    let env = ProcessInfo.processInfo.environment
    return env["OMPI_COMM_WORLD_SIZE"] != nil || env["PMIX_RANK"] != nil
  }

  /// Ranks of this job on this machine (OMPI_COMM_WORLD_LOCAL_SIZE; 1 when unknown).
  public static var localRanks: Int {
    ProcessInfo.processInfo.environment["OMPI_COMM_WORLD_LOCAL_SIZE"].flatMap(Int.init)
      .map { max(1, $0) } ?? 1
  }

  /// The default worker threads of one rank: the machine's cores shared by the ranks on it
  /// (`compile.threads` in the spec overrides it).
  public static var threadsPerRank: Int { max(1, ParallelFor.cores / localRanks) }

  /// `SingleProcess` without a launcher, else MPI initialized (throws when no MPI library loads).
  /// Under MPI, a SIGTERM (what mpirun sends the other ranks when one fails or the job is cancelled)
  /// prints one line saying so before the process ends.
  /// `resultsNote` says what a stopped job leaves behind (the default: a run's).
  public static func communicator(resultsNote: String = runNote) throws -> any Communicator {
    guard isMPI else { return SingleProcess() }
    let mpi = try OpenMPI()
    TerminationNote.install(
      "deltac: rank \(mpi.rank)/\(mpi.size): stopped by the MPI launcher (another rank failed or the "
        + "job was cancelled); \(resultsNote)\n")
    return mpi
  }
}

/// A message written by the SIGTERM handler (async-signal-safe: prepared bytes, write, _exit).
enum TerminationNote {
  nonisolated(unsafe) static var bytes: UnsafeMutablePointer<UInt8>?
  nonisolated(unsafe) static var count = 0

  static func install(_ text: String) {
    let utf8 = Array(text.utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: utf8.count)
    buffer.initialize(from: utf8, count: utf8.count)
    (bytes, count) = (buffer, utf8.count)
    signal(SIGTERM) { _ in
      if let bytes = TerminationNote.bytes { _ = write(2, bytes, TerminationNote.count) }
      _exit(143)
    }
  }
}
