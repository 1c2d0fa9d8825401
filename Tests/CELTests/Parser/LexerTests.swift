import Testing

@testable import CEL

/// The kinds of the tokens of `text`, without the final end marker.
private func kinds(_ text: String) -> [Token.Kind] {
    var lexer = Lexer(scalars: Array(text.unicodeScalars))
    return lexer.tokenize().map(\.kind).filter { $0 != .end }
}

private func lexed(_ text: String) -> (kinds: [Token.Kind], diagnostics: [Diagnostic]) {
    var lexer = Lexer(scalars: Array(text.unicodeScalars))
    let tokens = lexer.tokenize()
    return (tokens.map(\.kind).filter { $0 != .end }, lexer.diagnostics)
}

@Suite struct NumberLexingTests {
    @Test(arguments: [
        ("0", Token.Kind.int(0)),
        ("42", .int(42)),
        ("0x1F", .int(31)),
        ("0xffffffffffffffff", .int(UInt64.max)),
        ("9223372036854775808", .int(9_223_372_036_854_775_808)),
        ("18446744073709551616", .int(nil)),
        ("42u", .uint(42)),
        ("42U", .uint(42)),
        ("0x10u", .uint(16)),
        ("18446744073709551615u", .uint(UInt64.max)),
        ("18446744073709551616u", .uint(nil)),
        ("1.5", .double(1.5)),
        (".5", .double(0.5)),
        ("1e3", .double(1000)),
        ("1.5e-3", .double(0.0015)),
        ("2E+2", .double(200)),
        ("1e400", .double(nil)),
    ])
    func number(_ text: String, _ expected: Token.Kind) {
        #expect(kinds(text) == [expected])
    }

    @Test func incompleteNumbersSplitAsTheGrammarSays() {
        #expect(kinds("1.") == [.int(1), .dot])
        #expect(kinds("1e") == [.int(1), .identifier("e")])
        #expect(kinds("0x") == [.int(0), .identifier("x")])
        #expect(kinds("1.size()") == [.int(1), .dot, .identifier("size"), .leftParen, .rightParen])
    }
}

@Suite struct StringLexingTests {
    @Test(arguments: [
        (#"'hello'"#, "hello"),
        (#""hello""#, "hello"),
        (#"'''a'b''c'''"#, "a'b''c"),
        ("\"\"\"two\nlines\"\"\"", "two\nlines"),
        (#"'\a\b\f\n\r\t\v'"#, "\u{07}\u{08}\u{0C}\n\r\t\u{0B}"),
        (#"'\\ \? \" \' \`'"#, "\\ ? \" ' `"),
        (#"'\101\x42\X43\u0044\U00000045'"#, "ABCDE"),
        (#"'\377\xFF'"#, "\u{FF}\u{FF}"),
        (#"'\U0001F600'"#, "\u{1F600}"),
        (#"r'\n\x'"#, #"\n\x"#),
        (#"R"\d+""#, #"\d+"#),
        (#"r'''a\'''"#, #"a\"#),
        ("'caf\u{E9}'", "caf\u{E9}"),
    ])
    func string(_ text: String, _ expected: String) {
        let result = lexed(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.kinds == [.string(expected)])
    }

    @Test(arguments: [
        (#"b'abc'"#, [UInt8]([97, 98, 99])),
        (#"b'\377\xff'"#, [255, 255]),
        (#"B"\303\277""#, [195, 191]),
        ("b'\u{FF}'", [195, 191]),
        (#"br'\x00'"#, [92, 120, 48, 48]),
        (#"bR'''\n'''"#, [92, 110]),
    ])
    func bytes(_ text: String, _ expected: [UInt8]) {
        let result = lexed(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.kinds == [.bytes(expected)])
    }

    @Test func prefixesOnlyCountRightBeforeAQuote() {
        #expect(kinds("rb'x'") == [.identifier("rb"), .string("x")])
        #expect(kinds("b + r") == [.identifier("b"), .plus, .identifier("r")])
    }

    @Test(arguments: [
        (#"'\q'"#, 1),
        (#"'\8'"#, 1),
        (#"'\400'"#, 1),
        (#"'\x4'"#, 1),
        (#"'\ud800'"#, 1),
        (#"'\U00110000'"#, 1),
        (#"b'\u0041'"#, 2),
    ])
    func invalidEscapesAreReportedAtTheEscape(_ text: String, _ backslashOffset: Int) {
        let result = lexed(text)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.span.start == backslashOffset)
    }

    @Test func unterminatedStringsAreInvalidTokens() {
        for text in ["'abc", "\"abc\ndef\"", "'''abc''", "r'abc", "'abc\\"] {
            let result = lexed(text)
            #expect(result.diagnostics.count >= 1, "\(text)")
            #expect(result.kinds.contains(.invalid), "\(text)")
        }
    }
}

@Suite struct WordAndPunctuationLexingTests {
    @Test func keywordsAndIdentifiers() {
        #expect(
            kinds("true false null in inner _x x1 if")
                == [
                    .trueLiteral, .falseLiteral, .nullLiteral, .inKeyword, .identifier("inner"),
                    .identifier("_x"),
                    .identifier("x1"), .identifier("if"),
                ])
    }

    @Test func operators() {
        #expect(
            kinds("== != <= >= < > && || ! - + * / % ? : . , ( ) [ ] { }")
                == [
                    .equal, .notEqual, .lessEqual, .greaterEqual, .less, .greater, .and, .or, .bang, .minus,
                    .plus,
                    .star, .slash, .percent, .question, .colon, .dot, .comma, .leftParen, .rightParen,
                    .leftBracket, .rightBracket, .leftBrace, .rightBrace,
                ])
    }

    @Test func quotedIdentifiers() {
        #expect(kinds("a.`content-type`") == [.identifier("a"), .dot, .quotedIdentifier("content-type")])
        #expect(kinds("`foo.txt/a b`") == [.quotedIdentifier("foo.txt/a b")])
        #expect(lexed("``").diagnostics.count == 1)
        #expect(lexed("`a+b`").diagnostics.count == 1)
    }

    @Test func commentsAndWhitespaceAreSkipped() {
        #expect(kinds("a // note\n\t+\r\u{0C}b // end") == [.identifier("a"), .plus, .identifier("b")])
    }

    @Test func strayCharactersBecomeInvalidTokensWithHints() {
        let result = lexed("a = b & c | d # \u{7}")
        #expect(result.diagnostics.count == 5)
        #expect(result.diagnostics[0].hint?.contains("==") == true)
        #expect(result.diagnostics[1].hint?.contains("&&") == true)
        #expect(result.diagnostics[2].hint?.contains("||") == true)
        #expect(result.diagnostics[4].message.contains("U+0007"))
    }

    @Test func spansCountScalars() {
        var lexer = Lexer(scalars: Array("'Sơn La' + x".unicodeScalars))
        let tokens = lexer.tokenize()
        #expect(tokens[0].span == Span(start: 0, end: 8))
        #expect(tokens[2].span == Span(start: 11, end: 12))
    }
}
