import CEL
import Comply
import Testing
import YAML

@Suite struct InputVariablesTests {
    private func variables(_ yaml: String) throws -> InputVariables {
        try InputVariables(documents: try YAMLLoader().load(yaml, file: "in.yaml"), file: "in.yaml")
    }

    @Test func topLevelKeysBecomeTypedVariablesInOrder() throws {
        let input = try variables("product: {hs_code: \"080450\"}\nrvc: 42.5\nmarkets: [CN, AU]\n")
        #expect(input.variables.map(\.name) == ["product", "rvc", "markets"])
        #expect(input.variables.map(\.type) == [.map(.string, .string), .double, .list(.string)])
        #expect(input.variables.first?.range?.description == "in.yaml:1:1")
    }

    @Test func anEmptyFileHasNoVariables() throws {
        #expect(try variables("").variables.isEmpty)
        #expect(try variables("# only a comment\n").variables.isEmpty)
    }

    @Test func aTopLevelSequenceIsALocatedError() throws {
        let error = #expect(throws: InputError.self) { try variables("\n- 1\n- 2\n") }
        #expect(error?.range.description == "in.yaml:2:1")
        #expect(error?.message.contains("mapping") == true)
    }

    @Test func aKeyThatIsNoIdentifierIsALocatedError() throws {
        let error = #expect(throws: InputError.self) { try variables("ok: 1\nhs-code: 0804\n") }
        #expect(error?.range.description == "in.yaml:2:1")
        #expect(error?.hint?.contains("hs_code") == true)
    }

    @Test func aReservedWordCannotBeAVariable() throws {
        let error = #expect(throws: InputError.self) { try variables("in: 1\n") }
        #expect(error?.message.contains("reserved") == true)
    }

    @Test func twoDocumentsAreRefused() throws {
        let error = #expect(throws: InputError.self) { try variables("a: 1\n---\nb: 2\n") }
        #expect(error?.range.start.line == 3)
    }

    @Test func setOverridesAKeyAndRetypesIt() throws {
        var input = try variables("n: 1\n")
        input.set("n", to: .string("one"))
        #expect(input.variables.count == 1)
        #expect(input.variables.first?.type == .string)
        #expect(input.values["n"].map { if case .string("one") = $0 { true } else { false } } == true)
    }

    @Test func identifiers() {
        #expect(InputVariables.isIdentifier("fob_value"))
        #expect(InputVariables.isIdentifier("_x1"))
        #expect(!InputVariables.isIdentifier("1x"))
        #expect(!InputVariables.isIdentifier("hs-code"))
        #expect(!InputVariables.isIdentifier("null"))
        #expect(!InputVariables.isIdentifier(""))
    }
}
