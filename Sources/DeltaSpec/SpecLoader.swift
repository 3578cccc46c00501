import Foundation

/// Where a resolved value came from, for `deltac explain`.
public enum SpecSource: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// Not written anywhere: the default.
  case defaulted
  /// Written in the spec file itself (or in its sweep).
  case spec
  /// Inherited from a file named by `extends` (the path as resolved).
  case extends(String)

  public var description: String {
    switch self {
    case .defaulted: return "default"
    case .spec: return "spec"
    case .extends(let file): return "extends \(file)"
    }
  }
}

/// A spec file after `extends` and `sweep`: the base spec, its variants, and where each value came from.
public struct ResolvedSpec: Sendable {
  /// The base (un-swept) spec.
  public var spec: Spec
  /// The sweep's named variants, or `[spec]` without a sweep.
  public var variants: [Spec]
  /// Whether the file has a `sweep:` section.
  public var hasSweep: Bool
  /// Dotted key (`model.hidden_size`, as `SpecPrinter` names it) -> where the base spec's value came from.
  public var sources: [String: SpecSource]
  /// The files read: the spec first, then each file it extends.
  public var files: [String]
  /// The keys the sweep varies, as `SpecPrinter` names them (`model.eigenvalues` is
  /// `model.allow_neg_eigval`).
  public var sweptKeys: [String]
  /// The `seeds:` list (`deltac sweep` runs every variant once per seed); nil when absent.
  public var seeds: [Int]?

  public func source(of key: String) -> SpecSource { sources[key] ?? .defaulted }
}

/// Reads spec files. Every failure is a `SpecDiagnostics` holding all the errors found.
public enum SpecLoader {
  /// Loads one spec file (following `extends`), validates, returns the resolved spec; if the file has a
  /// `sweep:`, returns the base (un-swept) spec. Throws `SpecDiagnostics` (all errors of the file).
  public static func load(file: String) throws -> Spec { try resolve(file: file).spec }

  /// The sweep's named variants (or [base] when there is no sweep).
  public static func loadVariants(file: String) throws -> [Spec] {
    try resolve(file: file).variants
  }

  /// Everything `load` and `loadVariants` give, plus the source of every value.
  public static func resolve(file: String) throws -> ResolvedSpec {
    var session = LoadSession()
    let tree = session.loadTree(file, via: nil, stack: [])
    return try session.finish(tree, file: file)
  }

  /// Resolves spec text that is not on disk (tests, round trips). `file` names it in diagnostics, gives
  /// the spec its name, and anchors relative paths (`extends`, `task.path`).
  public static func parse(yaml: String, file: String) throws -> ResolvedSpec {
    var session = LoadSession()
    let source = SourceFile(path: file, text: yaml)
    session.sources[file] = source
    let tree = session.loadTree(source, stack: [])
    return try session.finish(tree, file: file)
  }
}

/// The state of one `resolve`: files read so far and diagnostics.
struct LoadSession {
  var sources: [String: SourceFile] = [:]
  var order: [String] = []
  var diagnostics: [Diagnostic] = []
  static let maxExtendsDepth = 16

  /// Reads, parses and merges `path` and the files it extends. `via` is the `extends` value naming it.
  mutating func loadTree(_ path: String, via: SourceLocation?, stack: [(String, String)]) -> SNode?
  {
    switch SourceFile.read(path) {
    case .failure(let error):
      if error.line > 0 {
        let location = SourceLocation(file: path, line: error.line, column: error.column)
        diagnostics.append(
          Diagnostic(location, error.message, hint: error.hint, sourceLine: error.sourceLine))
      } else if let via {
        diagnostics.append(
          Diagnostic(
            via, "cannot read '\(path)' (named by extends): \(error.message)", hint: error.hint))
      } else {
        diagnostics.append(Diagnostic(.wholeFile(path), error.message, hint: error.hint))
      }
      return nil
    case .success(let source):
      sources[path] = source
      return loadTree(source, stack: stack)
    }
  }

  mutating func loadTree(_ source: SourceFile, stack: [(String, String)]) -> SNode? {
    order.append(source.path)
    let root: SNode
    switch SpecParser.parse(source) {
    case .failure(let errors):
      diagnostics += errors.diagnostics
      return nil
    case .success(let tree): root = tree
    }
    guard let entry = root.entry("extends") else { return root }
    let value = entry.value
    guard case .scalar(let scalar) = value.kind, case .string(let name) = ScalarValue(scalar) else {
      diagnostics.append(
        Diagnostic(
          value.location, "wrong type for extends",
          detail: "expected the path of another spec, found \(SpecParser.describe(value))"))
      return nil
    }
    let target = Paths.join(Paths.directory(of: source.path), name)
    let canonical = URL(fileURLWithPath: Paths.absolute(target, relativeTo: ""))
      .resolvingSymlinksInPath().path
    let here = stack.isEmpty ? [(canonicalPath(source.path), source.path)] : stack
    if let index = here.firstIndex(where: { $0.0 == canonical }) {
      let cycle = (here[index...].map(\.1) + [target]).joined(separator: " -> ")
      diagnostics.append(
        Diagnostic(
          value.location, "extends cycle: \(cycle)",
          hint: "a spec may not extend itself, directly or not"))
      return nil
    }
    guard here.count < Self.maxExtendsDepth else {
      diagnostics.append(
        Diagnostic(
          value.location, "extends chain is too long",
          detail: "expected at most \(Self.maxExtendsDepth) files"))
      return nil
    }
    guard let parent = loadTree(target, via: value.location, stack: here + [(canonical, target)])
    else {
      return nil
    }
    return SpecMerge.merge(parent, SpecMerge.removing("extends", from: root))
  }

  private func canonicalPath(_ path: String) -> String {
    URL(fileURLWithPath: Paths.absolute(path, relativeTo: "")).resolvingSymlinksInPath().path
  }

  /// Decodes the base spec and the sweep's variants; throws every diagnostic, with source lines.
  mutating func finish(_ tree: SNode?, file: String) throws -> ResolvedSpec {
    var resolved: ResolvedSpec?
    if let tree, diagnostics.isEmpty {
      let stem = Paths.stem(file)
      let context = DecodeContext()
      let base = SpecDecoder.decode(
        SpecMerge.removing("sweep", from: tree), name: stem, context: context)
      diagnostics += context.diagnostics
      let sweep = SweepExpander.expand(tree, stem: stem)
      let seedsContext = DecodeContext()
      let seeds = SeedsDecoder.decode(tree, context: seedsContext)
      diagnostics += seedsContext.diagnostics
      for diagnostic in sweep.diagnostics where !diagnostics.contains(diagnostic) {
        diagnostics.append(diagnostic)
      }
      if let base, diagnostics.isEmpty {
        let sources = context.sources.mapValues { $0 == file ? SpecSource.spec : .extends($0) }
        resolved = ResolvedSpec(
          spec: base, variants: tree["sweep"] == nil ? [base] : sweep.variants,
          hasSweep: tree["sweep"] != nil, sources: sources, files: order,
          sweptKeys: (tree["sweep"]?.entries ?? []).map { SweepExpander.printedKey($0.key) },
          seeds: seeds)
      }
    }
    if let resolved { return resolved }
    throw SpecDiagnostics(sorted(diagnostics))
  }

  /// File order (the spec, then what it extends), then line and column; source lines filled in.
  private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let rank = { (file: String) in order.firstIndex(of: file) ?? 0 }
    let filled = diagnostics.map { diagnostic -> Diagnostic in
      var d = diagnostic
      if d.sourceLine == nil { d.sourceLine = sources[d.location.file]?.line(d.location.line) }
      return d
    }
    return filled.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      let keyA = (rank(x.file), x.line, x.column, a.offset)
      let keyB = (rank(y.file), y.line, y.column, b.offset)
      return keyA < keyB
    }.map(\.element)
  }
}
