import ArgumentParser

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
  @Argument(help: "Spec file.") var spec: String
  func run() throws { throw ValidationError("deltac run is not implemented yet") }
}
