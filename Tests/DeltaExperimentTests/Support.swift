import DeltaExperiment
import DeltaSpec
import Foundation

/// A fresh temporary folder (removed by the caller's `defer`).
func temporaryDirectory(_ name: String) -> String {
  let path = NSTemporaryDirectory() + "deltac-exp-\(name)-\(UInt32.random(in: 0...UInt32.max))"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func quietOptions(_ dir: String, resume: Bool = false, stopAfter: Int? = nil) -> TrainOptions {
  TrainOptions(
    resultsDirectory: dir, resume: resume, stopAfterSteps: stopAfter, showProgress: false)
}
