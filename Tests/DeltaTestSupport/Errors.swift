import DeltaRuntime

/// An error's message: an interpreter error's own, else its description (the IR's errors print
/// their message).
extension Error {
  public var message: String { (self as? InterpreterError)?.message ?? "\(self)" }
}
