import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `items`: the plan's items, each with the measures serving it.
@Suite struct ItemsTests {
    @Test("every item with the measures serving it, — for none")
    func table() throws {
        let table = try makeInterpreter().run("items").tables[0]
        #expect(table.records.first?.cells == [.text("1(1)"), .text("職員の意識改革"), .text("seminar")])
        let item = try #require(table.records.first { $0.cells[0] == .text("1(5)") })
        #expect(item.cells[2] == .text("online-rate smart-city advisor ict-grant e-application"))
        #expect(table.records.first { $0.cells[0] == .text("2(1)") }?.cells[2] == .text("—"))
    }

    @Test("items takes no arguments")
    func arguments() throws {
        #expect(try makeInterpreter().failure("items x") == "items: unexpected 'x' — usage: items")
        #expect(try parsed("items") is ItemsCommand)
    }
}
