import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17, end to end through the binary: each finding of "Never lose a run" as a command.
@Suite(.serialized) struct RunSafetyCommands {
  /// A word-problem spec whose run takes well under a second: checkpoints at 2, 4, 6.
  static let spec = """
    model:
      hidden_size: 16
      num_hidden_layers: 1
      num_heads: 2
      head_dim: 8
      intermediate_size: 32
      vocab_size: auto
    task: {kind: word_problem, group: S3, train_length: 8, test_length: 8, test_samples: 8}
    train: {steps: 6, batch_size: 8, seed: 3, checkpoint_every: 2, warmup_steps: 1}
    eval: {lengths: [8], samples: 8, batch_size: 8, every: none}
    compile: {threads: 1}

    """

  static func scratch(_ spec: String = spec) throws -> InteropScratch {
    let s = try InteropScratch()
    try spec.write(toFile: s.path("run.yaml"), atomically: true, encoding: .utf8)
    return s
  }

  static func mount(_ options: String, at path: String) -> Bool {
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/mount")
    p.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", path]
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  static func unmount(_ path: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/umount")
    p.arguments = [path]
    try? p.run()
    p.waitUntilExit()
  }

  /// Finding 1: a full disk stops the run with exit 2 naming the file and "no space left on device";
  /// metrics.jsonl keeps whole lines, the last checkpoint is intact and --resume finishes the run.
  @Test func fullDiskStopsWithExitTwoAndARunThatResumes() throws {
    let s = try Self.scratch()
    try s.ok(["run", "run.yaml", "--out", "probe", "--quiet"])
    let checkpoint = try s.bytes("probe/checkpoints/step-000006.safetensors").count
    let disk = s.path("full")
    guard Self.mount("size=\(max(256, 4 * checkpoint / 1024 + 64))k", at: disk) else {
      print("skipped fullDiskStopsWithExitTwoAndARunThatResumes: mounting a tmpfs needs root")
      return
    }
    defer { Self.unmount(disk) }
    // Room for the run's small files and two checkpoints, not a third (written before the prune).
    var info = statvfs()
    #expect(statvfs(disk, &info) == 0)
    let free = Int(info.f_bavail) * Int(info.f_frsize)
    let filler = free - (2 * checkpoint + checkpoint / 2 + 8192)
    try Data(count: max(0, filler)).write(to: URL(fileURLWithPath: disk + "/filler"))
    let r = try s.run(["run", "run.yaml", "--out", "full/out", "--quiet"])
    #expect(r.status == 2, "\(r.stderr)")
    #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("errno"), "\(r.stderr)")
    #expect(
      r.stderr.contains(
        ": no space left on device; the newest checkpoint full/out/checkpoints/step-"),
      "\(r.stderr)")
    let metrics = try String(contentsOfFile: disk + "/out/metrics.jsonl", encoding: .utf8)
    #expect(metrics.hasSuffix("}\n"))
    try FileManager.default.removeItem(atPath: disk + "/filler")
    let resumed = try s.run(["run", "run.yaml", "--out", "full/out", "--resume", "--quiet"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let inspect = try s.run(["inspect", "full/out/checkpoints/step-000006.safetensors"])
    #expect(inspect.stdout.contains("metadata step = 6\n"), "\(inspect.stdout)")
  }

  /// Finding 8: a read-only folder says so in words (no NSCocoaErrorDomain), exit 1.
  @Test func readOnlyFolderIsSaidInWords() throws {
    let s = try Self.scratch()
    let disk = s.path("ro")
    guard Self.mount("ro,size=64k", at: disk) else {
      print("skipped readOnlyFolderIsSaidInWords: mounting a tmpfs needs root")
      return
    }
    defer { Self.unmount(disk) }
    let r = try s.run(["run", "run.yaml", "--out", "ro/out", "--quiet"])
    #expect(r.status == 1)
    #expect(
      r.stderr == "ro/out: error: results folder: cannot create the folder: read-only file system\n"
    )
  }

  /// Finding 8: --out naming a file, exit 1 in words.
  @Test func outNamingAFileIsExitOne() throws {
    let s = try Self.scratch()
    try "x".write(toFile: s.path("afile"), atomically: true, encoding: .utf8)
    let r = try s.run(["run", "run.yaml", "--out", "afile", "--quiet"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "afile: error: results folder: is a file; expected a folder (or a path that does not exist)\n"
    )
  }

  /// A language model whose corpus a command makes (`task.made_by`) and is missing: the error and
  /// its hint are all `deltac run` says (no spec table first), and no results folder is made.
  @Test func missingCorpusIsTheOnlyThingSaid() throws {
    let s = try Self.scratch(
      """
      model: {hidden_size: 32, num_heads: 2, head_dim: 16}
      task: {kind: language_model, path: corpus.txt, made_by: make corpus}

      """)
    let r = try s.run(["run", "run.yaml", "--out", "out"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "run: error: task: no such text file '\(s.path("corpus.txt"))'\n"
        + "hint: the spec says `make corpus` makes it (task.made_by)\n")
    #expect(!FileManager.default.fileExists(atPath: s.path("out")))
  }

  /// Finding 2: a second run into a folder that a live process has locked refuses, naming it.
  @Test func lockedFolderRefusesNamingThePid() throws {
    let s = try Self.scratch()
    try FileManager.default.createDirectory(
      atPath: s.path("out"), withIntermediateDirectories: true)
    let fd = open(s.path("out/.lock"), O_RDWR | O_CREAT, 0o644)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let pid = "\(getpid())\n"
    _ = pid.withCString { write(fd, $0, strlen($0)) }
    let r = try s.run(["run", "run.yaml", "--out", "out", "--quiet"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "error: out: error: the results folder is in use by another run (process \(getpid()) holds out/.lock); wait for it to end, or give this run another folder with --out\n"
        || r.stderr
          == "out: error: the results folder is in use by another run (process \(getpid()) holds out/.lock); wait for it to end, or give this run another folder with --out\n",
      "\(r.stderr)")
    #expect(!s.exists("out/spec.yaml") && !s.exists("out/metrics.jsonl"))
  }

  /// Finding 3: a run without --resume into a finished run's folder refuses (exit 1) and keeps it;
  /// --overwrite replaces it. --resume with a changed spec names the keys and offers --out.
  @Test func forgottenResumeRefusesAndOverwriteReplaces() throws {
    let s = try Self.scratch()
    try s.ok(["run", "run.yaml", "--out", "out", "--quiet"])
    let before = try s.bytes("out/checkpoints/step-000006.safetensors")
    let r = try s.run(["run", "run.yaml", "--out", "out", "--quiet"])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "out: error: the folder holds the checkpoints of an earlier run (newest: step 6, out/checkpoints/step-000006.safetensors)\nhint: continue that run with --resume, or replace it with --overwrite (its files are removed once this run writes its first checkpoint), or give this run another folder with --out\n"
    )
    #expect(try s.bytes("out/checkpoints/step-000006.safetensors") == before)
    try Self.spec.replacingOccurrences(of: "seed: 3", with: "seed: 4")
      .write(toFile: s.path("changed.yaml"), atomically: true, encoding: .utf8)
    let changed = try s.run(["run", "changed.yaml", "--out", "out", "--resume", "--quiet"])
    #expect(changed.status != 0)
    #expect(changed.stderr.contains("  train.seed: checkpoint 3, spec 4\n"), "\(changed.stderr)")
    #expect(changed.stderr.contains("give it another folder with --out DIR"), "\(changed.stderr)")
    try s.ok(["run", "changed.yaml", "--out", "out", "--overwrite", "--quiet"])
    #expect(try s.bytes("out/checkpoints/step-000006.safetensors") != before)
    #expect(!s.exists("out/.overwritten"))
  }

  /// Finding 6: --resume of a finished run says so instead of "final batch loss nan".
  @Test func resumingAFinishedRunSaysSo() throws {
    let s = try Self.scratch()
    try s.ok(["run", "run.yaml", "--out", "out", "--quiet"])
    let r = try s.run(["run", "run.yaml", "--out", "out", "--resume"])
    #expect(r.status == 0)
    #expect(!r.stderr.contains("nan"), "\(r.stderr)")
    #expect(
      r.stderr.contains(
        "the run had already finished (step 6 of 6); nothing to train, evaluating its last checkpoint\n"
      ),
      "\(r.stderr)")
    #expect(r.stderr.contains("no step trained (the run had already finished)"), "\(r.stderr)")
  }

  /// Finding 4: an impossible size is refused before anything is allocated, exit 1, with the
  /// estimate and the keys that drive it; check warns with the same estimate.
  @Test func impossibleSizeIsRefusedWithTheEstimate() throws {
    let s = try Self.scratch(
      Self.spec.replacingOccurrences(of: "batch_size: 8, seed", with: "batch_size: 10000000, seed"))
    let r = try s.run(["run", "run.yaml", "--out", "out", "--quiet", "--max-memory", "8G"])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("run: error: needs about ") == true, "\(r.stderr)")
    #expect(
      lines.first?.hasSuffix(" of memory, more than the 8.59 GB given by --max-memory:") == true,
      "\(r.stderr)")
    #expect(
      lines.dropFirst().first?.hasPrefix("  training activations") == true
        && lines.dropFirst().first?.hasSuffix(
          "(train.batch_size 10000000 x task.train_length 8, model.hidden_size 16, model.num_hidden_layers 1)"
        ) == true,
      "\(r.stderr)")
    #expect(
      lines.last
        == "hint: lower train.batch_size or task.train_length (or model.hidden_size); --max-memory SIZE sets the limit (e.g. --max-memory 64G)"
    )
    #expect(!s.exists("out"))
    // Without --max-memory: the machine's available memory (no machine has the 200+ GB it needs).
    let machine = try s.run(["run", "run.yaml", "--out", "out", "--quiet"])
    #expect(machine.status == 1)
    #expect(machine.stderr.contains(" available on this machine:\n"), "\(machine.stderr)")
    let check = try s.run(["check", "run.yaml", "--max-memory", "8G"])
    #expect(check.status == 0)
    #expect(check.stdout.hasPrefix("ok  run.yaml"))
    #expect(check.stderr.hasPrefix("run: warning: needs about "), "\(check.stderr)")
    #expect(check.stderr.contains(String(lines.dropFirst().first ?? "-")), "\(check.stderr)")
  }

  /// Finding 5: forward refuses to write its logits over an input (the model's weights), exit 1.
  @Test func forwardNeverOverwritesItsInput() throws {
    let s = try InteropScratch()
    try s.ok(["init", "tiny.yaml", "--out", "init.safetensors"])
    try s.ok(["export", "tiny.yaml", "--checkpoint", "init.safetensors", "--to", "model"])
    try s.writeTokens("ids.safetensors", [[1, 2, 3]])
    let weights = try s.bytes("model/model.safetensors")
    let r = try s.run([
      "forward", "model", "--tokens", "ids.safetensors", "--out", "model/model.safetensors",
    ])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "model/model.safetensors: error: --out would overwrite model/model.safetensors, a file of the model model, an input of this command; give another path\n"
    )
    #expect(try s.bytes("model/model.safetensors") == weights)
    let tokens = try s.run([
      "forward", "model", "--tokens", "ids.safetensors", "--out", "./ids.safetensors",
    ])
    #expect(tokens.status == 1)
    #expect(
      tokens.stderr.contains("--out would overwrite the token ids ids.safetensors"),
      "\(tokens.stderr)")
    // Finding 4 for forward: the interpreter's memory for these rows, checked before it runs.
    let big = try s.run([
      "forward", "model", "--tokens", "ids.safetensors", "--out", "logits.safetensors",
      "--max-memory", "50M",
    ])
    #expect(big.status == 1)
    #expect(
      big.stderr.hasPrefix("ids.safetensors: error: input_ids [1, 3] need about ")
        && big.stderr.hasSuffix(
          ", more than the 52.4 MB given by --max-memory; give fewer or shorter rows\n"),
      "\(big.stderr)")
    #expect(!s.exists("logits.safetensors"))
    try s.ok(["forward", "model", "--tokens", "ids.safetensors", "--out", "logits.safetensors"])
  }

  /// Finding 8: a device, a fifo, an empty or 2-byte corpus fail `check` (exit 1), not `run` with 2.
  @Test(arguments: ["/dev/zero", "fifo", "empty.txt", "two.txt"])
  func badCorpusFailsCheck(_ corpus: String) throws {
    let s = try Self.scratch()
    #expect(mkfifo(s.path("fifo"), 0o644) == 0)
    try "".write(toFile: s.path("empty.txt"), atomically: true, encoding: .utf8)
    try "ab".write(toFile: s.path("two.txt"), atomically: true, encoding: .utf8)
    try """
    model: {hidden_size: 16, num_hidden_layers: 1, num_heads: 2, head_dim: 8}
    task: {kind: language_model, path: \(corpus), train_length: 8, test_length: 8}

    """.write(toFile: s.path("lm.yaml"), atomically: true, encoding: .utf8)
    let expected: String
    switch corpus {
    case "/dev/zero": expected = "error: '/dev/zero' is a device\n"
    case "fifo": expected = "error: 'fifo' is not a regular file (a fifo or other special file)\n"
    case "empty.txt": expected = "expected at least 9 bytes (task.train_length + 1), found 0\n"
    default: expected = "expected at least 9 bytes (task.train_length + 1), found 2\n"
    }
    for command in [["check", "lm.yaml"], ["run", "lm.yaml", "--quiet"]] {
      let r = try s.run(command)
      #expect(r.status == 1, "\(command): \(r.stderr)")
      #expect(r.stderr.contains(expected), "\(command): \(r.stderr)")
    }
  }

  /// A run started in the background (stderr to a file); returns when metrics.jsonl has 3 lines.
  static func background(_ s: InteropScratch, _ args: [String], out: String = "out") throws
    -> Process
  {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try #require(DeltacBinary.path))
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: s.dir)
    p.standardOutput = FileHandle.nullDevice
    _ = FileManager.default.createFile(atPath: s.path("stderr"), contents: nil)
    p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: s.path("stderr")))
    try p.run()
    for _ in 0..<600 {
      let text =
        (try? String(contentsOfFile: s.path(out + "/metrics.jsonl"), encoding: .utf8)) ?? ""
      if text.split(separator: "\n").count >= 3 { break }
      usleep(50_000)
    }
    return p
  }

  /// Graceful stop: SIGINT finishes the step, writes a checkpoint and exits 130 saying how to resume;
  /// --resume continues from it. Two SIGTERMs: the second stops at once, exit 143.
  @Test func signalFinishesTheStepAndWritesACheckpoint() throws {
    let s = try Self.scratch(Self.spec.replacingOccurrences(of: "steps: 6", with: "steps: 100000"))
    let p = try Self.background(s, ["run", "run.yaml", "--out", "out", "--quiet"])
    kill(p.processIdentifier, SIGINT)
    p.waitUntilExit()
    #expect(p.terminationStatus == 130)
    let stderr = try String(contentsOfFile: s.path("stderr"), encoding: .utf8)
    let line = try #require(
      stderr.firstMatch(
        of:
          /run: stopped by SIGINT at step (\d+) of 100000; checkpoint out\/checkpoints\/step-(\d+).safetensors; continue with: deltac run run.yaml --out out --resume\n/
      ), "\(stderr)")
    #expect(Int(line.output.1) == Int(line.output.2))
    #expect(s.exists("out/checkpoints/step-\(line.output.2).safetensors"))
    let resumed = try s.run(["run", "run.yaml", "--out", "out", "--resume", "--stop-after", "1"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(
      resumed.stderr.contains("step-\(line.output.2).safetensors (step \(line.output.1) of 100000)")
    )

    // Steps of a few hundred ms (D 256, batch 128), so the second signal comes during the step.
    try Self.spec.replacingOccurrences(of: "steps: 6", with: "steps: 100000")
      .replacingOccurrences(of: "hidden_size: 16", with: "hidden_size: 256")
      .replacingOccurrences(of: "intermediate_size: 32", with: "intermediate_size: 512")
      .replacingOccurrences(of: "batch_size: 8, seed", with: "batch_size: 128, seed")
      .write(toFile: s.path("slow.yaml"), atomically: true, encoding: .utf8)
    let twice = try Self.background(
      s, ["run", "slow.yaml", "--out", "out2", "--quiet"], out: "out2")
    kill(twice.processIdentifier, SIGTERM)
    for _ in 0..<1000 {
      let text = (try? String(contentsOfFile: s.path("stderr"), encoding: .utf8)) ?? ""
      if text.contains("stopping after this step") { break }
      usleep(1000)
    }
    kill(twice.processIdentifier, SIGTERM)
    twice.waitUntilExit()
    #expect(twice.terminationStatus == 143)
    let stderr2 = try String(contentsOfFile: s.path("stderr"), encoding: .utf8)
    #expect(stderr2.contains("deltac: second signal: stopping at once"), "\(stderr2)")
  }

  /// No `try!` and no force unwrap on the I/O paths of the results folder and checkpoints.
  @Test func noTrapsOnIOPaths() throws {
    let files = [
      "Sources/DeltaExperiment/Reports/ResultsWriter.swift",
      "Sources/DeltaExperiment/Training/CheckpointStore.swift",
      "Sources/DeltaExperiment/Training/RunFolder.swift",
      "Sources/DeltaRuntime/Checkpoint/AtomicFile.swift",
      "Sources/DeltaRuntime/Checkpoint/FileIO.swift",
      "Sources/DeltaRuntime/Checkpoint/SafeTensorsWriter.swift",
      "Sources/DeltaRuntime/Checkpoint/MappedFile.swift",
      "Sources/DeltaRuntime/Checkpoint/OutputPath.swift",
    ]
    for file in files {
      let text = try String(contentsOfFile: DeltacBinary.repoRoot + "/" + file, encoding: .utf8)
      for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.split(separator: "//", maxSplits: 1).first.map(String.init) ?? ""
        let trap = code.contains("try!") || code.contains(/[\w\)\]]![^=]/) || code.hasSuffix("!")
        #expect(!trap, "\(file):\(i + 1): \(line)")
      }
    }
  }
}
