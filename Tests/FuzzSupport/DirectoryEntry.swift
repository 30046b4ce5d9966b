#if canImport(Glibc)
import Glibc
#endif

/// The name of an entry `readdir` returned, as bytes, read in place. A `dirent` in readdir's
/// buffer is only as long as its name needs: copying the struct (`entry.pointee.d_name`, 256
/// bytes) reads past the end of the buffer at its last entry, which AddressSanitizer reports
/// as a heap-buffer-overflow.
public enum DirectoryEntry {
    public static func name(_ entry: UnsafePointer<dirent>) -> [UInt8] {
        let start = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self)
        return Array(UnsafeRawBufferPointer(start: start, count: strlen(start)))
    }
}
