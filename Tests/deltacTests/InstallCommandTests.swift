import Foundation
import Testing

/// `deltac --version`: the version and the commit of the build, one line.
@Suite struct VersionCommand {
  @Test func versionNamesTheBuildsCommit() throws {
    let r = try DeltacBinary.run(["--version"])
    #expect(r.status == 0 && r.stderr == "")
    let match = try #require(
      r.stdout.wholeMatch(of: /(\d+)\.(\d+) \(git ([0-9a-f]{7,40}|unknown)\)\n/),
      "not 'MAJOR.MINOR (git COMMIT)': \(r.stdout)")
    let commit = String(match.3)
    guard FileManager.default.fileExists(atPath: DeltacBinary.repoRoot + "/.git") else { return }
    // Built from this checkout: the commit is one of its commits.
    let git = try DeltacBinary.run(
      ["cat-file", "-e", commit + "^{commit}"], executable: "/usr/bin/git")
    #expect(git.status == 0, "\(commit) is not a commit of \(DeltacBinary.repoRoot): \(git.stderr)")
  }
}

/// `make install`'s layout, from the built (debug) binary and a stand-in man page: `make
/// install-files` is the install step of `make install` without its builds, under a DESTDIR.
@Suite struct InstallLayout {
  @Test func installPutsEachFileWhereItsToolLooksAndUninstallRemovesThem() throws {
    let binary = try #require(DeltacBinary.path, "deltac is not built next to the tests")
    let dir = NSTemporaryDirectory() + "deltac-install-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let page = ".TH DELTAC 1\n.SH NAME\ndeltac\n"
    try page.write(toFile: dir + "/deltac.1", atomically: true, encoding: .utf8)
    let make = [
      "-s", "-C", DeltacBinary.repoRoot, "DESTDIR=\(dir)/root", "PREFIX=/opt/deltac",
      "DELTAC=\(binary)", "MANUAL=\(dir)/deltac.1",
    ]
    let installed = try DeltacBinary.run(make + ["install-files"], executable: "/usr/bin/make")
    #expect(installed.status == 0, "\(installed.stderr)")
    let root = dir + "/root/opt/deltac"
    let files = [
      "bin/deltac", "share/man/man1/deltac.1", "share/bash-completion/completions/deltac",
      "share/zsh/site-functions/_deltac", "share/fish/vendor_completions.d/deltac.fish",
    ]
    let found = try #require(FileManager.default.subpaths(atPath: root)).filter {
      var folder: ObjCBool = false
      return FileManager.default.fileExists(atPath: root + "/" + $0, isDirectory: &folder)
        && !folder.boolValue
    }
    #expect(Set(found) == Set(files))

    // The binary runs from there; the page is the one given.
    let version = try DeltacBinary.run(["--version"]).stdout
    #expect(try DeltacBinary.run(["--version"], executable: root + "/bin/deltac").stdout == version)
    #expect(try String(contentsOfFile: root + "/share/man/man1/deltac.1", encoding: .utf8) == page)
    // Each shell's script is for deltac: bash registers it, zsh and fish name it.
    let bash = try DeltacBinary.run(
      ["-c", "source \(root)/share/bash-completion/completions/deltac && complete -p deltac"],
      executable: "/bin/bash")
    #expect(bash.status == 0 && bash.stdout.hasPrefix("complete "), "\(bash)")
    #expect(bash.stdout.hasSuffix(" -F _deltac deltac\n"))
    let zsh = try String(
      contentsOfFile: root + "/share/zsh/site-functions/_deltac", encoding: .utf8)
    #expect(zsh.hasPrefix("#compdef deltac"))
    let fish = try String(
      contentsOfFile: root + "/share/fish/vendor_completions.d/deltac.fish", encoding: .utf8)
    #expect(fish.contains("complete -c 'deltac'"))

    let removed = try DeltacBinary.run(make + ["uninstall"], executable: "/usr/bin/make")
    #expect(removed.status == 0, "\(removed.stderr)")
    for file in files { #expect(!FileManager.default.fileExists(atPath: root + "/" + file)) }
  }
}
