import Testing
@testable import MuniPlan

/// Counts in sentences read as tables show them (`NumberText.grouped`): 14,572 bytes, in both languages.
@Suite struct NumberGroupingTests {
    @Test("thousands separators from four digits on, none below; a sign stays in front", arguments: [
        (0, "0"), (999, "999"), (1_000, "1,000"), (14_572, "14,572"), (206_591, "206,591"), (1_234_567, "1,234,567"), (-1_741, "-1,741"),
    ])
    func grouped(value: Int, expected: String) {
        #expect(NumberText.grouped(value) == expected)
    }

    @Test("an export's confirmation groups its byte count")
    func inASentence() {
        #expect(Message.Output.wroteExport(path: "c.csv", format: "csv", rows: NumberText.grouped(1_741), bytes: NumberText.grouped(206_591))
            .text(in: .japanese) == "c.csvを出力しました（csv、1,741行、206,591バイト）")
    }
}
