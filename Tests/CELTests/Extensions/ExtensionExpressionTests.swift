import OrderedCollections
import Testing

@testable import CEL

/// The extension libraries as a rule author meets them: source text parsed,
/// type-checked against the declarations and evaluated.
@Suite("extension libraries in expressions")
struct ExtensionExpressionTests {
    private let environment = Environment(variables: ["name": .string, "amounts": .list(.double)])

    private func evaluate(_ text: String, _ variables: [String: Value] = [:]) throws -> Value {
        let ast = try environment.compile(text)
        return environment.program(ast).evaluate(Activation(variables))
    }

    private func resultType(_ text: String) throws -> CELType {
        try environment.compile(text).resultType
    }

    @Test(arguments: [
        ("'Sơn La'.charAt(1)", Value.string("ơ")),
        ("'Yên Châu mango'.indexOf('mango')", .int(9)),
        ("'a.b.c'.lastIndexOf('.')", .int(3)),
        ("'HS 0804.50'.lowerAscii()", .string("hs 0804.50")),
        ("'0804.50'.replace('.', '')", .string("080450")),
        ("'CN,JP,KR'.split(',')", .list([.string("CN"), .string("JP"), .string("KR")])),
        ("'CN,JP,KR'.split(',', 2)", .list([.string("CN"), .string("JP,KR")])),
        ("'080450'.substring(0, 2)", .string("08")),
        ("'  longan \\n'.trim()", .string("longan")),
        ("['CPTPP', 'EVFTA'].join(', ')", .string("CPTPP, EVFTA")),
        ("'xoài'.reverse()", .string("iàox")),
        ("strings.quote('say \"hi\"')", .string("\"say \\\"hi\\\"\"")),
        ("'%s: %.1f%%'.format(['RVC', 35.25])", .string("RVC: 35.2%")),
        ("'%d items, %x'.format([3, 255u])", .string("3 items, ff")),
    ])
    func stringFunctions(_ text: String, _ expected: Value) throws {
        #expect(try evaluate(text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("math.greatest(1, 2.5, 3u)", Value.uint(3)),
        ("math.greatest([1, 7, 3])", .int(7)),
        ("math.least(-1.5, 2)", .double(-1.5)),
        ("math.least(5, 4, 3, 2, 1, 0)", .int(0)),
        ("math.ceil(1.2)", .double(2)),
        ("math.round(-2.5)", .double(-3)),
        ("math.abs(-7)", .int(7)),
        ("math.sign(-2.0)", .double(-1)),
        ("math.sqrt(2u) > 1.41", .bool(true)),
        ("math.isNaN(0.0 / 0.0)", .bool(true)),
        ("math.bitOr(1u, 4u)", .uint(5)),
        ("math.bitShiftLeft(1, 62)", .int(4_611_686_018_427_387_904)),
    ])
    func mathFunctions(_ text: String, _ expected: Value) throws {
        #expect(try evaluate(text) == expected, "\(text)")
    }

    @Test func encodersRoundTrip() throws {
        #expect(try evaluate("base64.encode(b'Moc Chau')") == .string("TW9jIENoYXU="))
        #expect(try evaluate("base64.decode('TW9jIENoYXU')") == .bytes(Array("Moc Chau".utf8)))
    }

    @Test(arguments: [
        ("optional.of(1).hasValue()", Value.bool(true)),
        ("optional.ofNonZeroValue('').hasValue()", .bool(false)),
        ("optional.none().orValue('fallback')", .string("fallback")),
        ("optional.none().or(optional.of(2)).value()", .int(2)),
        ("{'hs': '0804'}.?hs.orValue('none')", .string("0804")),
        ("{'hs': '0804'}[?'origin'].hasValue()", .bool(false)),
        ("[1, 2][?5].orValue(0)", .int(0)),
        ("optional.of(3).optMap(x, x * 2).value()", .int(6)),
        ("optional.of(3).optFlatMap(x, optional.none()).hasValue()", .bool(false)),
        ("[optional.of(1), optional.none()].unwrapOpt()", .list([.int(1)])),
        ("[4, 5].last()", .optional(.int(5))),
    ])
    func optionalFunctions(_ text: String, _ expected: Value) throws {
        #expect(try evaluate(text) == expected, "\(text)")
    }

    @Test func runtimeErrorsAreValues() throws {
        guard case .error(let error) = try evaluate("name.substring(10)", ["name": .string("mango")]) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.message == "index out of range: 10")
        guard case .error = try evaluate("optional.none().value()") else {
            Issue.record("optional.none().value() should fail")
            return
        }
        guard case .error = try evaluate("math.abs(-9223372036854775807 - 1)") else {
            Issue.record("math.abs(int min) should overflow")
            return
        }
    }

    @Test func declarationsGiveTheCheckerResultTypes() throws {
        #expect(try resultType("name.split(' ')") == .list(.string))
        #expect(try resultType("name.indexOf('a')") == .int)
        #expect(try resultType("math.greatest(amounts)") == .double)
        #expect(try resultType("math.least(1u, 2u)") == .uint)
        #expect(try resultType("base64.decode(name)") == .bytes)
        #expect(try resultType("optional.of(name)") == .optional(.string))
        #expect(try resultType("optional.of(name).orValue('')") == .string)
    }

    @Test func theCheckerRejectsWrongArguments() {
        #expect(throws: CompileError.self) { try environment.compile("name.charAt('1')") }
        #expect(throws: CompileError.self) { try environment.compile("math.ceil(name)") }
        #expect(throws: CompileError.self) { try environment.compile("math.greatest(name, 1)") }
        #expect(throws: CompileError.self) { try environment.compile("base64.encode(name)") }
    }
}
