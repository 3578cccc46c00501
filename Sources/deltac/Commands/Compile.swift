import ArgumentParser

struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
  @Argument(help: "Spec file.") var spec: String
  func run() throws { throw ValidationError("deltac compile is not implemented yet") }
}
