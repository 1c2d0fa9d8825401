import CEL
import Comply
import Testing
import YAML

private func decode(_ yaml: String) throws -> Value {
    let documents = try YAMLLoader().load(yaml, file: "t.yaml")
    let node = try #require(documents.first)
    return try ValueDecoding.value(of: node)
}

private func entries(_ value: Value) -> [(String, Value)] {
    guard case .map(let map) = value else { return [] }
    return map.entries.map { key, value in
        if case .string(let text) = key { return (text, value) }
        return ("<non-string key>", value)
    }
}

private func describe(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return "bool(\(flag))"
    case .int(let number): return "int(\(number))"
    case .uint(let number): return "uint(\(number))"
    case .double(let number): return "double(\(number))"
    case .string(let text): return "string(\(text))"
    case .bytes(let bytes): return "bytes(\(bytes))"
    case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
    case .map: return "{" + entries(value).map { "\($0.0): \(describe($0.1))" }.joined(separator: ", ") + "}"
    default: return "other"
    }
}

@Suite struct ValueDecodingTests {
    @Test func coreSchemaScalarsBecomeTypedValues() throws {
        let value = try decode(
            """
            count: 42
            hex: 0x1F
            ratio: 0.4
            big: 1e3
            ok: true
            none: null
            tilde: ~
            quoted: "42"
            """)
        #expect(
            describe(value)
                == "{count: int(42), hex: int(31), ratio: double(0.4), big: double(1000.0), ok: bool(true), "
                + "none: null, tilde: null, quoted: string(42)}")
    }

    @Test func yaml11BooleansAndDatesStayStrings() throws {
        let value = try decode("country: NO\nanswer: yes\nswitch: off\ndate: 2026-06-01\n")
        #expect(
            describe(value)
                == "{country: string(NO), answer: string(yes), switch: string(off), date: string(2026-06-01)}"
        )
    }

    @Test func aLeadingZeroPlainScalarIsAnIntAndAQuotedOneAString() throws {
        let value = try decode("plain: 080450\nquoted: \"080450\"\n")
        #expect(describe(value) == "{plain: int(80450), quoted: string(080450)}")
    }

    @Test func aDecimalBeyondInt64ButWithinUInt64IsAUint() throws {
        let value = try decode("max: 18446744073709551615\nbeyond: 18446744073709551616\n")
        #expect(
            describe(value) == "{max: uint(18446744073709551615), beyond: double(1.8446744073709552e+19)}")
    }

    @Test func mappingsKeepDocumentOrderAndStringKeys() throws {
        let value = try decode("zeta: 1\nalpha: 2\n3: three\ntrue: t\n")
        #expect(entries(value).map(\.0) == ["zeta", "alpha", "3", "true"])
    }

    @Test func sequencesAndNestingDecode() throws {
        let value = try decode("exports: [{market: CN, value: 1200.5}, {market: AU, value: 7}]\n")
        #expect(
            describe(value)
                == "{exports: [{market: string(CN), value: double(1200.5)}, {market: string(AU), value: int(7)}]}"
        )
    }

    @Test func binaryTagDecodesBase64() throws {
        let value = try decode("seal: !!binary aGVsbG8=\n")
        #expect(describe(value) == "{seal: bytes([104, 101, 108, 108, 111])}")
    }

    @Test func badBinaryIsALocatedError() throws {
        let error = #expect(throws: InputError.self) { try decode("a: 1\nseal: !!binary '***'\n") }
        #expect(error?.range.description == "t.yaml:2:7")
        #expect(error?.message.contains("base64") == true)
    }

    @Test func aCollectionKeyIsALocatedError() throws {
        let error = #expect(throws: InputError.self) { try decode("ok: 1\n? [a, b]\n: 2\n") }
        #expect(error?.range.start.line == 2)
        #expect(error?.description.hasPrefix("t.yaml:2:") == true)
        #expect(error?.hint != nil)
    }

    @Test func keysEqualAsStringsAreDuplicates() throws {
        let error = #expect(throws: InputError.self) { try decode("1: a\n\"1\": b\n") }
        #expect(error?.range.description == "t.yaml:2:1")
        #expect(error?.message.contains("first at line 1") == true)
    }

    @Test func aliasesDecodeAsCopies() throws {
        let value = try decode("base: &b {market: CN}\ncopy: *b\n")
        #expect(describe(value) == "{base: {market: string(CN)}, copy: {market: string(CN)}}")
    }
}
