import Testing

@testable import CEL

@Suite("math extension")
struct MathTests {
    typealias H = ExtensionHarness

    private func call(_ name: String, _ arguments: Value...) -> Value {
        guard let function = Library.math.functions.first(where: { $0.name == name }),
            let dispatcher = function.dispatcher
        else { return .error(EvalError("no function \(name)")) }
        return ExtensionFunction.invoke(dispatcher, arguments, name: name)
    }

    @Test func greatestReturnsTheWinningArgumentUnchanged() {
        #expect(H.int(call("math.greatest", .int(5))) == 5)
        #expect(H.int(call("math.greatest", .int(3), .int(-3))) == 3)
        #expect(H.int(call("math.greatest", .int(1), .double(1.0))) == 1)
        #expect(H.uint(call("math.greatest", .int(-3), .uint(3))) == 3)
        #expect(H.uint(call("math.greatest", .uint(5), .int(-7))) == 5)
        #expect(H.int(call("math.greatest", .int(.min), .int(1))) == 1)
        #expect(H.double(call("math.greatest", .double(1.797693e308), .int(1))) == 1.797693e308)
        #expect(
            H.uint(
                call("math.greatest", .double(5.4), .int(10), .uint(3), .double(-5.0), .uint(.max))) == .max)
        #expect(
            H.int(
                call("math.greatest", .list([.double(5.4), .int(10), .uint(3), .double(-5.0), .double(3.5)])))
                == 10)
    }

    @Test func leastReturnsTheWinningArgumentUnchanged() {
        #expect(H.double(call("math.least", .double(-5.5))) == -5.5)
        #expect(H.int(call("math.least", .int(1), .int(.min))) == .min)
        #expect(H.uint(call("math.least", .uint(1), .double(1.0), .double(1.0))) == 1)
        #expect(
            H.double(call("math.least", .list([.double(5.4), .double(10.5), .uint(3), .double(-5.0)])))
                == -5.0)
        #expect(
            H.uint(call("math.least", .list([.double(5.4), .uint(10), .uint(3), .uint(1), .double(3.5)])))
                == 1)
    }

    @Test func tiesKeepTheFirstArgument() {
        #expect(H.double(call("math.greatest", .double(1.0), .int(1), .int(1))) == 1.0)
        #expect(H.uint(call("math.least", .uint(1), .int(1))) == 1)
    }

    @Test func mixedNumbersCompareAsTheRelationalOperatorsDo() {
        // Like `9223372036854775807 == 9223372036854775808.0` in CEL, the int
        // meets the double at 2^63: a tie, so the first argument wins.
        #expect(H.int(call("math.greatest", .int(.max), .double(9_223_372_036_854_775_808.0))) == .max)
        #expect(H.double(call("math.least", .uint(1), .double(0.5))) == 0.5)
        #expect(H.int(call("math.greatest", .int(-1), .uint(0), .double(-0.5))) == nil)
        #expect(H.uint(call("math.greatest", .int(-1), .uint(0), .double(-0.5))) == 0)
    }

    @Test func greatestRejectsEmptyListsNonNumbersAndNaN() {
        #expect(H.error(call("math.greatest", .list([]))) == "math.greatest(list) argument must not be empty")
        #expect(H.error(call("math.greatest", .string("a")))?.contains("no matching overload") == true)
        #expect(H.error(call("math.least", .int(1), .string("a")))?.contains("no matching overload") == true)
        #expect(H.error(call("math.greatest", .double(.nan), .int(1)))?.contains("NaN") == true)
        #expect(H.double(call("math.greatest", .double(.nan))).map { $0.isNaN } == true)
    }

    @Test func rounding() {
        #expect(H.double(call("math.ceil", .double(-1.2))) == -1.0)
        #expect(H.double(call("math.ceil", .double(1.2))) == 2.0)
        #expect(H.double(call("math.floor", .double(-1.2))) == -2.0)
        #expect(H.double(call("math.round", .double(-1.5))) == -2.0)
        #expect(H.double(call("math.round", .double(1.5))) == 2.0)
        #expect(H.double(call("math.round", .double(-1.4))) == -1.0)
        #expect(H.double(call("math.round", .double(.nan))).map { $0.isNaN } == true)
        #expect(H.double(call("math.trunc", .double(-1.2))) == -1.0)
        #expect(H.error(call("math.ceil", .int(1)))?.contains("no matching overload") == true)
    }

    @Test func absAndSign() {
        #expect(H.uint(call("math.abs", .uint(1))) == 1)
        #expect(H.int(call("math.abs", .int(-11))) == 11)
        #expect(H.double(call("math.abs", .double(-11.5))) == 11.5)
        #expect(H.error(call("math.abs", .int(.min))) == "integer overflow")
        #expect(H.uint(call("math.sign", .uint(100))) == 1)
        #expect(H.uint(call("math.sign", .uint(0))) == 0)
        #expect(H.int(call("math.sign", .int(-11))) == -1)
        #expect(H.int(call("math.sign", .int(0))) == 0)
        #expect(H.double(call("math.sign", .double(-32.0))) == -1.0)
        #expect(H.double(call("math.sign", .double(-0.0))).map { $0 == 0 && $0.sign == .plus } == true)
        #expect(H.double(call("math.sign", .double(.nan))).map { $0.isNaN } == true)
    }

    @Test func floatingPointPredicates() {
        #expect(H.bool(call("math.isNaN", .double(.nan))) == true)
        #expect(H.bool(call("math.isNaN", .double(.infinity))) == false)
        #expect(H.bool(call("math.isInf", .double(-.infinity))) == true)
        #expect(H.bool(call("math.isInf", .double(.nan))) == false)
        #expect(H.bool(call("math.isFinite", .double(1.0 / 1.5))) == true)
        #expect(H.bool(call("math.isFinite", .double(.nan))) == false)
        #expect(H.error(call("math.isNaN", .bool(true)))?.contains("no matching overload") == true)
    }

    @Test func squareRoots() {
        #expect(H.double(call("math.sqrt", .int(16))) == 4.0)
        #expect(H.double(call("math.sqrt", .uint(81))) == 9.0)
        #expect(H.double(call("math.sqrt", .double(2.25))) == 1.5)
        #expect(H.double(call("math.sqrt", .int(-1))).map { $0.isNaN } == true)
    }

    @Test func bitwiseOperations() {
        #expect(H.int(call("math.bitAnd", .int(1), .int(2))) == 0)
        #expect(H.int(call("math.bitAnd", .int(1), .int(-1))) == 1)
        #expect(H.uint(call("math.bitAnd", .uint(1), .uint(3))) == 1)
        #expect(H.int(call("math.bitOr", .int(4), .int(-2))) == -2)
        #expect(H.uint(call("math.bitOr", .uint(1), .uint(4))) == 5)
        #expect(H.int(call("math.bitXor", .int(4), .int(-2))) == -6)
        #expect(H.int(call("math.bitNot", .int(1))) == -2)
        #expect(H.uint(call("math.bitNot", .uint(0))) == .max)
        #expect(H.error(call("math.bitAnd", .uint(2), .string("")))?.contains("no matching overload") == true)
        #expect(H.error(call("math.bitOr", .double(1.2), .int(1)))?.contains("no matching overload") == true)
    }

    @Test func shifts() {
        #expect(H.int(call("math.bitShiftLeft", .int(1), .int(2))) == 4)
        #expect(H.int(call("math.bitShiftLeft", .int(-1), .int(2))) == -4)
        #expect(H.int(call("math.bitShiftLeft", .int(-1), .int(200))) == 0)
        #expect(H.uint(call("math.bitShiftLeft", .uint(1), .int(200))) == 0)
        #expect(H.int(call("math.bitShiftRight", .int(1024), .int(2))) == 256)
        #expect(H.int(call("math.bitShiftRight", .int(1024), .int(64))) == 0)
        #expect(H.int(call("math.bitShiftRight", .int(-1024), .int(3))) == 2_305_843_009_213_693_824)
        #expect(H.int(call("math.bitShiftRight", .int(-1024), .int(64))) == 0)
        #expect(H.uint(call("math.bitShiftRight", .uint(1024), .int(200))) == 0)
        #expect(
            H.error(call("math.bitShiftRight", .uint(1), .int(-1)))
                == "math.bitShiftRight() negative offset: -1")
        #expect(
            H.error(call("math.bitShiftLeft", .int(1), .int(-5))) == "math.bitShiftLeft() negative offset: -5"
        )
    }

    @Test func declarationsCoverEveryArityTheCheckerMeets() {
        guard let greatest = Library.math.functions.first(where: { $0.name == "math.greatest" }) else {
            Issue.record("math.greatest is not declared")
            return
        }
        let arities = Set(greatest.overloads.map(\.parameters.count))
        #expect(arities == Set(1...MathFunctions.maxExtremumArity))
        let mixed = greatest.overloads.first { $0.id == "math_@max_int_double" }
        #expect(mixed?.result == .dyn)
        #expect(greatest.overloads.first { $0.id == "math_@max_list_uint" }?.result == .uint)
    }
}
