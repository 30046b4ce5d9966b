/// What muniplan was doing with a file when a system call failed, named in the message
/// (`cannot flush 'out.csv': …`) in either language.
public enum FileOperation: Sendable, Equatable {
    case read
    case resolve
    case create
    /// A missing folder on the way to the file, as shown to the user.
    case createDirectory(String)
    case createTemporary
    case write
    case setPermissions
    case flush
    case close
    case replace

    /// `cannot {operation} '{path}'` / `「{path}」を{operation}できません`.
    func failed(path: String, reason: String) -> Message {
        switch self {
        case .read: Message.Files.cannotRead(path: path, reason: reason)
        case .resolve: Message.Files.cannotResolve(path: path, reason: reason)
        case .create: Message.Files.cannotCreate(path: path, reason: reason)
        case let .createDirectory(directory):
            Message.Files.cannotCreateDirectory(directory: directory, path: path, reason: reason)
        case .createTemporary: Message.Files.cannotCreateTemporary(path: path, reason: reason)
        case .write: Message.Files.cannotWrite(path: path, reason: reason)
        case .setPermissions: Message.Files.cannotSetPermissions(path: path, reason: reason)
        case .flush: Message.Files.cannotFlush(path: path, reason: reason)
        case .close: Message.Files.cannotClose(path: path, reason: reason)
        case .replace: Message.Files.cannotReplace(path: path, reason: reason)
        }
    }
}
