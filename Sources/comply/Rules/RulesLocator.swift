import Foundation

/// Finds the bundled rule packs (the repository's `Rules/` folder), so that
/// `swift run comply check Examples/profiles/X.yaml` works on a fresh clone and an
/// installed binary finds the packs shipped beside it.
///
/// In order:
/// 1. `COMPLY_RULES`, when set (it must then be a folder, or it is an error: a user who
///    set it meant it);
/// 2. `Rules/` next to the current directory's `Package.swift`;
/// 3. the first `Rules/` found walking up from the executable's real path
///    (`.build/debug/comply` → the package root).
///
/// A `Rules/` folder counts only when it holds `schema/profile.schema.yaml`, so an
/// unrelated folder of that name is not taken for the packs.
struct RulesLocator {
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var currentDirectory: String = FileManager.default.currentDirectoryPath
    /// The running executable's path; `/proc/self/exe` on Linux, else `argv[0]`.
    var executablePath: String? = RulesLocator.runningExecutable()

    /// The schema file, relative to a rules folder.
    static let schemaPath = "schema/profile.schema.yaml"

    struct NotFound: Error, CustomStringConvertible {
        var description: String
    }

    func locate() -> Result<String, NotFound> {
        if let override = environment["COMPLY_RULES"], !override.isEmpty {
            guard Self.isDirectory(override) else {
                return .failure(
                    NotFound(
                        description: "COMPLY_RULES=\(override): error: no such folder\n"
                            + "  hint: point COMPLY_RULES at a folder of rule packs with schema/profile.schema.yaml, or unset it"
                    ))
            }
            return .success(override)
        }
        let here = URL(fileURLWithPath: currentDirectory)
        if FileManager.default.fileExists(atPath: here.appendingPathComponent("Package.swift").path),
            let rules = Self.rules(in: here)
        {
            return .success(Self.display(rules, relativeTo: here))
        }
        if let executablePath {
            var directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
                .deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                if let rules = Self.rules(in: directory) {
                    return .success(Self.display(rules, relativeTo: here))
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return .failure(
            NotFound(
                description:
                    "error: cannot find the bundled rule packs (a Rules/ folder with \(Self.schemaPath))\n"
                    + "  hint: run comply from the package folder, pass --packs PATH, or set COMPLY_RULES=/path/to/Rules"
            ))
    }

    private static func rules(in directory: URL) -> URL? {
        let rules = directory.appendingPathComponent("Rules")
        let schema = rules.appendingPathComponent(schemaPath)
        return FileManager.default.fileExists(atPath: schema.path) ? rules : nil
    }

    /// `Rules` when it is under the current directory (messages then show short paths
    /// such as `Rules/sps/…:12:5`), else the absolute path.
    private static func display(_ rules: URL, relativeTo directory: URL) -> String {
        let base = directory.standardizedFileURL.path
        let path = rules.standardizedFileURL.path
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    static func runningExecutable() -> String? {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return path
            }
        #endif
        return CommandLine.arguments.first
    }
}
