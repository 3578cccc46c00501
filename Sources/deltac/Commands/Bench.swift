import ArgumentParser

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
  func run() throws { throw ValidationError("deltac bench is not implemented yet") }
}
