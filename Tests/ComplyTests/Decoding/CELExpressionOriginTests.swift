import CEL
import Comply
import Testing

/// A CEL mistake in a pack must point at the character in the YAML file, whatever the
/// scalar style the expression was written in.
@Suite struct CELExpressionOriginTests {
    private func when(_ yaml: String) throws -> CELExpression {
        let result = decodePack(packHeader + yaml)
        #expect(rendered(result.diagnostics) == [])
        let pack = try #require(result.usablePack)
        return try #require(pack.checks.first?.when)
    }

    /// The file position of the first diagnostic CEL reports for the expression.
    private func errorLocation(_ expression: CELExpression) throws -> (line: Int, column: Int) {
        do {
            _ = try Environment(variables: ["export": .dyn]).compile(expression.source)
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            return expression.fileLocation(ofOffset: diagnostic.span.start)
        }
        Issue.record("expected a compile error in \(expression.text)")
        return (0, 0)
    }

    private let check = """
        checks:
          - id: a
            title: A
            require: "true"

        """

    @Test func plainScalarStartsAtItsFirstCharacter() throws {
        let expression = try when(check + "    when: export.market == undeclared\n")
        #expect(expression.text == "export.market == undeclared")
        #expect(expression.source.origin?.line == 10)
        #expect(expression.source.origin?.column == 11)
        let location = try errorLocation(expression)
        #expect(location == (10, 28))
    }

    @Test func quotedScalarsStartOneColumnPastTheQuote() throws {
        let single = try when(check + "    when: 'export.market == undeclared'\n")
        #expect(single.source.origin?.column == 12)
        #expect(try errorLocation(single) == (10, 29))
        let double = try when(check + "    when: \"export.market == undeclared\"\n")
        #expect(double.text == "export.market == undeclared")
        #expect(try errorLocation(double) == (10, 29))
    }

    @Test func literalBlockMapsEveryLineAndColumn() throws {
        let expression = try when(
            check + """
                    when: |
                      export.market == "CN" &&
                        undeclared
                """)
        #expect(expression.text == "export.market == \"CN\" &&\n  undeclared")
        #expect(expression.source.origin?.line == 11)
        #expect(expression.source.origin?.column == 1)
        #expect(try errorLocation(expression) == (12, 9))
    }

    @Test func foldedBlockMapsEveryLineAndColumn() throws {
        let expression = try when(
            check + """
                    when: >-
                      export.market == "CN"
                      && undeclared
                """)
        #expect(expression.text == "export.market == \"CN\" && undeclared")
        #expect(try errorLocation(expression) == (12, 10))
    }

    @Test func blockWithACommentAndLeadingBlankLine() throws {
        let expression = try when(
            check + """
                    when: |  # applicability

                      undeclared == export.market
                """)
        #expect(try errorLocation(expression) == (12, 7))
    }

    @Test func multiLinePlainScalarMapsItsContinuationLines() throws {
        let expression = try when(
            check + """
                    when: export.market == "CN" &&
                          undeclared
                """)
        #expect(expression.text == "export.market == \"CN\" && undeclared")
        #expect(try errorLocation(expression) == (11, 11))
    }

    @Test func syntaxErrorsMapToo() throws {
        let expression = try when(
            check + """
                    when: |
                      export.market ==
                        == "CN"
                """)
        let location = try errorLocation(expression)
        #expect(location == (12, 9))
    }

    @Test func expressionsInConditionTreesCarryTheirOwnOrigins() throws {
        let result = decodePack(
            packHeader + """
                checks:
                  - id: a
                    title: A
                    require:
                      all:
                        - expr: has(export.x)
                        - 'export.y > 1'
                """)
        let pack = try #require(result.usablePack)
        let expressions = try #require(pack.checks.first).require.expressions.map(\.expression)
        #expect(expressions.map { $0.source.origin?.line } == [11, 12])
        #expect(expressions.map { $0.source.origin?.column } == [17, 12])
        #expect(expressions.allSatisfy { $0.source.description == "t.pack.yaml" })
    }

    @Test func codeBuiltExpressionsUseTheirRange() {
        let expression = CELExpression("1 + 1")
        #expect(expression.source.origin == nil)
        #expect(expression.fileLocation(ofOffset: 4) == (1, 5))
    }
}
