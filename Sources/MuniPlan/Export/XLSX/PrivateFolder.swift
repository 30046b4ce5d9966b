#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder only this user can enter (`mkdtemp`, 0700) under `$TMPDIR` or /tmp, where
/// libxlsxwriter writes the workbook and its own temporaries; removed with what it holds.
struct PrivateFolder {
    let path: String

    init() throws(XLSXError) {
        let parent = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((parent + "/muniplan-xlsx-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else { throw XLSXError.temporaryFolder(folder: parent, code: errno) }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The whole of a file in the folder, read as every input is (no links, regular files).
    func read(_ name: String) throws(XLSXError) -> [UInt8] {
        do {
            return try FileLocation.resolve(path + "/" + name, relativeTo: nil).read().bytes
        } catch {
            throw XLSXError.temporaryFolder(folder: path, code: error.code)
        }
    }

    /// Removes the folder and the files in it (it holds no folders). Best effort.
    func remove() {
        if let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != ".", name != ".." { _ = unlink(path + "/" + name) }
            }
            closedir(directory)
        }
        _ = rmdir(path)
    }
}
