import Testing

@testable import CEL

/// The checker against the libraries Comply ships: what a rule author writes
/// checks, with the types and overloads the interpreter relies on.
@Suite("Checker: with the standard and extension libraries")
struct StandardLibraryCheckTests {
    static let product: [String: CELType] = [
        "product": .map(.string, .dyn),
        "rvc": .double,
        "exports": .list(.map(.string, .dyn)),
        "as_of": .timestamp,
    ]

    @Test(
        "rule expressions deduce their types",
        arguments: [
            ("product.hs_code.startsWith('0804')", "bool"),
            ("rvc >= 40", "bool"),
            ("rvc * 100.0 >= 40.0", "bool"),
            ("size(exports) > 0 && exports.all(e, e.market in ['CN', 'JP'])", "bool"),
            ("exports.map(e, e.value)", "list(dyn)"),
            ("exports.filter(e, e.market == 'CN').size()", "int"),
            ("as_of - timestamp('2024-01-01T00:00:00Z') > duration('720h')", "bool"),
            ("as_of + duration('24h')", "google.protobuf.Timestamp"),
            ("type(product) == map", "bool"),
            ("int('42') + 1", "int"),
            ("string(rvc)", "string"),
            ("math.greatest(1, 2)", "int"),
            ("'a,b'.split(',')", "list(string)"),
            ("product.?origin.orValue('VN')", "dyn"),
            ("[1, 2, 3].exists(x, x > 2)", "bool"),
            ("{'a': 1}.all(k, v, v > 0)", "bool"),
        ])
    func ruleExpressions(text: String, type: String) throws {
        let environment = Environment(variables: Self.product)
        #expect(try environment.compile(text).resultType.description == type)
    }

    @Test("the references name overloads the libraries declare")
    func referencesExist() throws {
        let environment = Environment(variables: Self.product)
        let ast = try environment.compile("size(product.name) > 3 && rvc >= 40.0 && math.least(1, 2) == 1")
        for case .function(let name, let ids) in ast.references.values {
            let function = try #require(environment.functions[name], "no function \(name)")
            for id in ids {
                #expect(function.overloads.contains { $0.id == id }, "\(name) has no overload \(id)")
            }
        }
    }

    @Test("a misspelled library function is suggested")
    func misspelledLibraryFunction() throws {
        let environment = Environment(variables: Self.product)
        do {
            _ = try environment.compile("product.hs_code.startWith('0804')")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.hint == "did you mean 'startsWith'?")
        }
    }
}
