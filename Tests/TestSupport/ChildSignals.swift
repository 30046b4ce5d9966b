import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a test starts a child as a shell would: the test thread blocks signals (SIGINT among
/// them) and a child inherits the mask, so it gets an empty one and the default action for
/// the signals given. The caller destroys the attributes after posix_spawn.
public enum ChildSignals {
    public static func attributes(defaults signals: [Int32]) -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in signals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }
}
