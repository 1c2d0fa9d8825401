import Testing

@testable import CEL

@Suite("Value descriptions and type names")
struct ValueDescriptionTests {
    @Test("values print as CEL literals")
    func literals() {
        var map = MapValue()
        map[.string("k")] = .bool(true)
        #expect(Value.int(-1).description == "-1")
        #expect(Value.uint(1).description == "1u")
        #expect(Value.double(1).description == "1.0")
        #expect(Value.double(2.5).description == "2.5")
        #expect(Value.string("a\"b\n").description == #""a\"b\n""#)
        #expect(Value.bytes([0x61, 0xFF]).description == #"b"a\xff""#)
        #expect(Value.list([.null, .int(2)]).description == "[null, 2]")
        #expect(Value.map(map).description == #"{"k": true}"#)
        #expect(Value.timestamp(Timestamp(seconds: 0)).description == #"timestamp("1970-01-01T00:00:00Z")"#)
        #expect(Value.duration(Duration(seconds: 90)).description == #"duration("90s")"#)
        #expect(Value.optional(.int(1)).description == "optional.of(1)")
        #expect(Value.optional(nil).description == "optional.none()")
    }

    @Test("type names are what type(x) yields")
    func typeNames() {
        #expect(Value.null.typeName == "null_type")
        #expect(Value.list([]).typeName == "list")
        #expect(Value.map(MapValue()).typeName == "map")
        #expect(Value.type("int").typeName == "type")
        #expect(Value.optional(nil).typeName == "optional_type")
        #expect(Value.timestamp(Timestamp(seconds: 0)).runtimeType == .type("google.protobuf.Timestamp"))
        #expect(Value.duration(Duration(seconds: 0)).runtimeType == .type("google.protobuf.Duration"))
    }
}
