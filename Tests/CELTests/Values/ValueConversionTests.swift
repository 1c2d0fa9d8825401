import Testing

@testable import CEL

@Suite("CEL type conversions")
struct ValueConversionTests {
    private func isError(_ value: Value, containing text: String = "") -> Bool {
        if case .error(let error) = value { return text.isEmpty || error.message.contains(text) }
        return false
    }

    @Test("int() truncates doubles and rejects the out-of-range, bounds exclusive")
    func toInt() {
        #expect(Value.double(-7.9).convertedToInt() == .int(-7))
        #expect(Value.double(11.5).convertedToInt() == .int(11))
        #expect(
            Value.double(Double(36_028_797_018_963_969 as Int64)).convertedToInt()
                == .int(36_028_797_018_963_968))
        #expect(isError(Value.double(-9_223_372_036_854_775_808.0).convertedToInt(), containing: "range"))
        #expect(isError(Value.double(1e99).convertedToInt(), containing: "range"))
        #expect(isError(Value.double(.nan).convertedToInt(), containing: "range"))
        #expect(Value.uint(9_223_372_036_854_775_807).convertedToInt() == .int(.max))
        #expect(isError(Value.uint(.max).convertedToInt(), containing: "range"))
        #expect(Value.string("-987").convertedToInt() == .int(-987))
        #expect(isError(Value.string("9223372036854775808").convertedToInt()))
        #expect(isError(Value.string("1.5").convertedToInt()))
        #expect(
            Value.timestamp(Timestamp(seconds: 1_234_567_890, nanos: 5)).convertedToInt()
                == .int(1_234_567_890))
        #expect(Value.duration(Duration(seconds: 2, nanos: 5)).convertedToInt() == .int(2_000_000_005))
    }

    @Test("uint() rejects negatives and values past 2^64")
    func toUint() {
        #expect(isError(Value.int(-1).convertedToUint(), containing: "range"))
        #expect(Value.double(25.5).convertedToUint() == .uint(25))
        #expect(isError(Value.double(6.022e23).convertedToUint(), containing: "range"))
        #expect(isError(Value.double(18_446_744_073_709_551_616.0).convertedToUint()))
        #expect(Value.string("300").convertedToUint() == .uint(300))
        #expect(isError(Value.string("-1").convertedToUint()))
    }

    @Test("double() from integers and text")
    func toDouble() {
        #expect(Value.int(.max).convertedToDouble() == .double(9.223372036854776e18))
        #expect(Value.string("-0.0").convertedToDouble() == .double(-0.0))
        #expect(Value.string("6.02214e23").convertedToDouble() == .double(6.02214e23))
        #expect(isError(Value.string("abc").convertedToDouble()))
    }

    @Test("string() prints numbers as cel-go does")
    func toString() {
        #expect(Value.double(123.456).convertedToString() == .string("123.456"))
        #expect(Value.double(-4.5e-3).convertedToString() == .string("-0.0045"))
        #expect(Value.double(1e6).convertedToString() == .string("1e+06"))
        #expect(Value.double(123_456).convertedToString() == .string("123456"))
        #expect(Value.double(1.5e-5).convertedToString() == .string("1.5e-05"))
        #expect(Value.double(0).convertedToString() == .string("0"))
        #expect(Value.double(.infinity).convertedToString() == .string("+Inf"))
        #expect(Value.uint(9876).convertedToString() == .string("9876"))
        #expect(Value.bool(true).convertedToString() == .string("true"))
        #expect(Value.bytes([0xC3, 0xBF]).convertedToString() == .string("\u{FF}"))
        #expect(isError(Value.bytes([0x00, 0xFF]).convertedToString(), containing: "UTF-8"))
    }

    @Test("bool() accepts Go's ParseBool spellings only")
    func toBool() {
        for text in ["1", "t", "T", "TRUE", "true", "True"] {
            #expect(Value.string(text).convertedToBool() == .bool(true))
        }
        for text in ["0", "f", "F", "FALSE", "false", "False"] {
            #expect(Value.string(text).convertedToBool() == .bool(false))
        }
        #expect(isError(Value.string("TrUe").convertedToBool()))
        #expect(isError(Value.string("yes").convertedToBool()))
    }

    @Test("bytes(), timestamp() and duration()")
    func otherConversions() {
        #expect(Value.string("\u{FF}").convertedToBytes() == .bytes([0xC3, 0xBF]))
        #expect(
            Value.int(1_000_000_000).convertedToTimestamp() == .timestamp(Timestamp(seconds: 1_000_000_000)))
        #expect(isError(Value.int(-62_135_596_801).convertedToTimestamp(), containing: "range"))
        #expect(
            Value.string("1.5s").convertedToDuration() == .duration(Duration(seconds: 1, nanos: 500_000_000)))
        #expect(isError(Value.string("320000000000s").convertedToDuration(), containing: "range"))
        #expect(isError(Value.list([]).convertedToInt(), containing: "no matching overload"))
    }
}
