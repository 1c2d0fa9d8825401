import CEL
import Testing

@testable import Conformance

@Suite struct ExpectedValueMatchTests {
    @Test func numbersMustAgreeInType() {
        #expect(ExpectedValueMatch.matches(.int(1), .int(1)))
        #expect(!ExpectedValueMatch.matches(.double(1.0), .int(1)))
        #expect(!ExpectedValueMatch.matches(.uint(1), .int(1)))
        #expect(!ExpectedValueMatch.matches(.list([.double(1)]), .list([.int(1)])))
    }

    @Test func nanMatchesNaN() {
        #expect(ExpectedValueMatch.matches(.double(.nan), .double(.nan)))
        #expect(!ExpectedValueMatch.matches(.double(.nan), .double(0)))
    }

    @Test func mapsMatchInAnyOrderWithTheSameKeyKinds() {
        var forward = MapValue()
        forward[.string("a")] = .int(1)
        forward[.int(2)] = .bool(true)
        var backward = MapValue()
        backward[.int(2)] = .bool(true)
        backward[.string("a")] = .int(1)
        #expect(ExpectedValueMatch.matches(.map(forward), .map(backward)))

        var unsignedKey = MapValue()
        unsignedKey[.uint(2)] = .bool(true)
        unsignedKey[.string("a")] = .int(1)
        #expect(!ExpectedValueMatch.matches(.map(unsignedKey), .map(forward)))
    }

    @Test func errorsNeverMatchAValue() {
        #expect(!ExpectedValueMatch.matches(.error(EvalError("boom")), .bool(true)))
    }
}
