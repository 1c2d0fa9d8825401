import CEL
import Foundation
import Testing

/// Expressions that once crashed, hung or exhausted the engine (found by `Fuzz/FuzzCEL`, or
/// hostile shapes written by hand), kept in `FuzzRegressions/`. Each goes the fuzzer's way:
/// parse, evaluate unchecked, check, evaluate with a small cost limit. It must end in a value,
/// an error value or a `CompileError` with located diagnostics. A first line
/// `// expect: OUTCOME` pins the outcome: `compile-error`, `value` (a non-error result of the
/// checked program) or `error` (an error value).
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")
    static let options = ProgramOptions(costLimit: 10_000, maxComprehensionSize: 1_000)

    static func inputs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs().isEmpty, "no regression inputs found in \(Self.folder.path)")
    }

    @Test(arguments: inputs())
    func endsInAValueOrATypedError(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = Self.expectation(in: text)
        let environment = Environment()
        let outcome: String
        do {
            let parsed = try environment.parse(text, description: name)
            _ = environment.program(parsed, options: Self.options).evaluate(Activation())
            let checked = try environment.check(parsed)
            let program = environment.program(checked, options: Self.options)
            outcome = Self.category(program.evaluate(Activation()))
            #expect(Self.category(program.evaluate(Activation(), trace: true).value) == outcome)
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty })
            outcome = "compile-error"
        }
        if let expected { #expect(outcome == expected) }
    }

    /// `error` for an error value (whose message must say something), else `value`.
    static func category(_ value: Value) -> String {
        guard case .error(let error) = value else { return "value" }
        #expect(!error.message.isEmpty)
        return "error"
    }

    /// The `OUTCOME` of a leading `// expect: OUTCOME` line (a CEL comment).
    static func expectation(in text: String) -> String? {
        let firstLine = text.prefix { $0 != "\n" }
        let marker = "// expect: "
        guard firstLine.hasPrefix(marker) else { return nil }
        return String(firstLine.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
    }
}
