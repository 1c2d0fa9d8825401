import Testing

@testable import CEL

@Suite("strings extension")
struct StringsTests {
    typealias H = ExtensionHarness

    private func call(_ name: String, _ arguments: Value...) -> Value {
        guard let function = Library.strings.functions.first(where: { $0.name == name }),
            let dispatcher = function.dispatcher
        else { return .error(EvalError("no function \(name)")) }
        return ExtensionFunction.invoke(dispatcher, arguments, name: name)
    }

    @Test func charAtCountsCodePoints() {
        #expect(H.string(call("charAt", .string("ta©o©αT"), .int(5))) == "α")
        #expect(H.string(call("charAt", .string("tacocat"), .int(7))) == "")
        #expect(H.error(call("charAt", .string("tacocat"), .int(30))) == "index out of range: 30")
        #expect(H.error(call("charAt", .string("tacocat"), .int(-1))) == "index out of range: -1")
    }

    @Test func indexOfFindsCodePointOffsets() {
        #expect(H.int(call("indexOf", .string("tacocat"), .string(""))) == 0)
        #expect(H.int(call("indexOf", .string("tacocat"), .string("ac"))) == 1)
        #expect(H.int(call("indexOf", .string("tacocat"), .string("none"))) == -1)
        #expect(H.int(call("indexOf", .string("tacocat"), .string("a"), .int(3))) == 5)
        #expect(H.int(call("indexOf", .string("ta©o©αT"), .string("©"), .int(3))) == 4)
        #expect(H.int(call("indexOf", .string("ta©o©αT"), .string("©αT"), .int(3))) == 4)
        #expect(H.int(call("indexOf", .string("ta©o©αT"), .string("©α"), .int(5))) == -1)
        #expect(H.int(call("indexOf", .string("hello wello"), .string("ello"), .int(6))) == 7)
        #expect(H.int(call("indexOf", .string(""), .string("a"))) == -1)
        #expect(H.error(call("indexOf", .string("abc"), .string("a"), .int(3))) == "index out of range: 3")
        #expect(H.error(call("indexOf", .string("abc"), .string("a"), .int(-1))) == "index out of range: -1")
    }

    @Test func indexOfComparesScalarsNotCanonicalEquivalents() {
        // "é" precomposed is not found in "e" + combining acute accent.
        #expect(H.int(call("indexOf", .string("cafe\u{301}"), .string("\u{E9}"))) == -1)
        #expect(H.int(call("indexOf", .string("cafe\u{301}"), .string("\u{301}"))) == 4)
    }

    @Test func lastIndexOfSearchesBackwards() {
        #expect(H.int(call("lastIndexOf", .string(""), .string("@@"))) == -1)
        #expect(H.int(call("lastIndexOf", .string("tacocat"), .string(""))) == 7)
        #expect(H.int(call("lastIndexOf", .string("tacocat"), .string(""), .int(3))) == 3)
        #expect(H.int(call("lastIndexOf", .string("ta©o©αT"), .string("©"))) == 4)
        #expect(H.int(call("lastIndexOf", .string("ta©o©αT"), .string("©"), .int(3))) == 2)
        #expect(H.int(call("lastIndexOf", .string("hello wello"), .string("hello wello"))) == 0)
        #expect(H.int(call("lastIndexOf", .string("hello mellow"), .string("ello"), .int(6))) == 1)
        #expect(
            H.error(call("lastIndexOf", .string("tacocat"), .string("a"), .int(-1)))
                == "index out of range: -1")
        #expect(
            H.error(call("lastIndexOf", .string("tacocat"), .string("a"), .int(30)))
                == "index out of range: 30")
    }

    @Test func asciiCasingLeavesOtherScriptsAlone() {
        #expect(H.string(call("lowerAscii", .string("TacoCÆt Xii"))) == "tacocÆt xii")
        #expect(H.string(call("upperAscii", .string("tacoCαt"))) == "TACOCαT")
        #expect(H.string(call("upperAscii", .string("sơn la"))) == "SơN LA")
    }

    @Test func replaceHonoursTheLimit() {
        #expect(
            H.string(call("replace", .string("{0} days {0} hours"), .string("{0}"), .string("2")))
                == "2 days 2 hours")
        #expect(
            H.string(call("replace", .string("{0} days {0} hours"), .string("{0}"), .string("2"), .int(1)))
                == "2 days {0} hours")
        #expect(
            H.string(call("replace", .string("hello hello"), .string("he"), .string("we"), .int(0)))
                == "hello hello")
        #expect(
            H.string(call("replace", .string("hello hello"), .string("he"), .string("we"), .int(-1)))
                == "wello wello")
        #expect(
            H.string(call("replace", .string("1 ©αT taco"), .string("αT"), .string("o©α"))) == "1 ©o©α taco")
        // An empty pattern matches around every code point, as Go's strings.Replace.
        #expect(H.string(call("replace", .string("©a"), .string(""), .string("-"))) == "-©-a-")
        #expect(H.string(call("replace", .string("©a"), .string(""), .string("-"), .int(2))) == "-©-a")
    }

    @Test func splitHonoursTheLimit() {
        #expect(H.strings(call("split", .string("hello world"), .string(" "))) == ["hello", "world"])
        #expect(H.strings(call("split", .string("hello world events!"), .string(" "), .int(0))) == [])
        #expect(
            H.strings(call("split", .string("hello world events!"), .string(" "), .int(1))) == [
                "hello world events!"
            ])
        #expect(
            H.strings(call("split", .string("hello world events!"), .string(" "), .int(2)))
                == ["hello", "world events!"])
        #expect(H.strings(call("split", .string("o©o©o©o"), .string("©"), .int(-1))) == ["o", "o", "o", "o"])
        #expect(H.strings(call("split", .string(""), .string(","))) == [""])
        #expect(H.strings(call("split", .string(",a,"), .string(","))) == ["", "a", ""])
        #expect(H.strings(call("split", .string("a©c"), .string(""))) == ["a", "©", "c"])
        #expect(H.strings(call("split", .string("a©c"), .string(""), .int(2))) == ["a", "©c"])
        #expect(H.strings(call("split", .string(""), .string(""))) == [])
    }

    @Test func substringUsesHalfOpenCodePointRanges() {
        #expect(H.string(call("substring", .string("tacocat"), .int(4))) == "cat")
        #expect(H.string(call("substring", .string("tacocat"), .int(7))) == "")
        #expect(H.string(call("substring", .string("ta©o©αT"), .int(2), .int(6))) == "©o©α")
        #expect(H.string(call("substring", .string("ta©o©αT"), .int(7), .int(7))) == "")
        #expect(H.error(call("substring", .string("tacocat"), .int(40))) == "index out of range: 40")
        #expect(H.error(call("substring", .string("tacocat"), .int(-1))) == "index out of range: -1")
        #expect(H.error(call("substring", .string("tacocat"), .int(1), .int(50))) == "index out of range: 50")
        #expect(
            H.error(call("substring", .string("tacocat"), .int(49), .int(50))) == "index out of range: 49")
        #expect(
            H.error(call("substring", .string("tacocat"), .int(4), .int(3)))
                == "invalid substring range. start: 4, end: 3")
    }

    @Test func trimRemovesUnicodeWhiteSpaceButNotZeroWidthCharacters() {
        #expect(H.string(call("trim", .string(" \u{0C}\n\r\t\u{0B}text  "))) == "text")
        #expect(H.string(call("trim", .string("\u{85}\u{A0}\u{1680}text"))) == "text")
        #expect(
            H.string(call("trim", .string("\u{200A}text\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}"))) == "text")
        let zeroWidth = "\u{180E}text\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}"
        #expect(H.string(call("trim", .string(zeroWidth))) == zeroWidth)
        #expect(H.string(call("trim", .string(" \t "))) == "")
    }

    @Test func joinConcatenatesStrings() {
        #expect(H.string(call("join", .list([.string("x"), .string("y")]))) == "xy")
        #expect(H.string(call("join", .list([]))) == "")
        #expect(H.string(call("join", .list([]), .string("-"))) == "")
        #expect(H.string(call("join", .list([.string("a"), .string("b")]), .string(", "))) == "a, b")
        #expect(H.error(call("join", .list([.string("a"), .int(1)]))) != nil)
    }

    @Test func reverseReversesCodePoints() {
        #expect(H.string(call("reverse", .string(""))) == "")
        #expect(H.string(call("reverse", .string("☺"))) == "☺")
        #expect(H.string(call("reverse", .string("Ta©oCαt"))) == "tαCo©aT")
    }

    @Test func quoteEscapesLikeACELLiteral() {
        #expect(H.string(call("strings.quote", .string("first\nsecond"))) == "\"first\\nsecond\"")
        #expect(
            H.string(call("strings.quote", .string("\u{07}\u{08}\u{0C}\r\t\u{0B}")))
                == "\"\\a\\b\\f\\r\\t\\v\"")
        #expect(H.string(call("strings.quote", .string("ends with \\"))) == "\"ends with \\\\\"")
        #expect(H.string(call("strings.quote", .string("say \"hi\""))) == "\"say \\\"hi\\\"\"")
        #expect(H.string(call("strings.quote", .string("завтра 😀"))) == "\"завтра 😀\"")
    }

    @Test func wrongArgumentKindsFindNoOverload() {
        #expect(H.error(call("charAt", .int(42), .int(2)))?.contains("no matching overload") == true)
        #expect(
            H.error(call("charAt", .string("hello"), .bool(true)))?.contains("no matching overload") == true)
        #expect(
            H.error(call("indexOf", .string("42"), .string("4"), .string("0")))?.contains(
                "no matching overload")
                == true)
        #expect(
            H.error(call("replace", .string("42"), .string("2"), .string("1"), .int(1), .bool(false)))?
                .contains("no matching overload") == true)
        #expect(H.error(call("split", .string("42"), .int(2)))?.contains("no matching overload") == true)
        #expect(
            H.error(call("substring", .string("hello"), .int(1), .int(2), .int(3)))?.contains(
                "no matching overload") == true)
    }

    @Test func checkedOverloadsAgreeWithTheDispatcher() {
        #expect(
            H.string(
                H.callOverload(.strings, "string_substring_int_int", .string("tacocat"), .int(0), .int(4)))
                == "taco")
        #expect(
            H.int(H.callOverload(.strings, "string_last_index_of_string", .string("tacocat"), .string("cat")))
                == 4)
        #expect(
            H.string(
                H.callOverload(
                    .strings, "list_join_string", .list([.string("a"), .string("b")]), .string("/"))) == "a/b"
        )
    }
}
