import Foundation

/// Runs the built `comply` executable, as a user would.
///
/// The binary sits in the products directory, next to the test bundle (the parent of
/// `ComplyPackageTests.xctest`), whatever `--scratch-path` the build used; `COMPLY_BINARY`
/// overrides the search.
struct ComplyBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    enum LocateError: Error, CustomStringConvertible {
        case notFound([String])
        var description: String {
            if case .notFound(let places) = self {
                return "no comply binary in: \(places.joined(separator: ", ")); build it with `swift build`"
            }
            return ""
        }
    }

    let url: URL

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["COMPLY_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("comply"))
        }
        // On Linux the test bundle is an executable: the products directory holds it.
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("comply"))
        if let first = CommandLine.arguments.first {
            let executable = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("comply"))
        }
        candidates.append(Self.packageRoot.appendingPathComponent(".build/debug/comply"))
        guard
            let found = candidates.first(where: {
                FileManager.default.isExecutableFile(atPath: $0.path)
            })
        else { throw LocateError.notFound(candidates.map(\.path)) }
        url = found
    }

    /// Runs `comply` with `arguments` in `directory` (the package root by default), with
    /// `NO_COLOR` set, no `COMPLY_RULES` from the caller's environment, and `extra` added.
    func run(
        _ arguments: [String], in directory: URL = ComplyBinary.packageRoot,
        environment extra: [String: String] = [:]
    ) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "comply-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "COMPLY_RULES")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// A temporary directory for input files, removed when the value is released.
final class TemporaryFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "comply-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `text` to `name` and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
