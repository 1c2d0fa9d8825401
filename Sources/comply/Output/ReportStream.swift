import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report too long to build in memory, written piece by piece into a temporary file next
/// to its destination and renamed over it by `commit()`: a reader sees the previous file
/// or the whole new one, never a part. Dropped without `commit()`, the temporary file is
/// removed.
final class ReportStream {
    private let path: String
    private let temporary: String
    private let handle: FileHandle
    private var committed = false

    init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).partial")
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            Self.fail(path, "cannot create \(temporary)")
        }
        self.handle = handle
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    func write(_ text: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            fail(error.localizedDescription)
        }
    }

    func commit() throws {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            fail(error.localizedDescription)
        }
        guard rename(temporary, path) == 0 else {
            fail(String(cString: strerror(errno)))
        }
        committed = true
    }

    /// Removes the temporary file, says why, and ends the run: nothing half-written stays.
    private func fail(_ reason: String) -> Never {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
        Self.fail(path, reason)
    }

    private static func fail(_ path: String, _ reason: String) -> Never {
        Terminal.standardError.line(
            "\(path): error: cannot write the report: \(reason)\n  hint: check that the folder is writable and has space"
        )
        exit(2)
    }
}
