import DeltaSpec

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The learning rate of each optimizer step (0-based step i of `total`):
/// - warmup (i < w): `lr (i + 1) / w`, linear from lr/w up to lr (a 0 rate would waste a step);
/// - then constant `lr`, or cosine from lr down to `min_lr` over the remaining steps, as PyTorch's
///   CosineAnnealingLR with T_max = total - w, stepped per batch (reference 5.1):
///   `min_lr + (lr - min_lr) (1 + cos(pi (i - w) / (total - w))) / 2`.
public struct LRSchedule: Sendable, Equatable {
  public let peak: Double
  public let schedule: TrainSpec.Schedule
  public let totalSteps: Int

  public init(peak: Double, schedule: TrainSpec.Schedule, totalSteps: Int) {
    self.peak = peak
    self.schedule = schedule
    self.totalSteps = totalSteps
  }

  public func lr(at step: Int) -> Double {
    let w = schedule.warmupSteps
    if step < w { return peak * Double(step + 1) / Double(w) }
    switch schedule.kind {
    case .constant: return peak
    case .cosine:
      let span = max(1, totalSteps - w)
      let progress = min(1, Double(step - w) / Double(span))
      return schedule.minLR + (peak - schedule.minLR) * (1 + cos(Double.pi * progress)) / 2
    }
  }
}
