import Foundation
import Testing

@testable import CEL

@Suite("The standard library")
struct StandardLibraryTests {
    private static let functions = Dictionary(
        Library.standard.functions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// Calls `name` through its dispatcher, as the evaluator does for an unchecked call.
    private func call(_ name: String, _ arguments: Value...) -> Value {
        guard let dispatcher = Self.functions[name]?.dispatcher else {
            return .error(EvalError("no dispatcher for \(name)"))
        }
        return invoke(dispatcher, arguments)
    }

    /// Calls one overload's own implementation, as the evaluator does for a checked call.
    private func call(overload id: String, _ arguments: Value...) -> Value {
        let overload = Library.standard.functions.flatMap(\.overloads).first { $0.id == id }
        guard let implementation = overload?.implementation else {
            return .error(EvalError("no overload \(id)"))
        }
        return invoke(implementation, arguments)
    }

    private func invoke(_ implementation: Implementation, _ arguments: [Value]) -> Value {
        switch (implementation, arguments.count) {
        case (.unary(let body), 1): return body(arguments[0])
        case (.binary(let body), 2): return body(arguments[0], arguments[1])
        case (.ternary(let body), 3): return body(arguments[0], arguments[1], arguments[2])
        case (.variadic(let body), _): return body(arguments)
        default: return .error(EvalError("arity mismatch"))
        }
    }

    private func isError(_ value: Value, containing text: String = "") -> Bool {
        if case .error(let error) = value { return text.isEmpty || error.message.contains(text) }
        return false
    }

    @Test("overload ids are unique and every overload has an implementation, except the special forms")
    func declarations() {
        let overloads = Library.standard.functions.flatMap(\.overloads)
        #expect(Set(overloads.map(\.id)).count == overloads.count)
        let special: Set = [
            Operator.logicalAnd, Operator.logicalOr, Operator.conditional, Operator.notStrictlyFalse,
        ]
        for function in Library.standard.functions {
            if special.contains(function.name) {
                #expect(function.dispatcher == nil, "\(function.name)")
                #expect(function.overloads.allSatisfy { $0.implementation == nil })
            } else {
                #expect(function.dispatcher != nil, "\(function.name)")
                #expect(function.overloads.allSatisfy { $0.implementation != nil }, "\(function.name)")
            }
        }
        for id in [
            "add_int64", "add_list", "add_timestamp_duration", "less_int64_uint64", "less_double_int64",
            "greater_equals_duration", "index_map", "in_list", "size_string", "list_size", "matches_string",
            "string_to_timestamp", "timestamp_to_day_of_month_1_based_with_tz", "duration_to_milliseconds",
            "timestamp_to_seconds_tz", "to_dyn", "type", "equals", "logical_and",
        ] {
            #expect(overloads.contains { $0.id == id }, "\(id)")
        }
    }

    @Test("generic overloads declare their type parameters")
    func generics() {
        let overloads = Library.standard.functions.flatMap(\.overloads)
        let inMap = overloads.first { $0.id == "in_map" }
        #expect(inMap?.parameters == [.typeParameter("A"), .map(.typeParameter("A"), .typeParameter("B"))])
        #expect(inMap?.typeParameters == ["A", "B"])
        #expect(overloads.first { $0.id == "size_list" }?.typeParameters == ["A"])
        #expect(overloads.first { $0.id == "list_size" }?.isMember == true)
    }

    @Test("operators through their dispatchers")
    func operators() {
        #expect(call("_+_", .int(40), .int(2)) == .int(42))
        #expect(isError(call("_+_", .int(.max), .int(1)), containing: "overflow"))
        #expect(isError(call("_/_", .int(15), .int(0)), containing: "division by zero"))
        #expect(call("_==_", .int(1), .double(1)) == .bool(true))
        #expect(call("_!=_", .uint(2), .int(2)) == .bool(false))
        #expect(call("_<_", .int(1), .uint(2)) == .bool(true))
        #expect(call("_>=_", .string("b"), .string("a")) == .bool(true))
        #expect(isError(call("_<=_", .list([]), .list([])), containing: "'_<=_'"))
        #expect(call("!_", .bool(true)) == .bool(false))
        #expect(call("-_", .double(4.5)) == .double(-4.5))
        #expect(call("_[_]", .list([.string("foo")]), .int(0)) == .string("foo"))
        #expect(call("@in", .double(3), .list([.int(3)])) == .bool(true))
        #expect(call("size", .string("four")) == .int(4))
    }

    @Test("a checked call to one overload still answers correctly for any runtime kinds")
    func overloadImplementations() {
        #expect(call(overload: "less_int64", .int(1), .int(2)) == .bool(true))
        #expect(call(overload: "less_int64_double", .int(1), .double(0.5)) == .bool(false))
        #expect(call(overload: "add_string", .string("a"), .string("b")) == .string("ab"))
        #expect(
            call(
                overload: "timestamp_to_hours_with_tz", .timestamp(Timestamp(seconds: 1_234_567_890)),
                .string("+01:00")) == .int(0))
        #expect(call(overload: "duration_to_minutes", .duration(Duration(seconds: 3730))) == .int(62))
    }

    @Test("string tests compare code points")
    func stringFunctions() {
        #expect(call("contains", .string("abababc"), .string("ababc")) == .bool(true))
        #expect(call("contains", .string("hello"), .string("")) == .bool(true))
        #expect(call("contains", .string(""), .string("x")) == .bool(false))
        #expect(call("startsWith", .string("e\u{301}"), .string("e")) == .bool(true))
        #expect(call("endsWith", .string("fort\u{E9}"), .string("t\u{E9}")) == .bool(true))
        #expect(call("endsWith", .string("a"), .string("ba")) == .bool(false))
        #expect(isError(call("startsWith", .string("a"), .int(1))))
    }

    @Test("matches is an unanchored RE2-style search over code points")
    func regularExpressions() {
        #expect(call("matches", .string("hubba"), .string("ubb")) == .bool(true))
        #expect(call("matches", .string("banana"), .string("^ba(na)*$")) == .bool(true))
        #expect(call("matches", .string("🐱😀😀"), .string("(a|😀){2}")) == .bool(true))
        #expect(call("matches", .string("e\u{301}"), .string("^.{2}$")) == .bool(true))
        #expect(call("matches", .string("0804.50"), .string(#"^\d{4}\.\d{2}$"#)) == .bool(true))
        #expect(call("matches", .string(""), .string("foo|bar")) == .bool(false))
        #expect(
            isError(call("matches", .string("a"), .string("a(")), containing: "invalid regular expression"))
    }

    @Test("conversions, dyn and type")
    func conversions() {
        #expect(call("int", .string("987")) == .int(987))
        #expect(isError(call("uint", .int(-1)), containing: "range"))
        #expect(
            call("string", .timestamp(Timestamp(seconds: 1_234_567_890))) == .string("2009-02-13T23:31:30Z"))
        #expect(
            call("timestamp", .string("2009-02-13T23:31:30Z"))
                == .timestamp(Timestamp(seconds: 1_234_567_890)))
        #expect(call("duration", .string("1m")) == .duration(Duration(seconds: 60)))
        #expect(call("dyn", .list([])) == .list([]))
        #expect(call("type", .uint(1)) == .type("uint"))
        #expect(call("type", .type("int")) == .type("type"))
        #expect(isError(call("bool", .int(1)), containing: "no matching overload"))
    }

    @Test("timestamp accessors in UTC and in a zone")
    func timestampAccessors() {
        let instant = Value.timestamp(Timestamp(seconds: 1_234_567_890, nanos: 321_000_000))
        #expect(call("getFullYear", instant) == .int(2009))
        #expect(call("getMonth", instant) == .int(1))
        #expect(call("getDate", instant) == .int(13))
        #expect(call("getDayOfMonth", instant) == .int(12))
        #expect(call("getDayOfYear", instant) == .int(43))
        #expect(call("getDayOfWeek", instant) == .int(5))
        #expect(call("getHours", instant) == .int(23))
        #expect(call("getMinutes", instant) == .int(31))
        #expect(call("getSeconds", instant) == .int(30))
        #expect(call("getMilliseconds", instant) == .int(321))
        #expect(call("getFullYear", instant, .string("-09:30")) == .int(2009))
        #expect(call("getDayOfMonth", instant, .string("+11:00")) == .int(13))
        #expect(
            isError(call("getHours", instant, .string("Nowhere/Atlantis")), containing: "unknown time zone"))
        #expect(isError(call("getHours", instant, .int(1))))
        #expect(isError(call("getFullYear", .duration(Duration(seconds: 1)))))
    }

    @Test(
        "Asia/Ho_Chi_Minh is seven hours ahead",
        .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Asia/Ho_Chi_Minh")))
    func saigon() {
        let instant = Value.timestamp(Timestamp(seconds: 1_234_567_890))
        #expect(call("getHours", instant, .string("Asia/Ho_Chi_Minh")) == .int(6))
        #expect(call("getDate", instant, .string("Asia/Ho_Chi_Minh")) == .int(14))
        #expect(call("getMinutes", instant, .string("Asia/Kathmandu")) == .int(16))
    }

    @Test("duration accessors read totals, except milliseconds")
    func durationAccessors() {
        let span = Value.duration(Duration(seconds: 123, nanos: 321_456_789))
        #expect(call("getHours", .duration(Duration(seconds: 10_000))) == .int(2))
        #expect(call("getMinutes", .duration(Duration(seconds: 3730))) == .int(62))
        #expect(call("getSeconds", span) == .int(123))
        #expect(call("getMilliseconds", span) == .int(321))
        #expect(call("getHours", .duration(Duration(seconds: -7200))) == .int(-2))
    }
}
