#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the processes of one job talk to each other. The trainer sees only this protocol:
/// `SingleProcess` is a process alone (every operation is the identity), `OpenMPI` is the ranks that
/// `mpirun` (or Slurm's `srun`) launched. Every operation is collective: all ranks call it, in the
/// same order, with the same counts.
public protocol Communicator: Sendable {
  /// This process's rank, 0 ..< size; rank 0 alone writes results.
  var rank: Int { get }
  var size: Int { get }
  /// Element-wise sum over all ranks, in place; every rank receives the sum.
  func sum(_ values: inout [Float]) throws
  func sum(_ values: inout [Double]) throws
  /// Rank `root`'s values to every rank (the same count on every rank).
  func broadcast(_ values: inout [Float], root: Int) throws
  func broadcast(_ values: inout [Double], root: Int) throws
  /// Ends the whole job with `status` (this rank has printed why; the others are stopped).
  func abort(status: Int32) -> Never
  /// The job's end on this rank (after the last collective operation).
  func finish()
}

extension Communicator {
  /// Rank 0: the one that reads and writes the results folder and prints progress.
  public var isRoot: Bool { rank == 0 }
  /// `rank 1/2: ` when there are several ranks, else empty: the prefix of a rank's own messages.
  public var messagePrefix: String { size > 1 ? "rank \(rank)/\(size): " : "" }

  /// The sum of a count over all ranks (a collective operation, so also a barrier).
  public func total(_ count: Int) throws -> Int {
    guard size > 1 else { return count }
    var values = [Double(count)]
    try sum(&values)
    return Int(values[0])
  }
}

/// One process, no MPI: what `deltac run` is without `mpirun`.
public struct SingleProcess: Communicator {
  public init() {}
  public var rank: Int { 0 }
  public var size: Int { 1 }
  public func sum(_ values: inout [Float]) throws {}
  public func sum(_ values: inout [Double]) throws {}
  public func broadcast(_ values: inout [Float], root: Int) throws {}
  public func broadcast(_ values: inout [Double], root: Int) throws {}
  public func abort(status: Int32) -> Never { exit(status) }
  public func finish() {}
}
