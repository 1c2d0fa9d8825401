import Testing

@testable import Comply

/// How a message template splits into text and `{{ expression | format }}` holes, in any
/// script: quotes, braces and pipes inside holes do not end them.
@Suite struct MessageTemplateTests {
    private func pieces(_ text: String) throws -> [String] {
        try TemplateScanner.scan(text).get().map { piece in
            switch piece {
            case .text(let literal): return "text(\(literal))"
            case .hole(let hole): return "hole(\(hole.expression)|\(hole.filter ?? "-")@\(hole.offset))"
            }
        }
    }

    @Test func textAndHolesAlternate() throws {
        #expect(try pieces("plain") == ["text(plain)"])
        #expect(try pieces("{{ a }}") == ["hole( a |-@2)"])
        #expect(
            try pieces("RVC {{ rvc | number:1 }} %, {{ name }}.")
                == ["text(RVC )", "hole( rvc |number:1@6)", "text( %, )", "hole( name |-@30)", "text(.)"])
    }

    @Test func offsetsCountCharactersNotBytes() throws {
        #expect(try pieces("Mộc Châu {{ x }}") == ["text(Mộc Châu )", "hole( x |-@11)"])
        #expect(
            try pieces("Sơn La → {{ product.name }} ✓") == [
                "text(Sơn La → )", "hole( product.name |-@11)", "text( ✓)",
            ])
    }

    @Test func quotesBracesAndDoublePipesStayInsideAHole() throws {
        #expect(try pieces("{{ 'a}}b' + \"|\" }}") == ["hole( 'a}}b' + \"|\" |-@2)"])
        #expect(try pieces("{{ a || b | list }}") == ["hole( a || b |list@2)"])
        #expect(try pieces("{{ {\"k\": 1}}}") == ["hole( {\"k\": 1}|-@2)"])
        #expect(try pieces("{{ 'it\\'s' }}") == ["hole( 'it\\'s' |-@2)"])
    }

    @Test func anUnclosedHoleIsAnErrorAtItsStart() {
        guard case .failure(let error) = TemplateScanner.scan("Đạt {{ x") else {
            Issue.record("an unclosed hole must fail")
            return
        }
        #expect(error.offset == 4)
        #expect(error.message == "a \"{{\" is never closed with \"}}\"")
    }
}
