import Testing

@testable import CEL

@Suite("CEL arithmetic")
struct ValueArithmeticTests {
    private func message(_ value: Value) -> String? {
        if case .error(let error) = value { return error.message }
        return nil
    }

    @Test("int64 overflow at the edges is an error")
    func intOverflow() {
        #expect(message(Value.int(.max).add(.int(1))) == "integer overflow")
        #expect(message(Value.int(1).subtract(.int(-Int64.max))) == "integer overflow")
        #expect(message(Value.int(.min).divide(.int(-1))) == "integer overflow")
        #expect(message(Value.int(.min).modulo(.int(-1))) == "integer overflow")
        #expect(message(Value.int(-5_000_000_000).multiply(.int(5_000_000_000))) == "integer overflow")
        #expect(message(Value.int(.min).negate()) == "integer overflow")
        #expect(Value.int(.max).add(.int(0)) == .int(.max))
        #expect(Value.int(.min + 1).negate() == .int(.max))
    }

    @Test("uint64 overflow and underflow are errors")
    func uintOverflow() {
        #expect(message(Value.uint(.max).add(.uint(1))) == "unsigned integer overflow")
        #expect(message(Value.uint(0).subtract(.uint(1))) == "unsigned integer overflow")
        #expect(
            message(Value.uint(5_000_000_000).multiply(.uint(5_000_000_000))) == "unsigned integer overflow")
        #expect(Value.uint(42).subtract(.uint(12)) == .uint(30))
    }

    @Test("integer division truncates and the remainder takes the dividend's sign")
    func division() {
        #expect(Value.int(-7).divide(.int(2)) == .int(-3))
        #expect(Value.int(43).modulo(.int(-5)) == .int(3))
        #expect(Value.int(-7).modulo(.int(3)) == .int(-1))
        #expect(message(Value.int(15).divide(.int(0))) == "division by zero")
        #expect(message(Value.uint(15).modulo(.uint(0))) == "modulus by zero")
    }

    @Test("doubles follow IEEE 754")
    func doubles() {
        #expect(Value.double(1).divide(.double(0)) == .double(.infinity))
        #expect(Value.double(2).multiply(.double(-8.988466e+307)) == .double(-.infinity))
        #expect(Value.double(0).negate() == .double(-0.0))
        #expect(message(Value.double(47.5).modulo(.double(5.5)))?.contains("'_%_'") == true)
    }

    @Test("no implicit conversion between numeric kinds")
    func mixedKinds() {
        #expect(
            message(Value.int(1).add(.uint(1)))
                == "found no matching overload for '_+_' applied to '(int, uint)'")
        #expect(message(Value.uint(5).negate())?.contains("'-_'") == true)
        #expect(message(Value.bool(false).negate()) != nil)
    }

    @Test("strings, bytes and lists concatenate")
    func concatenation() {
        #expect(Value.string("he").add(.string("llo")) == .string("hello"))
        #expect(Value.bytes([1]).add(.bytes([2])) == .bytes([1, 2]))
        #expect(Value.list([.int(2)]).add(.list([.int(2)])) == .list([.int(2), .int(2)]))
    }

    @Test("logical not")
    func not() {
        #expect(Value.bool(false).logicalNot() == .bool(true))
        #expect(message(Value.int(1).logicalNot()) != nil)
    }
}
