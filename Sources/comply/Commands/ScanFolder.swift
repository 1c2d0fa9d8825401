import ArgumentParser
import Comply
import ComplyReports
import Foundation

/// The folder a scan writes to: the reports at the top, and in `.scan/` the manifest (the
/// options the scan was started with) and one saved outcome per profile. Every file is
/// written to a temporary name and renamed into place, so a reader, or a resumed scan,
/// sees a file whole or not at all.
struct ScanFolder {
    let root: String

    init(path: String) {
        root = (path as NSString).standardizingPath
    }

    var state: String { (root as NSString).appendingPathComponent(".scan") }
    private var outcomes: String { (state as NSString).appendingPathComponent("outcomes") }
    private var manifestPath: String { (state as NSString).appendingPathComponent("manifest.json") }

    /// Creates the folder, or checks that the scan in it is this one (`manifest`); with
    /// `restart`, an earlier scan's outcomes are removed first.
    func prepare(manifest: String, restart: Bool) throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
            fail("\(root): error: --out names a file, not a folder", hint: "choose a folder for the scan")
        }
        if restart {
            try? files.removeItem(atPath: state)
        } else if let earlier = try? String(contentsOfFile: manifestPath, encoding: .utf8),
            earlier != manifest
        {
            fail(
                "\(manifestPath): error: \(root) holds a scan made with other options ("
                    + Self.differences(earlier, manifest) + ")",
                hint: "add --restart to discard it, or choose another --out folder")
        }
        do {
            try files.createDirectory(atPath: outcomes, withIntermediateDirectories: true)
            try manifest.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        } catch {
            fail(
                "\(root): error: cannot create the scan folder: \(error.localizedDescription)",
                hint: "check the path and permissions")
        }
    }

    /// `as_of 2026-11-29 then, 2026-11-30 now`, for each option that differs.
    static func differences(_ earlier: String, _ now: String) -> String {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        }
        func show(_ value: Any?) -> String {
            switch value {
            case let list as [Any]: return list.map { "\($0)" }.joined(separator: " ")
            case let some?: return "\(some)"
            case nil: return "none"
            }
        }
        let before = object(earlier)
        let after = object(now)
        let keys = Set(before.keys).union(after.keys).sorted()
        let changed = keys.filter { show(before[$0]) != show(after[$0]) }
        guard !changed.isEmpty else { return "its manifest cannot be read" }
        return changed.map { "\($0) \(show(before[$0])) then, \(show(after[$0])) now" }.joined(
            separator: "; ")
    }

    /// Whether an earlier run saved the outcome of `file` as it is now: outcomes are named
    /// by the file's path and fingerprint, so this needs no reading.
    func hasOutcome(for file: String, fingerprint: String) -> Bool {
        FileManager.default.fileExists(atPath: outcomePath(for: file, fingerprint: fingerprint))
    }

    /// The saved outcome of `file` as it is now; nil when it cannot be read, which also
    /// removes it, so the next run scans the file again.
    func outcome(for file: String, fingerprint: String) -> ScanCommand.Outcome? {
        let path = outcomePath(for: file, fingerprint: fingerprint)
        guard let data = FileManager.default.contents(atPath: path),
            let outcome = try? JSONDecoder().decode(ScanCommand.Outcome.self, from: data),
            outcome.entry.file == file
        else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return outcome
    }

    func save(_ outcome: ScanCommand.Outcome) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let path = outcomePath(for: outcome.entry.file, fingerprint: outcome.entry.fingerprint)
        try encoder.encode(outcome).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Removes the outcomes of files that are no longer in the registry or have changed
    /// since, keeping those of `kept` (file and fingerprint).
    func removeOutcomes(except kept: [(file: String, fingerprint: String)]) {
        let names = Set(
            kept.map {
                (outcomePath(for: $0.file, fingerprint: $0.fingerprint) as NSString).lastPathComponent
            })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: outcomes)) ?? []
        where !names.contains(name) {
            try? FileManager.default.removeItem(atPath: (outcomes as NSString).appendingPathComponent(name))
        }
    }

    /// Writes one report at the top of the folder, whole.
    func write(_ name: String, _ text: String) throws {
        try ReportFile.write(text, to: (root as NSString).appendingPathComponent(name))
    }

    /// A report written piece by piece, renamed into place by `commit()`.
    func stream(_ name: String) throws -> ReportStream {
        try ReportStream(path: (root as NSString).appendingPathComponent(name))
    }

    private func outcomePath(for file: String, fingerprint: String) -> String {
        (outcomes as NSString).appendingPathComponent(
            Self.digest(Array(file.utf8)) + "-" + fingerprint + ".json")
    }

    private func fail(_ message: String, hint: String) -> Never {
        Terminal.standardError.line(message + "\n  hint: " + hint)
        exit(2)
    }

    // MARK: - The registry

    /// The profile files under `paths`, each once, in path order, leaving out hidden files
    /// and folders and everything under `excluded` (the scan's own folder); and one located
    /// problem per path that does not exist.
    static func profiles(
        in paths: [String], excluding excluded: String
    ) -> (files: [String], problems: [String]) {
        let files = FileManager.default
        let extensions: Set<String> = ["yaml", "yml", "json"]
        var found = Set<String>()
        var problems: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append("\(path): error: no such file or folder\n  hint: check the registry path")
                continue
            }
            guard isFolder.boolValue else {
                found.insert((path as NSString).standardizingPath)
                continue
            }
            let base = (path as NSString).standardizingPath
            guard let walker = files.enumerator(atPath: base) else { continue }
            while let relative = walker.nextObject() as? String {
                let full = (base as NSString).appendingPathComponent(relative)
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || full == excluded || full.hasPrefix(excluded + "/") {
                    walker.skipDescendants()
                    continue
                }
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    var isSubfolder: ObjCBool = false
                    if files.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue {
                        found.insert(full)
                    }
                }
            }
        }
        return (found.sorted(), problems)
    }

    /// A digest of a file's bytes (FNV-1a, 64 bits): enough to tell that a profile changed
    /// between two runs of a scan, which is all it is used for.
    static func fingerprint(ofFile path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "unreadable" }
        return digest(Array(data)) + "-" + String(data.count)
    }

    /// A digest of every file the packs were read from (a folder pack's whole folder, a
    /// single-file pack and its table files), so that a scan does not resume across a change
    /// to a pack that kept its version number.
    static func digest(ofPacks packs: [RulePack]) -> String {
        let files = FileManager.default
        var paths: [String] = []
        for pack in packs {
            if let directory = pack.directory, let walker = files.enumerator(atPath: directory) {
                while let relative = walker.nextObject() as? String {
                    let path = (directory as NSString).appendingPathComponent(relative)
                    var isFolder: ObjCBool = false
                    if files.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                        paths.append(path)
                    }
                }
            } else {
                paths.append(pack.file)
                let folder = (pack.file as NSString).deletingLastPathComponent
                for table in pack.tables {
                    if let file = table.file {
                        paths.append((folder as NSString).appendingPathComponent(file))
                    }
                }
            }
        }
        var all: [UInt8] = []
        for path in paths.sorted() {
            all += Array(path.utf8) + [0]
            all += Array(FileManager.default.contents(atPath: path) ?? Data()) + [0]
        }
        return digest(all)
    }

    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
