import Foundation

// Where the checkout's folders are, found once from this file's path: every test target
// finds Data/, scenarios/ and the golden files the same way.

/// …/Tests/TestSupport/RepositoryFolders.swift → the checkout's root.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // root

/// The bundled data directory, `Data/` in the checkout.
public let bundledDataDirectory: URL = repositoryRoot.appendingPathComponent("Data")

/// `../shared/reference` beside the checkout (only on machines that have it).
public let referenceDirectory: URL = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared").appendingPathComponent("reference")

/// Whether the reference folder exists, for `.enabled(if:)`.
public let referenceAvailable: Bool = {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: referenceDirectory.path, isDirectory: &isDirectory)
        && isDirectory.boolValue
}()
