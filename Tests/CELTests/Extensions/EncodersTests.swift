import Testing

@testable import CEL

@Suite("encoders extension")
struct EncodersTests {
    typealias H = ExtensionHarness

    @Test func encodesWithPadding() {
        #expect(Base64.encode([]) == "")
        #expect(Base64.encode(Array("h".utf8)) == "aA==")
        #expect(Base64.encode(Array("he".utf8)) == "aGU=")
        #expect(Base64.encode(Array("hello".utf8)) == "aGVsbG8=")
        #expect(Base64.encode([0xFF, 0xFE, 0xFD]) == "//79")
        #expect(
            H.string(H.call(.encoders, "base64.encode", .bytes(Array("Hello World!".utf8))))
                == "SGVsbG8gV29ybGQh")
    }

    @Test func decodesPaddedAndUnpaddedInput() {
        #expect(H.bytes(H.call(.encoders, "base64.decode", .string("aGVsbG8="))) == Array("hello".utf8))
        #expect(H.bytes(H.call(.encoders, "base64.decode", .string("aGVsbG8"))) == Array("hello".utf8))
        #expect(H.bytes(H.call(.encoders, "base64.decode", .string("aA"))) == Array("h".utf8))
        #expect(H.bytes(H.call(.encoders, "base64.decode", .string(""))) == [])
        #expect(H.bytes(H.call(.encoders, "base64.decode", .string("aGVs\r\nbG8="))) == Array("hello".utf8))
    }

    @Test func roundTripsEveryByte() throws {
        let bytes = (0...255).map { UInt8($0) }
        for length in 0..<8 {
            let sample = Array(bytes.prefix(250 + length))
            #expect(try Base64.decode(Base64.encode(sample)) == sample)
        }
    }

    @Test func rejectsMalformedInput() {
        #expect(H.error(H.call(.encoders, "base64.decode", .string("a"))) != nil)
        #expect(
            H.error(H.call(.encoders, "base64.decode", .string("aGVsbG8*")))
                == "illegal base64 data at input byte 7")
        #expect(H.error(H.call(.encoders, "base64.decode", .string("aGk=aGk="))) != nil)
        #expect(H.error(H.call(.encoders, "base64.decode", .string("aGVsbG8=="))) != nil)
        #expect(H.error(H.call(.encoders, "base64.decode", .string("===="))) != nil)
        #expect(
            H.error(H.call(.encoders, "base64.decode", .bytes([1])))?.contains("no matching overload") == true
        )
    }
}
