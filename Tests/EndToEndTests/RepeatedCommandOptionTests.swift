import Foundation
import TestSupport
import Testing

/// `-c` given more than once: each is a line, run in order in one session.
@Suite struct RepeatedCommandOptionTests {
    @Test("-c A -c B runs A then B (a second -c once silently replaced the first); errors name the line")
    func inOrder() throws {
        let both = try muniplan(["-c", "assign advisor 福島市", "-c", "format csv; coverage advisor"])
        #expect(both.status == 0, "\(both)")
        #expect(both.stdout.contains("福島市"))
        let joined = try muniplan(["-c", "assign advisor 福島市; format csv; coverage advisor"])
        #expect(both.stdout.hasSuffix(joined.stdout.split(separator: "\n").suffix(3).joined(separator: "\n") + "\n"))
        let failing = try muniplan(["-c", "kpi", "-c", "show nosuch"])
        #expect(failing.status != 0)
        #expect(failing.stderr.hasPrefix("-c:2: "), "\(failing.stderr)")
    }
}
