import DeltaTasks
import Foundation

/// The `task` section. `kind` decides which other keys apply; defaults come from `TaskSpec.defaults(for:)`.
enum TaskDecoder {
  static let common = ["kind", "train_length", "test_length", "train_samples", "test_samples"]
  /// Keys that only one kind takes.
  static let specific: [String: String] = [
    "group": "word_problem", "brackets": "modular_arithmetic", "path": "language_model",
    "made_by": "language_model",
  ]
  static var keys: [String] { common + ["group", "brackets", "path", "made_by"] }

  static let groupHint =
    "groups are S<n> (symmetric), A<n> (alternating), Z<n> (cyclic), D<n> (dihedral, 2n elements) "
    + "and products such as S3xZ2"

  /// The task, or nil when its kind is missing or unknown (already reported).
  static func decode(_ r: SectionReader, root: SNode) -> TaskSpec? {
    guard let node = r.node else {
      if root["task"] != nil { return nil }  // present but not a mapping: already reported
      r.context.error(
        root.location, "missing section 'task'", detail: "expected a task: what the model learns",
        hint:
          "e.g. `task: {kind: word_problem, group: S3}`; kinds: \(TaskSpec.Kind.names.joined(separator: ", "))"
      )
      return nil
    }
    r.checkKeys(keys)
    guard r.has("kind") else {
      r.context.error(
        node.location, "missing key 'kind' in task",
        hint: "kind is one of \(TaskSpec.Kind.names.joined(separator: ", "))")
      return nil
    }
    guard let (kindName, _) = r.choice("kind", TaskSpec.Kind.names) else { return nil }
    for entry in node.entries ?? [] {
      if let owner = specific[entry.key], owner != kindName {
        r.context.error(
          entry.keyLocation, "key '\(entry.key)' does not apply to task kind \(kindName)",
          hint: "'\(entry.key)' is for kind \(owner)")
      }
    }
    guard let kind = kind(kindName, r) else { return nil }
    let d = TaskSpec.defaults(for: kind)
    var task = d
    task.trainLength = length(r, "train_length", d.trainLength)
    if case .languageModel(let path) = kind {
      task.madeBy = r.word("made_by", expected: "the command that makes the corpus")?.0
      corpusSize(r, path, task.trainLength.max)
    }
    task.testLength = length(r, "test_length", d.testLength)
    task.trainSamples = r.optionalInt("train_samples", d.trainSamples, none: ["online"])
    task.testSamples = r.int("test_samples", d.testSamples)
    return task
  }

  private static func kind(_ name: String, _ r: SectionReader) -> TaskSpec.Kind? {
    switch name {
    case "word_problem": return group(r).map { .wordProblem(group: $0) }
    case "parity": return .parity
    case "modular_arithmetic": return .modularArithmetic(brackets: r.bool("brackets", false))
    default: return path(r).map { .languageModel(path: $0) }
    }
  }

  private static func group(_ r: SectionReader) -> GroupName? {
    guard r.has("group") else {
      r.context.error(
        r.node?.location ?? SourceLocation.wholeFile(""), "missing key 'group' in task",
        detail: "expected a group for the word problem, e.g. S3", hint: groupHint)
      return nil
    }
    guard let (text, node) = r.word("group", expected: "a group name such as S3") else {
      return nil
    }
    switch GroupName.parse(text) {
    case .success(let group): return group
    case .failure(.malformed):
      let upper = text.uppercased().replacingOccurrences(of: "X", with: "x")
      let suggestion = (try? GroupName.parse(upper).get()).map { "did you mean '\($0)'? " } ?? ""
      r.context.error(
        node.location, "unknown group '\(ScalarValue.clip(text))'",
        detail: "expected a group name such as S3, A5, Z5, D4 or S3xZ2",
        hint: suggestion + groupHint)
    case .failure(.outOfRange(let factor, let allowed)):
      r.context.error(
        node.location, "group \(factor) is not supported", detail: "expected \(allowed)",
        hint: "the vocabulary is |G| + 7 tokens, so groups stay small")
    case .failure(.tooLarge(let order)):
      r.context.error(
        node.location, "group '\(text)' is too large",
        detail: "expected at most \(GroupName.maxOrder) elements, found at least \(order)")
    }
    return nil
  }

  /// `path:` of a byte-level corpus, relative to the file that names it; it must exist unless
  /// `made_by:` names the command that makes it (then run and eval check it, `TaskFactory`).
  private static func path(_ r: SectionReader) -> String? {
    guard let (text, node) = r.word("path", expected: "a path to a text file") else {
      if !r.has("path") {
        r.context.error(
          r.node?.location ?? SourceLocation.wholeFile(""), "missing key 'path' in task",
          detail: "expected the text file to train on",
          hint: "e.g. `path: data/tiny.txt` (relative to the spec)")
      }
      return nil
    }
    let resolved = Paths.absolute(text, relativeTo: Paths.directory(of: node.location.file))
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory)
    if !exists, r.has("made_by") { return resolved }
    guard exists, !isDirectory.boolValue else {
      r.context.error(
        node.location, "no such text file '\(ScalarValue.clip(text))'",
        detail: "looked for \(resolved)",
        hint: "paths are relative to the spec file that names them")
      return nil
    }
    let type =
      (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
    guard type == .typeRegular else {
      let what =
        type == .typeCharacterSpecial || type == .typeBlockSpecial
        ? "a device"
        : type == .typeSocket ? "a socket" : "not a regular file (a fifo or other special file)"
      r.context.error(
        node.location, "'\(ScalarValue.clip(text))' is \(what)",
        detail: "expected a text file (\(resolved))",
        hint: "the corpus is read whole: give a regular file")
      return nil
    }
    return resolved
  }

  /// A corpus must hold one training window: train_length + 1 bytes.
  private static func corpusSize(_ r: SectionReader, _ path: String, _ trainLength: Int) {
    guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size < trainLength + 1, let node = r.value("path")
    else { return }
    r.context.error(
      node.location, "text file '\(ScalarValue.clip(path))' is too short",
      detail: "expected at least \(trainLength + 1) bytes (task.train_length + 1), found \(size)",
      hint: "use a longer corpus or a shorter task.train_length")
  }

  /// `128` or `[min, max]`.
  private static func length(_ r: SectionReader, _ key: String, _ fallback: LengthRange)
    -> LengthRange
  {
    guard let node = r.value(key) else { return fallback }
    let what = "task.\(key)"
    if case .sequence(let items) = node.kind {
      guard items.count == 2 else {
        r.wrongType(key, node, expected: "a length or a range [min, max]")
        return fallback
      }
      let bounds = items.map { SectionReader.int($0, min: 1, what: what, context: r.context) }
      guard let lo = bounds[0], let hi = bounds[1] else { return fallback }
      guard lo <= hi else {
        r.context.error(
          node.location, "\(what) is an empty range",
          detail: "expected [min, max] with min <= max, found [\(lo), \(hi)]")
        return fallback
      }
      return LengthRange(lo, hi)
    }
    guard case .scalar = node.kind else {
      r.wrongType(key, node, expected: "a length or a range [min, max]")
      return fallback
    }
    return SectionReader.int(node, min: 1, what: what, context: r.context).map(
      LengthRange.init(exactly:))
      ?? fallback
  }
}
