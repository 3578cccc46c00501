import ArgumentParser
import DeltaExperiment
import DeltaSpec

/// Loading specs and reporting failures, the same way in every command.
enum CLISpec {
  /// The resolved spec, or its diagnostics on stderr and exit status 1.
  static func resolve(_ path: String) throws -> ResolvedSpec {
    do {
      return try SpecLoader.resolve(file: path)
    } catch let diagnostics as SpecDiagnostics {
      Output.stderr(diagnostics.description)
      throw ExitCode.failure
    }
  }

  /// The spec (a sweep: its base), or its diagnostics on stderr and exit status 1.
  static func load(_ path: String) throws -> Spec { try resolve(path).spec }
}

enum Failure {
  /// Runs `body`; any error is printed as `error: ...` (or `path: error: ...`) with the exit status
  /// of its kind (`ExperimentError(classifying:)`: 1 bad input, 2 runtime failure). Under MPI the
  /// failing rank names itself and ends the whole job (the others print why they stop).
  static func guarded(_ communicator: any Communicator = SingleProcess(), _ body: () throws -> Void)
    throws
  {
    do {
      try body()
    } catch let error as ExitCode {
      if communicator.size > 1 { communicator.abort(status: error.rawValue) }
      throw error
    } catch {
      let failure = ExperimentError(classifying: error)
      Output.stderr(communicator.messagePrefix + failure.printed + "\n")
      if communicator.size > 1 { communicator.abort(status: failure.exitStatus) }
      throw ExitCode(failure.exitStatus)
    }
  }

  /// `body`'s value; an error is reported as `guarded` does.
  static func value<T>(_ communicator: any Communicator, _ body: () throws -> T) throws -> T {
    var result: T?
    try guarded(communicator) { result = try body() }
    guard let result else { throw ExitCode(2) }
    return result
  }
}

extension Failure {
  /// This process's communicator: alone, or its rank of an MPI job (exit status 2 when launched by
  /// mpirun but MPI cannot start).
  static func communicator(resultsNote: String = Launch.runNote) throws -> any Communicator {
    var result: any Communicator = SingleProcess()
    try guarded { result = try Launch.communicator(resultsNote: resultsNote) }
    return result
  }
}

/// A usage check of `validate()`: `message` as the error when `condition` does not hold.
func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  if !condition { throw ValidationError(message()) }
}
