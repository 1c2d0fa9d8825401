import Testing

@testable import CEL

@Suite("extension declarations")
struct ExtensionDeclarationTests {
    private let extensions: [Library] = [.strings, .math, .encoders, .optionals]

    @Test func everyOverloadHasABody() {
        for library in extensions {
            for function in library.functions {
                for overload in function.overloads {
                    #expect(overload.implementation != nil, "\(overload.id) has no body")
                }
            }
        }
    }

    @Test func overloadIDsAreUniqueAcrossTheEnvironment() {
        var ids: Set<String> = []
        for library in [Library.standard] + extensions {
            for function in library.functions {
                for overload in function.overloads {
                    #expect(ids.insert(overload.id).inserted, "\(overload.id) declared twice")
                }
            }
        }
    }

    /// A dispatcher replaces the one already declared under the same name when
    /// an environment merges libraries, so names shared with the standard
    /// library must come without one.
    @Test func sharedNamesBringNoDispatcher() {
        let standardNames = Set(Library.standard.functions.map(\.name))
        for library in extensions {
            for function in library.functions where standardNames.contains(function.name) {
                #expect(function.dispatcher == nil, "\(function.name) would replace the standard dispatcher")
            }
        }
    }

    @Test func typeParametersAreDeclaredWhereUsed() {
        for library in extensions {
            for function in library.functions {
                for overload in function.overloads {
                    let used = Set((overload.parameters + [overload.result]).flatMap(Self.parameterNames))
                    #expect(used.isSubset(of: Set(overload.typeParameters)), "\(overload.id)")
                }
            }
        }
    }

    private static func parameterNames(_ type: CELType) -> [String] {
        switch type {
        case .typeParameter(let name): return [name]
        case .list(let element): return parameterNames(element)
        case .map(let key, let value): return parameterNames(key) + parameterNames(value)
        case .optional(let wrapped), .type(let wrapped): return parameterNames(wrapped)
        case .opaque(_, let parameters): return parameters.flatMap(parameterNames)
        default: return []
        }
    }
}
