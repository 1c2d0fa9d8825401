/// The checker's diagnostics. Messages follow cel-go's wording, so that authors
/// who know CEL from Kubernetes or Kyverno recognise them.
extension Diagnostic {
    static func undeclaredReference(_ name: String, at span: Span, hint: String?) -> Diagnostic {
        Diagnostic(
            phase: .check, message: "undeclared reference to '\(name)' (in container '')", span: span,
            hint: hint)
    }

    static func noMatchingOverload(
        _ function: String, argumentTypes: [CELType], isMember: Bool, at span: Span, hint: String?
    ) -> Diagnostic {
        var types = argumentTypes.map(\.description)
        var signature = ""
        if isMember, !types.isEmpty { signature = types.removeFirst() + "." }
        signature += "(" + types.joined(separator: ", ") + ")"
        return Diagnostic(
            phase: .check, message: "found no matching overload for '\(function)' applied to '\(signature)'",
            span: span, hint: hint)
    }

    static func typeMismatch(expected: CELType, found: CELType, at span: Span) -> Diagnostic {
        Diagnostic(phase: .check, message: "expected type '\(expected)' but found '\(found)'", span: span)
    }

    static func noFieldSelection(on type: CELType, field: String, at span: Span) -> Diagnostic {
        let hint: String? =
            switch type {
            case .list:
                "a list has no fields; to test its elements use a macro such as x.exists(e, e.\(field) ...)"
            case .optional: nil
            default: nil
            }
        return Diagnostic(
            phase: .check, message: "type '\(type)' does not support field selection", span: span, hint: hint)
    }

    static func unknownMessageField(_ field: String, message: String, at span: Span) -> Diagnostic {
        Diagnostic(
            phase: .check, message: "undefined field '\(field)' of message type '\(message)'", span: span,
            hint: "Comply knows no protobuf message types; declare the value as a map, e.g. map(string, dyn)")
    }

    static func undefinedObjectField(_ field: String, of object: ObjectType, at span: Span) -> Diagnostic {
        let suggestion = NameSuggestion.closest(to: field, among: object.fields.keys)
        let hint =
            suggestion.map { "did you mean '\($0)'?" }
            ?? "'\(object.name)' has the fields \(object.fields.keys.sorted().joined(separator: ", "))"
        return Diagnostic(
            phase: .check, message: "undefined field '\(field)' of '\(object.name)'", span: span, hint: hint)
    }

    static func unknownMessageType(_ name: String, at span: Span) -> Diagnostic {
        Diagnostic(
            phase: .check, message: "undeclared reference to '\(name)' (in container '')", span: span,
            hint:
                "'\(name){...}' builds a protobuf message, and Comply knows no message types; use a map literal"
        )
    }

    static func notAComprehensionRange(_ type: CELType, at span: Span) -> Diagnostic {
        Diagnostic(
            phase: .check,
            message:
                "expression of type '\(type)' cannot be range of a comprehension (must be list, map, or dynamic)",
            span: span)
    }

    static func notAnOptionalFieldSelection(at span: Span) -> Diagnostic {
        Diagnostic(
            phase: .check, message: "unsupported optional field selection", span: span,
            hint: "the field of '.?' must be a name, as in a.?b")
    }

    static let typeTooLargeMessage =
        "the type of this expression has more than \(CheckPass.maxTypeSize) parts"

    static func typeTooLarge(at span: Span) -> Diagnostic {
        Diagnostic(
            phase: .check, message: typeTooLargeMessage, span: span,
            hint: "split the expression, or convert a part with dyn(...)")
    }
}
