import ArgumentParser

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
  @Argument(help: "Spec file.") var spec: String
  func run() throws { throw ValidationError("deltac check is not implemented yet") }
}
