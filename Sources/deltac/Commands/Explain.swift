import ArgumentParser

struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
  @Argument(help: "Spec file.") var spec: String
  func run() throws { throw ValidationError("deltac explain is not implemented yet") }
}
