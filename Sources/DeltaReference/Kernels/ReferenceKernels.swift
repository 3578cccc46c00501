import DeltaRuntime

/// Thrown by the reference kernels on data they cannot process (an id outside the vocabulary, shapes
/// that do not broadcast); the interpreter adds the value and op it was running.
public struct KernelError: Error, CustomStringConvertible, Equatable, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Namespace of the plain reference kernels (one file per op family under Kernels/): forward and
/// backward functions over flat row-major arrays with explicit sizes, generic over Float and Double.
public enum ReferenceKernels {}
