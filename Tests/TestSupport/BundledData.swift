import Foundation
import MuniPlan

// The bundled data set, loaded once for every test that only reads it.

private let bundledLoad: Result<Dataset, DataError> = Result { () throws(DataError) -> Dataset in
    try DataLoader.load(directory: bundledDataDirectory.path)
}

/// The bundled data set (59 municipalities and one association), or the loader's error
/// (which names every problem) as a failure.
public func bundledDataset() throws -> Dataset {
    try bundledLoad.get()
}

/// A resolver over the bundled data set.
public func bundledResolver() throws -> BodyResolver {
    BodyResolver(dataset: try bundledDataset())
}

/// The text of a bundled data file.
public func bundledText(_ file: String) throws -> String {
    try String(contentsOf: bundledDataDirectory.appendingPathComponent(file), encoding: .utf8)
}
