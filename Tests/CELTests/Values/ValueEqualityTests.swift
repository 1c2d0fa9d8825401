import Testing

@testable import CEL

@Suite("CEL equality")
struct ValueEqualityTests {
    @Test("numbers are equal across int, uint and double")
    func heterogeneousNumbers() {
        #expect(Value.int(1).celEquals(.uint(1)))
        #expect(Value.uint(1).celEquals(.double(1.0)))
        #expect(Value.double(1.0).celEquals(.int(1)))
        #expect(!Value.int(-1).celEquals(.uint(UInt64.max)))
        #expect(!Value.int(2).celEquals(.double(2.5)))
    }

    @Test("NaN equals nothing, itself included")
    func notANumber() {
        #expect(!Value.double(.nan).celEquals(.double(.nan)))
        #expect(!Value.int(1).celEquals(.double(.nan)))
    }

    @Test("strings compare by code point, without normalisation")
    func strings() {
        #expect(Value.string("abc").celEquals(.string("abc")))
        #expect(!Value.string("Am\u{E9}lie").celEquals(.string("Ame\u{301}lie")))
    }

    @Test("values of different kinds are unequal, not an error")
    func mismatchedKinds() {
        #expect(!Value.int(1).celEquals(.string("1")))
        #expect(!Value.bool(false).celEquals(.null))
        #expect(!Value.list([]).celEquals(.map(MapValue())))
        #expect(Value.null.celEquals(.null))
    }

    @Test("lists compare element-wise with numeric equality")
    func lists() {
        #expect(Value.list([.double(1), .int(2), .int(3)]).celEquals(.list([.uint(1), .int(2), .uint(3)])))
        #expect(!Value.list([.double(1), .double(2.1)]).celEquals(.list([.uint(1), .int(2)])))
        #expect(!Value.list([.int(1)]).celEquals(.list([.int(1), .int(1)])))
    }

    @Test("maps compare by entries, in any order, with numeric keys unified")
    func maps() {
        var left = MapValue()
        left[.int(1)] = .double(1)
        left[.uint(2)] = .uint(3)
        var right = MapValue()
        right[.int(2)] = .double(3)
        right[.uint(1)] = .int(1)
        #expect(Value.map(left).celEquals(.map(right)))
        right[.int(2)] = .string("3")
        #expect(!Value.map(left).celEquals(.map(right)))
    }

    @Test("timestamps, durations, types and optionals")
    func otherKinds() {
        #expect(
            Value.duration(Duration(seconds: 1, nanos: 0)).celEquals(
                .duration(Duration(seconds: 0, nanos: 1_000_000_000))))
        #expect(Value.type("int").celEquals(.type("int")))
        #expect(!Value.type("int").celEquals(.type("uint")))
        #expect(Value.optional(.int(1)).celEquals(.optional(.double(1))))
        #expect(Value.optional(nil).celEquals(.optional(nil)))
        #expect(!Value.optional(nil).celEquals(.optional(.null)))
    }

    @Test("structural identity tells kinds apart and matches NaN")
    func identity() {
        #expect(Value.int(1) != Value.uint(1))
        #expect(Value.double(.nan) == Value.double(.nan))
        #expect(Value.list([.string("a")]) == Value.list([.string("a")]))
    }
}
