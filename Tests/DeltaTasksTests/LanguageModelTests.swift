import DeltaTasks
import Foundation
import Testing

@Suite struct LanguageModelTests {
  /// Writes `text` to a fresh temporary file and returns its path.
  func temporaryFile(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "deltatasks-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func windowsAreConsecutiveBytes() throws {
    let text = (0..<40).map { "line \($0): the quick brown fox jumps over the lazy dog\n" }.joined()
    let path = try temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = Array(text.utf8).map { Int32($0) }
    let task = try ByteLanguageModelTask(path: path, trainLength: 64, seed: 42)
    #expect(task.vocabSize == 256 && task.trainWidth == 64)
    let batch = task.trainBatch(step: 3, batchSize: 8)
    #expect(batch.batch == 8 && batch.length == 64)
    for b in 0..<8 {
      let inputs = Array(batch.inputs(row: b))
      let labels = Array(batch.labels(row: b))
      #expect(Array(inputs.dropFirst()) == Array(labels.dropLast()))
      let window = inputs + [labels.last!]
      let starts = (0...(bytes.count - 65)).filter { Array(bytes[$0..<($0 + 65)]) == window }
      #expect(!starts.isEmpty)
    }
    #expect(
      try ByteLanguageModelTask(path: path, trainLength: 64, seed: 42).trainBatch(
        step: 3, batchSize: 8) == batch)
    #expect(task.trainBatch(step: 4, batchSize: 8) != batch)
    let eval = try task.evalSet(length: 128, count: 3)
    #expect(eval.length == 128 && eval.supervisedCount == 3 * 128)
    #expect(try task.evalSet(length: 128, count: 3) == eval)
  }

  @Test func heldOutPart() throws {
    let text = String(repeating: "a", count: 900) + String(repeating: "b", count: 100)
    let bytes = Array(text.utf8)
    let task = try ByteLanguageModelTask(
      bytes: bytes, name: "ab", trainLength: 32, heldOutFraction: 0.1, seed: 1)
    #expect(task.heldOutBytes == 100)
    let eval = try task.evalSet(length: 50, count: 16)
    #expect(eval.inputs.allSatisfy { $0 == 98 })
    let train = task.trainBatch(step: 0, batchSize: 64)
    #expect(train.labels.allSatisfy { $0 == 97 })
    #expect(throws: TaskError.fileTooShort(path: "ab", bytes: 100, needed: 101)) {
      try task.evalSet(length: 100, count: 1)
    }
  }

  @Test func missingOrShortFiles() throws {
    #expect(throws: TaskError.fileNotFound(path: "/nonexistent/deltatasks.txt")) {
      try ByteLanguageModelTask(path: "/nonexistent/deltatasks.txt", trainLength: 8, seed: 1)
    }
    let path = try temporaryFile("0123456789")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: TaskError.fileTooShort(path: path, bytes: 10, needed: 17)) {
      try ByteLanguageModelTask(path: path, trainLength: 16, seed: 1)
    }
    #expect(
      "\(TaskError.fileTooShort(path: path, bytes: 10, needed: 17))".contains(
        "10 bytes, a window needs 17"))
    // Exactly T + 1 bytes: one window.
    let task = try ByteLanguageModelTask(path: path, trainLength: 9, seed: 1)
    let batch = task.trainBatch(step: 0, batchSize: 2)
    #expect(Array(batch.inputs(row: 1)) == Array("012345678".utf8).map { Int32($0) })
    #expect(Array(batch.labels(row: 1)) == Array("123456789".utf8).map { Int32($0) })
    #expect(throws: TaskError.self) {
      try ByteLanguageModelTask(path: NSTemporaryDirectory(), trainLength: 4, seed: 1)
    }
  }
}
