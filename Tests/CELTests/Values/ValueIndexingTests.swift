import Testing

@testable import CEL

@Suite("CEL indexing, membership and size")
struct ValueIndexingTests {
    private let list = Value.list([.int(7), .int(8), .int(9)])

    private var mixedKeys: Value {
        var map = MapValue()
        map[.uint(1)] = .double(1)
        map[.int(2)] = .double(2)
        map[.uint(3)] = .double(3)
        map[.string("k")] = .string("v")
        return .map(map)
    }

    private func message(_ value: Value) -> String? {
        if case .error(let error) = value { return error.message }
        return nil
    }

    @Test("lists index by int, uint or integral double")
    func listIndex() {
        #expect(list.index(.int(0)) == .int(7))
        #expect(list.index(.uint(2)) == .int(9))
        #expect(list.index(.double(1)) == .int(8))
        #expect(message(list.index(.int(3)))?.hasPrefix("index out of bounds: 3") == true)
        #expect(message(list.index(.int(-1)))?.hasPrefix("index out of bounds: -1") == true)
        #expect(message(list.index(.double(0.1))) != nil)
        #expect(message(list.index(.string(""))) != nil)
    }

    @Test("maps find numeric keys across kinds and report missing keys")
    func mapIndex() {
        #expect(mixedKeys.index(.double(3)) == .double(3))
        #expect(mixedKeys.index(.int(1)) == .double(1))
        #expect(mixedKeys.index(.uint(2)) == .double(2))
        #expect(message(mixedKeys.index(.int(5))) == "no such key: 5")
        #expect(message(mixedKeys.index(.string("name"))) == "no such key: 'name'")
        #expect(message(mixedKeys.index(.double(3.5))) != nil)
        #expect(message(mixedKeys.index(.bytes([]))) != nil)
        #expect(message(mixedKeys.index(.null)) != nil)
    }

    @Test("in tests list elements with CEL equality and map keys")
    func membership() {
        #expect(list.containsElement(.double(8)) == .bool(true))
        #expect(list.containsElement(.uint(9)) == .bool(true))
        #expect(list.containsElement(.string("7")) == .bool(false))
        #expect(mixedKeys.containsElement(.double(3)) == .bool(true))
        #expect(mixedKeys.containsElement(.double(3.1)) == .bool(false))
        #expect(mixedKeys.containsElement(.bytes([])) == .bool(false))
        #expect(message(Value.int(1).containsElement(.int(1))) != nil)
    }

    @Test("size counts code points, bytes, elements and entries")
    func size() {
        #expect(Value.string("πέντε").size() == .int(5))
        #expect(Value.string("🐱😀").size() == .int(2))
        #expect(Value.bytes([1, 2, 3]).size() == .int(3))
        #expect(list.size() == .int(3))
        #expect(mixedKeys.size() == .int(4))
        #expect(message(Value.int(1).size()) != nil)
    }

    @Test("MapKey accepts only key kinds; lookups also accept integral doubles")
    func mapKeys() {
        #expect(MapKey(.double(1)) == nil)
        #expect(MapKey(lookingUp: .double(1)) == .int(1))
        #expect(MapKey(lookingUp: .double(18_446_744_073_709_549_568.0)) == .uint(18_446_744_073_709_549_568))
        #expect(MapKey(lookingUp: .double(.nan)) == nil)
        #expect(MapKey(.null) == nil)
    }
}
