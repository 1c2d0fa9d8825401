import CEL

/// Runs one conformance case the way cel-spec's runners do: build the environment
/// (standard library, every extension, the case's declarations), parse, check unless
/// the case disables it, compare the deduced type, evaluate with the bindings and
/// compare the result.
struct CELCaseRunner {
    func run(_ testCase: CELCase) -> CELCaseOutcome {
        if let setupFailure = testCase.setupFailure { return .failed(setupFailure) }
        let environment = environment(for: testCase)

        let parsed: AST
        do {
            parsed = try environment.parse(Source(testCase.expression, description: testCase.identity))
        } catch {
            return compileFailure(testCase, phase: "parse", error)
        }

        var ast = parsed
        if !testCase.disableCheck {
            do {
                ast = try environment.check(parsed)
            } catch {
                return compileFailure(testCase, phase: "check", error)
            }
            if case .deducedType(let expected, _) = testCase.expectation {
                let deduced = ast.resultType.description
                guard deduced == expected else {
                    return .failed("deduced type \(deduced), want \(expected)")
                }
            }
        }
        if testCase.checkOnly {
            if case .error = testCase.expectation { return .failed("checked without error, want an error") }
            return .passed
        }

        let result = environment.program(ast).evaluate(Activation(testCase.bindings))
        return compare(result, with: testCase.expectation)
    }

    private func environment(for testCase: CELCase) -> Environment {
        var environment = Environment()
        if testCase.disableMacros { environment.macros = [] }
        // Bindings the type environment leaves undeclared are inputs the expression
        // may ignore (upstream runners accept them); `dyn` keeps the checker quiet.
        for name in testCase.bindings.keys where testCase.variables[name] == nil {
            environment.declare(variable: name, type: .dyn)
        }
        for (name, type) in testCase.variables {
            environment.declare(variable: name, type: type)
        }
        for function in testCase.functions {
            environment.declare(function)
        }
        return environment
    }

    private func compileFailure(_ testCase: CELCase, phase: String, _ error: CompileError) -> CELCaseOutcome {
        if case .error = testCase.expectation { return .passed }
        let message = error.diagnostics.first?.message ?? "no diagnostic"
        return .failed("unexpected \(phase) error: \(message)")
    }

    private func compare(_ result: Value, with expectation: CELCase.Expectation) -> CELCaseOutcome {
        switch (expectation, result) {
        case (.error, .error):
            return .passed
        case (.error, _):
            return .failed("got \(ValueText.describe(result)), want an error")
        case (.unknown, .unknown):
            return .passed
        case (.unknown, _):
            return .failed("got \(ValueText.describe(result)), want an unknown")
        case (_, .error(let error)):
            return .failed("unexpected evaluation error: \(error.message)")
        case (.value(let expected), _), (.deducedType(_, value: let expected?), _):
            if ExpectedValueMatch.matches(result, expected) { return .passed }
            return .failed("got \(ValueText.describe(result)), want \(ValueText.describe(expected))")
        case (.deducedType(_, value: nil), _):
            return .passed
        }
    }
}
