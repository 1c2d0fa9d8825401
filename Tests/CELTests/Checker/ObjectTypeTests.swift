import Testing

@testable import CEL

@Suite struct ObjectTypeTests {
    private func environment() -> Environment {
        var env = Environment(variables: ["product": .message("comply.Product")])
        env.declare(
            object: ObjectType(name: "comply.Product", fields: ["hs_code": .string, "fob_value": .double]))
        return env
    }

    @Test func declaredFieldsHaveTheirTypes() throws {
        let ast = try environment().compile("product.hs_code.startsWith('08') && product.fob_value > 1.0")
        #expect(ast.resultType == .bool)
    }

    @Test func presenceTestOnDeclaredFieldIsBool() throws {
        let ast = try environment().compile("has(product.hs_code)")
        #expect(ast.resultType == .bool)
    }

    @Test func misspeltFieldIsReportedWithSuggestion() {
        #expect {
            _ = try environment().compile("product.hs_cod == '080450'")
        } throws: { error in
            guard let error = error as? CompileError, let first = error.diagnostics.first else {
                return false
            }
            return first.message == "undefined field 'hs_cod' of 'comply.Product'"
                && first.hint == "did you mean 'hs_code'?" && first.span.start == 0
        }
    }

    @Test func objectValuesAreMapsAtRunTime() throws {
        let env = environment()
        let program = env.program(try env.compile("product.fob_value * 2.0"))
        let product = Value.map(
            MapValue([.string("hs_code"): .string("080450"), .string("fob_value"): .double(2.5)]))
        #expect(program.evaluate(Activation(["product": product])) == .double(5.0))
    }
}
