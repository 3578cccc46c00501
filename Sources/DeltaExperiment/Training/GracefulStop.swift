import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `deltac run`'s graceful stop: the first SIGINT or SIGTERM lets the current step finish, then the
/// trainer writes a checkpoint and the command exits 130 / 143 saying how to resume; a second signal
/// ends the process at once (the newest checkpoint on disk is intact: writes are atomic). Not under
/// MPI, whose launcher's SIGTERM `TerminationNote` handles.
public enum GracefulStop {
  /// The signal that asked for a stop, 0 while none did (written by the handler, read between steps).
  nonisolated(unsafe) static var pending: Int32 = 0

  /// Installs the handlers for SIGINT and SIGTERM.
  public static func install() {
    guard !Launch.isMPI else { return }
    pending = 0
    // A parent may have started us with these signals blocked (the mask is inherited): unblock them.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    for s in [SIGINT, SIGTERM] {
      signal(s) { sig in
        if GracefulStop.pending != 0 {
          let text: StaticString =
            "\ndeltac: second signal: stopping at once (the newest checkpoint is intact)\n"
          _ = write(2, text.utf8Start, text.utf8CodeUnitCount)
          _exit(128 + sig)
        }
        GracefulStop.pending = sig
        let text: StaticString =
          "\ndeltac: stopping after this step to write a checkpoint (a second signal stops at once)\n"
        _ = write(2, text.utf8Start, text.utf8CodeUnitCount)
      }
    }
  }

  /// The signal received since `install`, if any.
  public static var requested: Int32? { pending == 0 ? nil : pending }

  /// `SIGINT` / `SIGTERM`.
  public static func name(_ signal: Int32) -> String {
    signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"
  }
}
