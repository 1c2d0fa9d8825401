#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with POSIX calls, refusing it before reading when it is larger than
/// the input limit.
enum FileBytes {
    static func load(path: String, displayName: String, limit: Int) throws(YAMLError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(displayName, "cannot open: \(systemError())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw failure(displayName, "cannot stat: \(systemError())")
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw failure(displayName, "is a directory") }
        let expected = Int(info.st_size)
        guard expected <= limit else {
            throw YAMLLoader.inputTooLarge(file: displayName, size: expected, limit: limit)
        }
        // Read up to one byte past the limit so a file that grows while being read is caught.
        var bytes = [UInt8](repeating: 0, count: max(expected, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw failure(displayName, "cannot read: \(systemError())")
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else {
            throw YAMLLoader.inputTooLarge(file: displayName, size: count, limit: limit)
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func failure(_ file: String, _ message: String) -> YAMLError {
        YAMLError(
            kind: .io, file: file, line: 0, column: 0, message: message,
            hint: "check the path and permissions")
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
