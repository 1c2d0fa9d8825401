import Testing

@testable import CEL

@Suite("Type assignability and substitution")
struct TypeAssignabilityTests {
    @Test("dyn and the error type are assignable both ways")
    func dynIsWildcard() {
        #expect(assignable(.dyn, .int))
        #expect(assignable(.string, .dyn))
        #expect(assignable(.error, .list(.int)))
        #expect(assignable(.list(.int), .list(.dyn)))
    }

    @Test("different primitive types are not assignable")
    func primitivesMustAgree() {
        #expect(!assignable(.int, .string))
        #expect(!assignable(.int, .uint))
        #expect(!assignable(.list(.int), .list(.string)))
        #expect(!assignable(.list(.int), .map(.int, .int)))
    }

    @Test("null is assignable to messages, well-known and abstract types only")
    func nullRules() {
        #expect(assignable(.null, .null))
        #expect(assignable(.null, .timestamp))
        #expect(assignable(.null, .optional(.int)))
        #expect(assignable(.null, .message("google.type.Money")))
        #expect(!assignable(.null, .int))
        #expect(!assignable(.null, .list(.int)))
        #expect(!assignable(.string, .null))
    }

    @Test("unifying binds type parameters, and a failed attempt leaves no binding")
    func bindsAndRollsBack() {
        var substitution = TypeSubstitution()
        let a = CELType.typeParameter("A")
        let mismatched = substitution.isAssignable([.list(.int), .string], to: [.list(a), a])
        #expect(!mismatched)
        #expect(substitution.binding(of: "A") == nil)
        let matched = substitution.isAssignable([.list(.int), .int], to: [.list(a), a])
        #expect(matched)
        #expect(substitution.substitute(a, unboundToDyn: false) == .int)
    }

    @Test("a binding widens to dyn when a dyn argument meets it")
    func widensToMostGeneral() {
        var substitution = TypeSubstitution()
        let t = CELType.typeParameter("T")
        let matched = substitution.isAssignable([.dyn, .uint, .double], to: [t, t, t])
        #expect(matched)
        #expect(
            substitution.substitute(.opaque("tuple", [t, t, t]), unboundToDyn: false)
                == .opaque("tuple", [.dyn, .dyn, .dyn]))
    }

    @Test("the occurs check refuses a parameter bound inside itself")
    func occursCheck() {
        var substitution = TypeSubstitution()
        let a = CELType.typeParameter("A")
        let bound = substitution.isAssignable(.list(a), to: a)
        #expect(!bound)
        #expect(substitution.binding(of: "A") == nil)
    }

    @Test("free parameters become dyn only when asked")
    func unboundToDyn() {
        let substitution = TypeSubstitution()
        let type = CELType.map(.typeParameter("K"), .list(.typeParameter("V")))
        #expect(substitution.substitute(type, unboundToDyn: false) == type)
        #expect(substitution.substitute(type, unboundToDyn: true) == .map(.dyn, .list(.dyn)))
    }

    @Test("the most general of two unifying types keeps dyn")
    func mostGeneralKeepsDyn() {
        #expect(mostGeneral(.optional(.int), .optional(.dyn)) == .optional(.dyn))
        #expect(mostGeneral(.list(.dyn), .list(.int)) == .list(.dyn))
        #expect(mostGeneral(.int, .int) == .int)
    }
}

/// Whether `from` is assignable to `to` with no bindings made before.
private func assignable(_ from: CELType, _ to: CELType) -> Bool {
    var substitution = TypeSubstitution()
    return substitution.isAssignable(from, to: to)
}
