import TestSupport
import Testing
@testable import MuniPlanShell

/// The prompt shows the year being edited and marks unsaved changes.
@Suite struct PromptTests {
    @Test("the prompt names the fiscal year and marks an edited plan")
    func prompt() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.prompt == "muniplan R4> ")
            try interpreter.run("fy R5")
            #expect(interpreter.prompt == "muniplan R5> ")
            try interpreter.run("assign advisor hinoemata")
            #expect(interpreter.prompt == "muniplan R5*> ")
            try interpreter.run("save p.plan")
            #expect(interpreter.prompt == "muniplan R5> ")
            try interpreter.run("fy baseline")
            #expect(interpreter.prompt == "muniplan base> ")
            try interpreter.run("unassign advisor all")
            #expect(interpreter.prompt == "muniplan base> ")
            try interpreter.run("fy 2023; unassign advisor hinoemata")
            #expect(interpreter.prompt == "muniplan R5*> ")
            try interpreter.run("undo")
            #expect(interpreter.prompt == "muniplan R5> ")
        }
    }

    @Test("looking things up does not mark the plan")
    func lookupsDoNotMark() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("bodies; show hinoemata; kpi; districts; items; measures; weights; help; format csv; snapshot x")
        #expect(interpreter.prompt == "muniplan R4> ")
    }
}
