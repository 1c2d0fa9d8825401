import Testing

@testable import CEL

@Suite("optionals extension")
struct OptionalsTests {
    typealias H = ExtensionHarness

    private func call(_ name: String, _ arguments: Value...) -> Value {
        guard let function = Library.optionals.functions.first(where: { $0.name == name }) else {
            return .error(EvalError("no function \(name)"))
        }
        if let dispatcher = function.dispatcher {
            return ExtensionFunction.invoke(dispatcher, arguments, name: name)
        }
        return ExtensionFunction.call(name, function.overloads, arguments)
    }

    @Test func ofWrapsEvenNull() {
        #expect(H.bool(call("hasValue", call("optional.of", .null))) == true)
        #expect(H.int(call("value", call("optional.of", .int(42)))) == 42)
    }

    @Test func ofNonZeroValueDropsZeroValues() {
        let zeros: [Value] = [
            .null, .bool(false), .int(0), .uint(0), .double(0), .double(-0.0), .string(""), .bytes([]),
            .list([]),
            .map(MapValue()), .duration(Duration(seconds: 0)), .timestamp(Timestamp(seconds: 0)),
        ]
        for zero in zeros {
            #expect(H.bool(call("hasValue", call("optional.ofNonZeroValue", zero))) == false, "\(zero)")
        }
        let nonZeros: [Value] = [
            .bool(true), .int(-1), .string(" "), .list([.int(0)]), .type("int"), .optional(nil),
            .duration(Duration(seconds: 0, nanos: 1)),
        ]
        for value in nonZeros {
            #expect(H.bool(call("hasValue", call("optional.ofNonZeroValue", value))) == true, "\(value)")
        }
    }

    @Test func noneHasNoValue() {
        let none = call("optional.none")
        #expect(H.bool(call("hasValue", none)) == false)
        #expect(H.error(call("value", none)) == "optional.none() dereference")
        #expect(H.error(call("optional.none", .int(1)))?.contains("no matching overload") == true)
    }

    @Test func orAndOrValuePickTheFirstPresentValue() {
        let none = Value.optional(nil)
        #expect(H.int(call("orValue", call("or", none, none), .int(42))) == 42)
        #expect(H.int(call("value", call("or", .optional(.int(42)), .optional(.int(20))))) == 42)
        #expect(H.int(call("value", call("or", none, .optional(.int(20))))) == 20)
        #expect(H.string(call("orValue", .optional(.string("goodbye")), .string("default"))) == "goodbye")
        #expect(H.error(call("or", .int(1), none))?.contains("no matching overload") == true)
    }

    @Test func optionalIndexingOfListsAndMaps() {
        let list = Value.list([.string("foo")])
        #expect(
            H.string(call("value", H.callOverload(.optionals, "list_optindex_optional_int", list, .int(0))))
                == "foo")
        #expect(H.isNone(H.callOverload(.optionals, "list_optindex_optional_int", list, .int(1))))
        #expect(H.isNone(H.callOverload(.optionals, "list_optindex_optional_int", list, .int(-1))))
        let map = Value.map(
            MapValue([.uint(1): .double(1.0), .int(2): .double(2.0), .uint(3): .double(3.0)]))
        for key in [Value.double(3.0), .uint(2), .int(1)] {
            let found = H.callOverload(.optionals, "map_optindex_optional_value", map, key)
            #expect(H.bool(call("hasValue", found)) == true, "\(key)")
        }
        #expect(H.isNone(H.callOverload(.optionals, "map_optindex_optional_value", map, .double(2.5))))
        let optionalMap = Value.optional(.map(MapValue([.string("c"): .string("goodbye")])))
        #expect(
            H.string(
                call(
                    "value", H.callOverload(.optionals, "optional_map_index_value", optionalMap, .string("c"))
                )) == "goodbye")
        #expect(H.isNone(H.callOverload(.optionals, "optional_list_index_int", .optional(nil), .int(0))))
        #expect(
            H.string(call("value", call(Operator.optionalSelect, optionalMap, .string("c")))) == "goodbye")
        #expect(H.isNone(call(Operator.optionalSelect, .map(MapValue()), .string("x"))))
    }

    @Test func listHelpers() {
        let list = Value.list([.optional(.int(1)), .optional(nil), .optional(.int(3))])
        guard case .list(let values) = call("unwrapOpt", list) else {
            Issue.record("unwrapOpt did not return a list")
            return
        }
        #expect(values.compactMap(H.int) == [1, 3])
        #expect(H.int(call("value", call("first", .list([.int(7), .int(8)])))) == 7)
        #expect(H.int(call("value", call("last", .list([.int(7), .int(8)])))) == 8)
        #expect(H.isNone(call("first", .list([]))))
        #expect(H.error(call("optional.unwrap", .list([.int(1)])))?.contains("no matching overload") == true)
    }

    @Test func theLibraryBringsTheMacros() {
        #expect(Set(Library.optionals.macros) == ["optMap", "optFlatMap"])
    }
}
