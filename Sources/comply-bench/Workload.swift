import CEL
import Foundation

/// The peer workload as `Benchmarks/cel/export_workload.py` writes it: 50 rules as CEL
/// (`applies`, `requires`), the records (one JSON object per line) and the reference
/// answers (one line per record, one letter per rule: P pass, F fail, N not applicable).
struct Workload {
    struct Rule {
        var id: String
        var applies: String
        var requires: String
    }

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    var rules: [Rule]
    /// Each record's top-level fields (`enterprise`, `product`, `market`, `id`).
    var records: [[String: Value]]
    var reference: [[UInt8]]

    /// Reads `rules.json`, `records.jsonl` and `reference.txt` from `directory`, keeping the
    /// first `limit` records when given.
    static func load(from directory: String, limit: Int?) throws -> Workload {
        let rules = try readRules(URL(fileURLWithPath: directory).appendingPathComponent("rules.json"))
        var records: [[String: Value]] = []
        var lineNumber = 0
        for line in try lines(of: URL(fileURLWithPath: directory).appendingPathComponent("records.jsonl")) {
            lineNumber += 1
            if let limit, records.count >= limit { break }
            do {
                guard case .map(let map) = try JSONReader.value(of: line) else {
                    throw LoadError(description: "records.jsonl:\(lineNumber): not a JSON object")
                }
                var fields: [String: Value] = [:]
                for (key, value) in map.entries {
                    if case .string(let name) = key { fields[name] = value }
                }
                records.append(fields)
            } catch let failure as JSONReader.Failure {
                throw LoadError(description: "records.jsonl:\(lineNumber): \(failure)")
            }
        }
        var reference = try lines(of: URL(fileURLWithPath: directory).appendingPathComponent("reference.txt"))
            .map { Array($0) }
        guard reference.count >= records.count else {
            throw LoadError(
                description: "reference.txt has \(reference.count) lines for \(records.count) records")
        }
        reference.removeLast(reference.count - records.count)
        return Workload(rules: rules, records: records, reference: reference)
    }

    private static func readRules(_ url: URL) throws -> [Rule] {
        let data = try Data(contentsOf: url)
        guard case .list(let items) = try JSONReader.value(of: data) else {
            throw LoadError(description: "rules.json: not a JSON array")
        }
        return try items.enumerated().map { index, item in
            guard case .map(let map) = item,
                case .string(let id)? = map[.string("id")],
                case .string(let applies)? = map[.string("applies")],
                case .string(let requires)? = map[.string("requires")]
            else {
                throw LoadError(description: "rules.json: rule \(index) lacks id, applies or requires")
            }
            return Rule(id: id, applies: applies, requires: requires)
        }
    }

    /// The file's non-empty lines, as bytes.
    private static func lines(of url: URL) throws -> [ArraySlice<UInt8>] {
        let bytes = [UInt8](try Data(contentsOf: url))
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    }
}
