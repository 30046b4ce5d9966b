import Foundation
import MuniPlan
import MuniPlanShell
import Testing

// Interpreters over the bundled data, as the executable makes them.

/// A fresh interpreter over the bundled data, relative paths resolving from `directory`.
public func makeInterpreter(workingDirectory directory: String = FileManager.default.temporaryDirectory.path,
                            allowWrite: [String] = [], allowRead: [String] = [], interactive: Bool = false) throws -> Interpreter {
    try makeInterpreter(over: try bundledDataset(), workingDirectory: directory, allowWrite: allowWrite, allowRead: allowRead,
                        interactive: interactive)
}

/// A fresh interpreter over `dataset`.
public func makeInterpreter(over dataset: Dataset, workingDirectory directory: String = FileManager.default.temporaryDirectory.path,
                            allowWrite: [String] = [], allowRead: [String] = [], interactive: Bool = false) throws -> Interpreter {
    Interpreter(session: Session(dataset: dataset),
                settings: SessionSettings(workingDirectory: directory, allowWrite: allowWrite, allowRead: allowRead,
                                          interactive: interactive))
}

/// A fresh interpreter that has run the FY2022 plan (scenarios/fy2022-plan.plan).
public func makePlannedInterpreter(workingDirectory directory: String = FileManager.default.temporaryDirectory.path) throws -> Interpreter {
    let interpreter = try makeInterpreter(workingDirectory: directory)
    try interpreter.run("run \(Lexer.quote(repositoryRoot.appendingPathComponent("scenarios/fy2022-plan.plan").path))")
    return interpreter
}
