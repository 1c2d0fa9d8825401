import OrderedCollections
import Testing

@testable import CEL

@Suite("string format")
struct StringFormatTests {
    private func format(_ template: String, _ arguments: [Value]) -> String? {
        if case .success(let text) = StringFormat.format(template, arguments) { return text }
        return nil
    }

    private func failure(_ template: String, _ arguments: [Value]) -> String? {
        if case .failure(let error) = StringFormat.format(template, arguments) { return error.message }
        return nil
    }

    @Test func percentSignsAndStrings() {
        #expect(format("str is %s and some more", [.string("filler")]) == "str is filler and some more")
        #expect(format("%% and also %%", []) == "% and also %")
        #expect(format("%%%s%%", [.string("text")]) == "%text%")
        #expect(format("%s, %s", [.int(32), .double(56.8)]) == "32, 56.8")
        #expect(format("Sơn La: %s", [.string("xoài")]) == "Sơn La: xoài")
    }

    @Test func integerClauses() {
        #expect(format("this is 5 in binary: %b", [.int(5)]) == "this is 5 in binary: 101")
        #expect(format("bit set from bool: %b", [.bool(true)]) == "bit set from bool: 1")
        #expect(format("%b", [.int(-5)]) == "-101")
        #expect(format("%o", [.int(11)]) == "13")
        #expect(format("%o", [.uint(65535)]) == "177777")
        #expect(format("%x is 20 in hexadecimal", [.int(30)]) == "1e is 20 in hexadecimal")
        #expect(format("%X", [.uint(6000)]) == "1770")
        #expect(format("%x", [.int(-255)]) == "-ff")
        #expect(format("%d", [.uint(64)]) == "64")
        #expect(format("%d", [.int(.min)]) == "-9223372036854775808")
    }

    @Test func hexOfStringsAndBytesIsPerByte() {
        #expect(format("%x", [.string("Hello world!")]) == "48656c6c6f20776f726c6421")
        #expect(format("%X", [.string("Hello world!")]) == "48656C6C6F20776F726C6421")
        #expect(format("%x", [.bytes(Array("byte string".utf8))]) == "6279746520737472696e67")
        #expect(format("%x", [.string("©")]) == "c2a9")
    }

    @Test func floatingClauses() {
        #expect(format("%.6e", [.double(1052.032911275)]) == "1.052033e+03")
        #expect(format("%f", [.double(2.71828)]) == "2.718280")
        #expect(format("%f", [.int(2)]) == "2.000000")
        #expect(format("%f", [.uint(3)]) == "3.000000")
        #expect(format("%e", [.double(2.71828)]) == "2.718280e+00")
        #expect(format("%e", [.uint(3)]) == "3.000000e+00")
        #expect(format("%.3f", [.double(4.5)]) == "4.500")
        #expect(format("%.0f", [.double(3.5001)]) == "4")
        #expect(format("%.0f", [.double(3.4999)]) == "3")
        #expect(format("%.0f", [.double(2.5)]) == "2")
        #expect(format("%.3f", [.double(123.4999)]) == "123.500")
        #expect(format("%.3f", [.double(-123.4994)]) == "-123.499")
        #expect(format("%.2e", [.double(-0.000123)]) == "-1.23e-04")
    }

    @Test func nonFiniteDoublesPrintAsWords() {
        #expect(format("%e", [.double(.nan)]) == "NaN")
        #expect(format("%e", [.double(.infinity)]) == "Infinity")
        #expect(format("%e", [.double(-.infinity)]) == "-Infinity")
        #expect(format("%d", [.double(.infinity)]) == "Infinity")
        #expect(format("%f", [.double(-.infinity)]) == "-Infinity")
        #expect(
            format("%s", [.list([.double(.nan), .double(.infinity), .double(-.infinity)])])
                == "[NaN, Infinity, -Infinity]")
    }

    @Test func stringClauseOnEveryKind() {
        #expect(format("%s", [.null]) == "null")
        #expect(format("%s", [.int(999_999_999_999)]) == "999999999999")
        #expect(format("%s", [.bytes(Array("xyz".utf8))]) == "xyz")
        #expect(format("%s", [.type("string")]) == "string")
        #expect(format("%s", [.timestamp(Timestamp(seconds: 1_675_467_080))]) == "2023-02-03T23:31:20Z")
        #expect(
            format("%s", [.timestamp(Timestamp(seconds: 1_257_894_000, nanos: 500_000_000))])
                == "2009-11-10T23:00:00.5Z")
        #expect(format("%s", [.timestamp(Timestamp(seconds: -62_135_596_800))]) == "0001-01-01T00:00:00Z")
        #expect(
            format("%s", [.timestamp(Timestamp(seconds: 253_402_300_799, nanos: 999_999_999))])
                == "9999-12-31T23:59:59.999999999Z")
        #expect(format("%s", [.timestamp(Timestamp(seconds: -1))]) == "1969-12-31T23:59:59Z")
        #expect(format("%s", [.duration(Duration(seconds: 6347))]) == "6347s")
        #expect(format("%s", [.duration(Duration(seconds: 1, nanos: 500_000_000))]) == "1.5s")
        #expect(format("%s", [.duration(Duration(seconds: 0, nanos: -1))]) == "-0.000000001s")
        #expect(format("%s", [.list([.int(6), .double(4.2), .string("a string")])]) == "[6, 4.2, a string]")
        #expect(format("%s", [.double(1e16)]) == "10000000000000000")
        #expect(format("%s", [.double(0.00001)]) == "0.00001")
        #expect(format("%s", [.double(2.0)]) == "2")
    }

    @Test func mapsPrintWithSortedKeys() {
        let map = MapValue([
            .string("key1"): .bytes(Array("xyz".utf8)), .string("key5"): .null,
            .string("key2"): .duration(Duration(seconds: 7200)), .string("key4"): .bool(true),
            .string("key3"): .double(2.71828),
        ])
        #expect(
            format("%s", [.map(map)]) == "{key1: xyz, key2: 7200s, key3: 2.71828, key4: true, key5: null}")
        let mixed = MapValue([
            .int(1): .string("value1"), .uint(2): .string("value2"), .bool(true): .double(.nan),
        ])
        #expect(format("%s", [.map(mixed)]) == "{1: value1, 2: value2, true: NaN}")
    }

    @Test func errorsNameTheClauseAndTheType() {
        #expect(
            failure("%a", [.int(1)])
                == "could not parse formatting clause: unrecognized formatting clause \"a\"")
        #expect(
            failure("double is %E", [.double(0.5)])
                == "could not parse formatting clause: unrecognized formatting clause \"E\"")
        #expect(failure("%d %d %d", [.int(0), .int(1)]) == "index 2 out of range")
        #expect(
            failure("string is %b", [.string("abc")])
                == "error during formatting: only integers and bools can be formatted as binary, was given string"
        )
        #expect(
            failure("octal: %o", [.string("a string")])
                == "error during formatting: octal clause can only be used on integers, was given string")
        #expect(
            failure("null: %d", [.null])
                == "error during formatting: decimal clause can only be used on integers, was given null_type"
        )
        #expect(
            failure("null: %e", [.null])
                == "error during formatting: scientific clause can only be used on doubles, was given null_type"
        )
        #expect(
            failure("null: %f", [.null])
                == "error during formatting: fixed-point clause can only be used on doubles, was given null_type"
        )
        #expect(
            failure("null: %X", [.null])
                == "error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given null_type"
        )
        #expect(failure("%s", [.optional(.int(1))])?.hasSuffix("was given optional_type") == true)
        #expect(failure("trailing %", [.int(1)]) == "unexpected end of string")
        #expect(failure("%.3", [.double(1)])?.contains("could not find end of precision specifier") == true)
        #expect(failure("%.99999f", [.double(1)])?.contains("precision") == true)
    }
}
