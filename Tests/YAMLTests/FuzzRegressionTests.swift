import Foundation
import Testing
import YAML

/// Inputs that once crashed, hung or exhausted the loader (found by `Fuzz/FuzzYAML`, or
/// hostile shapes written by hand), kept in `FuzzRegressions/`. Each must load to documents
/// or fail with a located `YAMLError`. A first line `# expect: KIND` pins the outcome:
/// `documents`, or a `YAMLError.Kind` raw value such as `depthLimitExceeded`.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")

    static func inputs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theFolderHoldsInputs() throws {
        #expect(!Self.inputs().isEmpty, "no regression inputs found in \(Self.folder.path)")
    }

    @Test(arguments: inputs())
    func loadsOrFailsWithALocatedError(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let expected = Self.expectation(in: bytes)
        do {
            let documents = try YAMLLoader().load(bytes: bytes, file: name)
            if let expected { #expect(expected == "documents", "loaded \(documents.count) documents") }
        } catch {
            #expect(!error.message.isEmpty)
            #expect(error.file == name)
            #expect(error.line >= 1, "a loader error on text must carry its line: \(error)")
            if let expected { #expect(expected == error.kind.rawValue, "\(error)") }
        }
    }

    /// The `KIND` of a leading `# expect: KIND` line.
    static func expectation(in bytes: [UInt8]) -> String? {
        let firstLine = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let marker = "# expect: "
        guard firstLine.hasPrefix(marker) else { return nil }
        return String(firstLine.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
    }
}
