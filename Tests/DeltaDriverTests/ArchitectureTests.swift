import Foundation
import Testing

// The layering docs/architecture.md describes, checked on the sources: which target may import
// what, and the CLI's size budget (arguments and printing only).

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
private let sources = root.appendingPathComponent("Sources")

/// target -> (its Swift files' text, the modules they import).
private func targets() throws -> [String: (lines: Int, imports: Set<String>)] {
  var out: [String: (lines: Int, imports: Set<String>)] = [:]
  let fm = FileManager.default
  for target in try fm.contentsOfDirectory(atPath: sources.path) {
    let dir = sources.appendingPathComponent(target)
    guard let files = fm.enumerator(atPath: dir.path) else { continue }
    var entry = (lines: 0, imports: Set<String>())
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
      entry.lines += text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      for line in text.split(separator: "\n") {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
        if words.first == "import", words.count == 2 { entry.imports.insert(String(words[1])) }
      }
    }
    out[target] = entry
  }
  return out
}

/// Package.swift's targets: name -> the quoted names in its `dependencies: [...]` (target names,
/// and a product's name and package).
private func packageDependencies() throws -> [String: Set<String>] {
  let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
  let quoted = /"([^"]+)"/
  var out: [String: Set<String>] = [:]
  for entry in text.split(separator: /\.(target|executableTarget|testTarget|systemLibrary)\(/)
    .dropFirst()
  {
    guard let name = entry.firstMatch(of: /name: "([^"]+)"/)?.1 else { continue }
    var names = Set<String>()
    if let start = entry.firstMatch(of: /dependencies: \[/)?.range.upperBound {
      var depth = 1
      var end = start
      while end < entry.endIndex, depth > 0 {
        if entry[end] == "[" { depth += 1 } else if entry[end] == "]" { depth -= 1 }
        end = entry.index(after: end)
      }
      names = Set(entry[start..<end].matches(of: quoted).map { String($0.1) })
    }
    out[String(name)] = names
  }
  return out
}

@Suite struct ArchitectureTests {
  @Test func theCLIParsesArgumentsAndPrints() throws {
    let cli = try #require(try targets()["deltac"])
    #expect(cli.lines < 1_300, "Sources/deltac has \(cli.lines) lines; logic belongs in a library")
    #expect(
      cli.imports.isDisjoint(with: [
        "DeltaCodegen", "DeltaRuntime", "DeltaReference", "CLLVM", "CBLAS",
      ]))
  }

  /// Only DeltaSpec sees YAML, only DeltaCodegen LLVM, only DeltaRuntime BLAS.
  @Test func eachSystemLibraryHasOneDoor() throws {
    let all = try targets()
    for (module, owner) in [
      ("Yams", "DeltaSpec"), ("CLLVM", "DeltaCodegen"), ("CBLAS", "DeltaRuntime"),
    ] {
      let importers = all.filter { $0.value.imports.contains(module) }.map(\.key).sorted()
      #expect(importers == [owner], "\(module) is imported by \(importers)")
    }
  }

  /// The fp64 oracle (DeltaReference: the reference interpreter and kernels) depends on
  /// DeltaRuntime, never the other way: the executor cannot call it, even by a future edit.
  @Test func theExecutorCannotReachTheOracle() throws {
    let packages = try packageDependencies()
    let runtime = try #require(
      packages["DeltaRuntime"], "Package.swift: no DeltaRuntime target found (a stale parser?)")
    var reached = runtime
    var frontier = Array(runtime)
    while let next = frontier.popLast() {
      for d in packages[next] ?? [] where reached.insert(d).inserted { frontier.append(d) }
    }
    let rule = "DeltaReference depends on DeltaRuntime, never the other way"
    let through = "through its dependencies \(reached.sorted())"
    #expect(
      !reached.contains("DeltaReference"),
      "Package.swift: the DeltaRuntime target reaches DeltaReference \(through); \(rule)")
    let runtimeImports = try #require(try targets()["DeltaRuntime"]).imports
    #expect(
      !runtimeImports.contains("DeltaReference"),
      "a file under Sources/DeltaRuntime imports DeltaReference; \(rule)")

    let dir = sources.appendingPathComponent("DeltaRuntime")
    let files = try #require(FileManager.default.enumerator(atPath: dir.path))
    var hits: [String] = []
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for word in ["Interpreter<", "ReferenceKernels", "DeltaProductReference"]
        where line.contains(word) {
          hits.append("Sources/DeltaRuntime/\(file):\(n + 1): \(word)")
        }
      }
    }
    let named = "Sources/DeltaRuntime names the reference interpreter or kernels"
    let why = "which live in DeltaReference (the oracle; the executor must not call it)"
    let lines = hits.sorted().joined(separator: "\n")
    #expect(hits.isEmpty, "\(named), \(why):\n\(lines)")
  }
}
