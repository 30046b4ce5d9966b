import Foundation
import TestSupport
import Testing
@testable import MuniPlanShell

/// docs/commands.md is the registry's reference, generated: it fails when out of date.
@Suite struct CommandReferenceTests {
    static let file = repositoryRoot.appendingPathComponent("docs/commands.md")

    @Test("docs/commands.md is what the registry generates (MUNIPLAN_RECORD_DOCS=1 writes it)")
    func upToDate() throws {
        let generated = CommandReference.markdown()
        if ProcessInfo.processInfo.environment["MUNIPLAN_RECORD_DOCS"] == "1" {
            try Data(generated.utf8).write(to: Self.file)
            return
        }
        let onDisk = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(onDisk == generated, "docs/commands.md is out of date: MUNIPLAN_RECORD_DOCS=1 swift test --filter CommandReference")
    }

    @Test("every command, its usage and each example are in the reference")
    func complete() {
        let text = CommandReference.markdown()
        for spec in CommandRegistry.all {
            #expect(text.contains("### `\(spec.name)`"), "\(spec.name)")
            #expect(text.contains("    " + spec.usage + "\n"), "\(spec.name)")
            for example in spec.examples { #expect(text.contains("    " + example + "\n"), "\(example)") }
        }
    }
}
