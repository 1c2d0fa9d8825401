import Foundation
import YAML

/// Runs the YAML loader over the yaml-test-suite cases (`cases.jsonl`, described in
/// `Tests/ConformanceTests/yaml/README.md`).
///
/// The rules per case:
/// - a valid case with JSON passes when the loaded documents equal the JSON documents
///   (numbers compared numerically, mappings unordered; `""` means zero documents);
/// - an error case passes when the loader rejects it;
/// - a valid case without JSON passes when it loads.
///
/// Cases listed as known differences are expected to fail; one that passes is reported,
/// so the list cannot go stale.
///
/// ```swift
/// let known = try YAMLSuite.knownDifferences(file: "Tests/ConformanceTests/yaml/known-differences.txt")
/// let report = try YAMLSuite.run(casesFile: "Tests/ConformanceTests/yaml/cases.jsonl", knownDifferences: known)
/// print(report.render())   // ends with "N passed, M failed"
/// ```
public enum YAMLSuite {
    public static func run(casesFile: String, knownDifferences: Set<String>) throws -> Report {
        let text: String
        do {
            text = try String(contentsOfFile: casesFile, encoding: .utf8)
        } catch {
            throw FormatError(file: casesFile, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        var results: [CaseResult] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let testCase = try TestCase(line: String(line), file: casesFile, lineNumber: index + 1)
            var result = testCase.run()
            result.isKnownDifference = knownDifferences.contains(result.id)
            results.append(result)
        }
        let ids = Set(results.map(\.id))
        return Report(cases: results, unknownListedIDs: knownDifferences.subtracting(ids).sorted())
    }

    /// Reads a known-differences list: one case id per line, `#` starts a comment (the reason).
    public static func knownDifferences(file: String) throws -> Set<String> {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw FormatError(file: file, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        var ids = Set<String>()
        for line in text.split(separator: "\n") {
            let content =
                line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let id = content.trimmingCharacters(in: .whitespaces)
            if !id.isEmpty { ids.insert(id) }
        }
        return ids
    }

    /// What a case expects of the loader.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case validWithJSON = "valid cases with JSON (data equals the JSON)"
        case validWithoutJSON = "valid cases without JSON (loads)"
        case error = "error cases (rejected)"
    }

    public struct CaseResult: Sendable, Hashable {
        public var id: String
        public var name: String
        public var category: Category
        public var passed: Bool
        /// Why the case failed; nil when it passed.
        public var reason: String?
        public var isKnownDifference = false

        public var isUnexpectedFailure: Bool { !passed && !isKnownDifference }
        public var isUnexpectedPass: Bool { passed && isKnownDifference }
    }

    public struct Report: Sendable {
        public var cases: [CaseResult]
        /// Ids in the known-differences list that name no case of the suite.
        public var unknownListedIDs: [String]

        public var passedCount: Int { cases.count(where: \.passed) }
        public var failedCount: Int { cases.count - passedCount }
        public var unexpectedFailures: [CaseResult] { cases.filter(\.isUnexpectedFailure) }
        public var unexpectedPasses: [CaseResult] { cases.filter(\.isUnexpectedPass) }

        /// Passed and total cases of one category.
        public func counts(for category: Category) -> (passed: Int, total: Int) {
            let inCategory = cases.filter { $0.category == category }
            return (inCategory.count(where: \.passed), inCategory.count)
        }

        /// One line per failing case (marked when it is a known difference), the cases that
        /// pass although listed, counts per category, and last `N passed, M failed`.
        public func render() -> String {
            var lines: [String] = []
            for result in cases where !result.passed {
                let mark = result.isKnownDifference ? "known" : "FAIL"
                lines.append("\(mark) \(result.id) (\(result.name)): \(result.reason ?? "failed")")
            }
            for result in unexpectedPasses {
                lines.append("UNEXPECTED PASS \(result.id) (\(result.name)): listed as a known difference")
            }
            for id in unknownListedIDs {
                lines.append("UNKNOWN ID \(id): listed as a known difference but not in the suite")
            }
            for category in Category.allCases {
                let (passed, total) = counts(for: category)
                lines.append("\(category.rawValue): \(passed)/\(total)")
            }
            lines.append(
                "known differences: \(cases.count(where: \.isKnownDifference)), "
                    + "unexpected failures: \(unexpectedFailures.count), unexpected passes: \(unexpectedPasses.count)"
            )
            lines.append("\(passedCount) passed, \(failedCount) failed")
            return lines.joined(separator: "\n")
        }
    }

    /// A malformed case file or known-differences list.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String

        public var description: String { "\(file):\(line): error: \(message)" }
    }
}

/// One line of `cases.jsonl`.
private struct TestCase {
    var id: String
    var name: String
    var yaml: String
    var json: String?
    var isError: Bool

    init(line: String, file: String, lineNumber: Int) throws {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        guard let object, let id = object["id"] as? String, let yaml = object["yaml"] as? String else {
            throw YAMLSuite.FormatError(
                file: file, line: lineNumber, message: "not a case object with id and yaml")
        }
        self.id = id
        self.name = object["name"] as? String ?? ""
        self.yaml = yaml
        self.json = object["json"] as? String
        self.isError = object["error"] as? Bool ?? false
    }

    func run() -> YAMLSuite.CaseResult {
        let outcome = Result { () throws(YAMLError) in try YAMLLoader().load(yaml, file: id) }
        if isError {
            switch outcome {
            case .success: return result(.error, nil, else: "accepted an invalid document")
            case .failure: return result(.error, nil)
            }
        }
        let documents: [Node]
        switch outcome {
        case .success(let loaded): documents = loaded
        case .failure(let error):
            return result(json == nil ? .validWithoutJSON : .validWithJSON, "rejected: \(error.description)")
        }
        guard let json else { return result(.validWithoutJSON, nil) }
        let expected: [PlainValue]
        do {
            expected = try JSONStreamReader.values(of: json)
        } catch {
            return result(.validWithJSON, "the case's JSON is unreadable: \(error.message)")
        }
        guard expected.count == documents.count else {
            return result(.validWithJSON, "\(documents.count) documents, expected \(expected.count)")
        }
        for (index, (document, value)) in zip(documents, expected).enumerated() {
            guard let actual = PlainValue(document) else {
                return result(.validWithJSON, "document \(index + 1) has a key JSON cannot represent")
            }
            if actual != value {
                return result(.validWithJSON, "document \(index + 1) is \(actual), expected \(value)")
            }
        }
        return result(.validWithJSON, nil)
    }

    private func result(
        _ category: YAMLSuite.Category, _ reason: String?, else failure: String? = nil
    )
        -> YAMLSuite.CaseResult
    {
        let reason = reason ?? failure
        return YAMLSuite.CaseResult(
            id: id, name: name, category: category, passed: reason == nil, reason: reason)
    }
}

/// JSON's data model, the common ground of a loaded YAML document and the case's JSON.
private enum PlainValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([PlainValue])
    case object([String: PlainValue])

    /// Nil when a mapping has a sequence or mapping as a key.
    init?(_ node: Node) {
        switch node.kind {
        case .scalar:
            switch node.resolvedScalar ?? .null {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .number(Double(value))
            case .double(let value): self = .number(value)
            case .string(let text): self = .string(text)
            }
        case .sequence(let items):
            var values: [PlainValue] = []
            for item in items {
                guard let value = PlainValue(item) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case .mapping(let entries):
            var object: [String: PlainValue] = [:]
            for entry in entries {
                guard let key = entry.key.scalar?.text, let value = PlainValue(entry.value) else {
                    return nil
                }
                object[key] = value
            }
            self = .object(object)
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let text): return String(reflecting: text)
        case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let object):
            let fields = object.sorted { $0.key < $1.key }.map {
                "\(String(reflecting: $0.key)): \($0.value)"
            }
            return "{" + fields.joined(separator: ", ") + "}"
        }
    }
}

/// Reads a stream of concatenated JSON texts, as the suite stores one per YAML document.
private struct JSONStreamReader {
    struct Failure: Error {
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0

    static func values(of text: String) throws(Failure) -> [PlainValue] {
        var reader = JSONStreamReader(bytes: Array(text.utf8))
        var values: [PlainValue] = []
        reader.skipWhitespace()
        while reader.position < reader.bytes.count {
            values.append(try reader.value(depth: 0))
            reader.skipWhitespace()
        }
        return values
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) {
            position += 1
        }
    }

    private func fail(_ message: String) -> Failure {
        Failure(message: "\(message) at byte \(position)")
    }

    private mutating func value(depth: Int) throws(Failure) -> PlainValue {
        guard depth < 512 else { throw fail("nesting too deep") }
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var object: [String: PlainValue] = [:]
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(object)
            }
            while true {
                skipWhitespace()
                let key = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                object[key] = try value(depth: depth + 1)
                skipWhitespace()
                if try closes(UInt8(ascii: "}")) { return .object(object) }
            }
        case UInt8(ascii: "["):
            position += 1
            var array: [PlainValue] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(array)
            }
            while true {
                array.append(try value(depth: depth + 1))
                skipWhitespace()
                if try closes(UInt8(ascii: "]")) { return .array(array) }
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        default:
            return try literal()
        }
    }

    /// After an item: true at the closing bracket, false after a comma.
    private mutating func closes(_ bracket: UInt8) throws(Failure) -> Bool {
        guard position < bytes.count else { throw fail("unexpected end") }
        let byte = bytes[position]
        position += 1
        if byte == bracket { return true }
        if byte == UInt8(ascii: ",") { return false }
        throw fail("expected ',' or '\(Character(Unicode.Scalar(bracket)))'")
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard position < bytes.count, bytes[position] == byte else {
            throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    private mutating func literal() throws(Failure) -> PlainValue {
        let start = position
        while position < bytes.count, !",]} \n\r\t".utf8.contains(bytes[position]) {
            position += 1
        }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        switch word {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default:
            guard let number = Double(word) else { throw fail("unexpected '\(word)'") }
            return .number(number)
        }
    }

    private mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""))
        var scalars = String.UnicodeScalarView()
        var start = position
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return String(scalars)
            }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            flush(position)
            position += 1
            guard position < bytes.count else { break }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), position + 1 < bytes.count,
                    bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                {
                    position += 2
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: scalars.append(Unicode.Scalar(escape))
            }
            start = position
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw fail("bad \\u escape") }
        position += 4
        return code
    }
}
