@testable import MuniPlan

/// The first problem the TOML check finds in `text`, named as `file`; nil when it passes.
func tomlProblem(_ text: String, file: String) -> DataIssue? {
    do throws(DataError) {
        try TOMLSyntax.check(text, file: file)
        return nil
    } catch {
        return error.issues.first
    }
}
