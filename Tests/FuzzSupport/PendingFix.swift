import Foundation

/// Findings whose fix is on a branch not yet merged (none now: every fix of issue #11 is in): a crash at
/// one of these sites, or a message of one of these shapes, is recorded as a known issue
/// and counted in the summary (muniplan-fuzz lets such a message pass); anything else fails
/// the test. Remove an entry once its
/// branch is merged (the fuzz tests then hold the fix in place).
public enum PendingFix {
    /// Crash site (file name, as FuzzOutcome.crashSite gives it) → what and where it is fixed.
    public static let crashSites: [String: String] = [:]

    /// A message off the contract (MessageContract's text of it) → what and where it is fixed.
    public static let messages: [(pattern: String, reason: String)] = []

    public static func reason(forCrashAt site: String?) -> String? {
        guard let site else { return nil }
        return crashSites.first { site.hasPrefix($0.key + ":") }?.value
    }

    public static func reason(forMessage problem: String) -> String? {
        messages.first { problem.range(of: $0.pattern, options: .regularExpression) != nil }?.reason
    }
}
