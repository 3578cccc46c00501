import Foundation
import Testing

/// The optional browser: Debian's chromium (`apt-get install chromium`), or DELTAC_CHROMIUM.
enum HeadlessBrowser {
  static let path: String? = {
    let candidates =
      [ProcessInfo.processInfo.environment["DELTAC_CHROMIUM"]].compactMap { $0 }
      + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// A screenshot of `page` (1280 x 2400, no network beyond the file); returns the PNG's bytes.
  static func screenshot(_ page: String, to png: String) throws -> [UInt8] {
    let browser = try #require(path)
    let shot = try TorchPeer.run([
      "/usr/bin/timeout", "120", browser, "--headless", "--no-sandbox", "--disable-gpu",
      "--hide-scrollbars", "--window-size=1280,2400", "--screenshot=\(png)",
      URL(fileURLWithPath: page).absoluteString,
    ])
    try #require(shot.status == 0, "\(shot.output)")
    return Array(try Data(contentsOf: URL(fileURLWithPath: png)))
  }
}

/// summary.html in a real browser: it renders (a PNG of the page), and holds far more than a blank
/// page of the same size does (the table, the sweep's plot, each run's plot: about 7 times the
/// bytes here). DELTAC_KEEP_SCREENSHOT=file.png keeps the screenshot to look at.
@Suite(
  .serialized,
  .enabled(
    if: HeadlessBrowser.path != nil,
    "chromium is not installed (apt-get install chromium, or DELTAC_CHROMIUM=path)"))
struct SummaryPageBrowser {
  @Test func summaryPageRendersInChromium() throws {
    let s = try TinySweep.trained()
    try "<!DOCTYPE html><html><body></body></html>\n".write(
      toFile: s.path("blank.html"), atomically: true, encoding: .utf8)
    let blank = try HeadlessBrowser.screenshot(s.path("blank.html"), to: s.path("blank.png"))
    let page = try HeadlessBrowser.screenshot(s.path("sw/summary.html"), to: s.path("page.png"))
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    #expect(Array(page.prefix(8)) == png && Array(blank.prefix(8)) == png)
    // IHDR: width and height, big-endian, at bytes 16..<24.
    let size = { (b: [UInt8], at: Int) in b[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    #expect(size(page, 16) == 1280 && size(page, 20) == 2400)
    print("summary.html screenshot: \(page.count) bytes; a blank page: \(blank.count) bytes")
    #expect(page.count > 4 * blank.count, "\(page.count) bytes against \(blank.count) blank")
    if let keep = ProcessInfo.processInfo.environment["DELTAC_KEEP_SCREENSHOT"] {
      try Data(page).write(to: URL(fileURLWithPath: keep))
    }
  }
}
