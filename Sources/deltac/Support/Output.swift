import Foundation

/// Where the CLI writes (DESIGN.md): data on stdout, progress and diagnostics on stderr.
enum Output {
  /// Text to stderr as it is (callers end lines with "\n").
  static func stderr(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// One progress line to stderr.
  static func progress(_ line: String) { stderr(line + "\n") }

  /// One line of data to stdout, written at once (a long benchmark killed midway keeps what it
  /// printed).
  static func line(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
