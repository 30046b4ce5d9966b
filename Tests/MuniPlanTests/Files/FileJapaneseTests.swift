import Foundation
import TestSupport
import Testing
@testable import MuniPlan

@Suite("File errors in Japanese")
struct FileJapaneseTests {
    @Test("a missing file to read is named in 「」")
    func notFound() throws {
        try withTemporaryFolder { folder in
            let policy = FileAccessPolicy(workingDirectory: folder.path)
            do throws(FileAccessError) {
                _ = try policy.checkRead("missing.plan").read()
                Issue.record("there is no missing.plan")
            } catch {
                #expect(error.message.text(in: .japanese) == "ファイル「missing.plan」がありません")
                #expect(error.description == "no such file: 'missing.plan'")
            }
        }
    }

    @Test("a write outside the working directory names the allowed folders and the option")
    func outsideAllowedArea() throws {
        try withTemporaryFolder { folder in
            let work = folder.path + "/work"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let policy = FileAccessPolicy(workingDirectory: work)
            do throws(FileAccessError) {
                _ = try policy.checkWrite("/etc/out.csv")
                Issue.record("/etc is outside")
            } catch {
                #expect(error.message.text(in: .japanese)
                        == "「/etc/out.csv」は、スクリプトが書き込めるフォルダー（\(work)）の外にあります。"
                        + "ほかのフォルダーを許可するには、muniplanを --allow-write DIR を付けて起動してください")
            }
        }
    }

    @Test("an existing file is not overwritten, and the message says how to replace it")
    func exists() {
        #expect(FileWriteError.exists(path: "out.csv").message.text(in: .japanese)
                == "「out.csv」は既にあります。上書きしません（置き換えるには --force を付けてください）")
    }

    @Test("a system error keeps the system's words after the Japanese sentence")
    func systemError() {
        let error = FileWriteError.system(path: "out.csv", operation: .flush, code: EIO)
        #expect(error.message.text(in: .japanese).hasPrefix("「out.csv」をディスクに書き出せません："))
        #expect(error.description.hasPrefix("cannot flush 'out.csv': "))
    }

    @Test("sizes read in bytes in Japanese, in MiB alike")
    func sizes() {
        #expect(InputLimits.size(10).text(in: .japanese) == "10バイト")
        #expect(InputLimits.size(1).description == "1 byte")
        #expect(InputLimits.size(4 << 20).text(in: .japanese) == "4 MiB")
    }
}
