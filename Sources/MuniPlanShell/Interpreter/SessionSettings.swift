/// How the session was started: what scripts may read and write, and whether a person is
/// at a prompt.
public struct SessionSettings: Sendable {
    /// Relative paths resolve from here.
    public var workingDirectory: String
    /// Folders scripts may write (and read) under besides the working directory (`--allow-write DIR`).
    public var allowWrite: [String]
    /// Folders scripts may read under besides those (`--allow-read DIR`).
    public var allowRead: [String]
    public var interactive: Bool
    /// Stop a script at the first failed `expect`.
    public var bail: Bool
    /// Go on after errors in scripts (reporting each).
    public var keepGoing: Bool
    /// `-q`: a scenario run prints only what `expect` says and the failures (notices and
    /// errors), not every command's tables and confirmations.
    public var quiet = false
    /// Output taller than the screen goes through a pager at the prompt (`pager on|off`,
    /// `--no-pager`); scripts never page, whatever this says.
    public var pager = true
    public var version: String
    /// Polled by long commands; true when the user pressed Ctrl-C.
    public var isInterrupted: @Sendable () -> Bool

    public init(workingDirectory: String, allowWrite: [String] = [], allowRead: [String] = [], interactive: Bool = false, bail: Bool = false,
                keepGoing: Bool = false, version: String = MuniPlanVersion.current,
                isInterrupted: @escaping @Sendable () -> Bool = { false }) {
        self.workingDirectory = workingDirectory
        self.allowWrite = allowWrite
        self.allowRead = allowRead
        self.interactive = interactive
        self.bail = bail
        self.keepGoing = keepGoing
        self.version = version
        self.isInterrupted = isInterrupted
    }
}

public enum MuniPlanVersion {
    public static let current = "0.1.0"
}
