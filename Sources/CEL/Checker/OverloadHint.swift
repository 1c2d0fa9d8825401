/// What to tell an author whose call matches no overload: the mistakes rule
/// authors make most (mixing numeric types, comparing across types, a condition
/// that is not a bool, the wrong call style or arity) get a sentence of their own;
/// anything else gets the signatures the function does accept.
enum OverloadHint {
    static func hint(for function: Function, argumentTypes: [CELType], isMember: Bool) -> String? {
        let sameStyle = function.overloads.filter { $0.isMember == isMember }
        let name = function.name
        if sameStyle.isEmpty, let other = function.overloads.first {
            return other.isMember
                ? "'\(name)' is called on a value: write x.\(name)(...)"
                : "'\(name)' is a global function: write \(name)(x, ...)"
        }
        if let operatorHint = operatorHint(name, argumentTypes) { return operatorHint }
        let receiver = isMember ? 1 : 0
        if !sameStyle.contains(where: { $0.parameters.count == argumentTypes.count }) {
            let counts = Set(sameStyle.map { $0.parameters.count - receiver }).sorted().map(String.init)
            let list =
                counts.count == 1
                ? counts[0] : counts.dropLast().joined(separator: ", ") + " or " + (counts.last ?? "")
            return "'\(name)' takes \(list) argument\(counts == ["1"] ? "" : "s")"
        }
        let signatures = sameStyle.filter { $0.parameters.count == argumentTypes.count }.map(signature)
        let limit = 8
        var text = "overloads: " + signatures.prefix(limit).joined(separator: ", ")
        if signatures.count > limit { text += ", and \(signatures.count - limit) more" }
        return text
    }

    /// One overload's signature as cel-go prints it: `string.(int) -> bool` for a receiver call.
    static func signature(_ overload: Overload) -> String {
        var parameters = overload.parameters.map(\.description)
        var text = ""
        if overload.isMember, !parameters.isEmpty {
            text = parameters.removeFirst() + "."
        }
        return text + "(" + parameters.joined(separator: ", ") + ") -> \(overload.result)"
    }

    private static let arithmetic: Set<String> = [
        Operator.add, Operator.subtract, Operator.multiply, Operator.divide, Operator.modulo,
    ]
    private static let ordering: Set<String> = [
        Operator.less, Operator.lessEquals, Operator.greater, Operator.greaterEquals,
    ]
    private static let numeric: Set<CELType> = [.int, .uint, .double]

    private static func operatorHint(_ function: String, _ types: [CELType]) -> String? {
        let shown = Operator.display(function) ?? function
        let distinct = Set(types)
        if arithmetic.contains(function), distinct.count > 1, distinct.isSubset(of: numeric) {
            return
                "CEL does not mix int, uint and double in arithmetic: write 2.0 for a double or 2u for a uint,"
                + " or convert with double(x), int(x) or uint(x)"
        }
        if function == Operator.equals || function == Operator.notEquals, types.count == 2,
            distinct.count == 2
        {
            return "'\(shown)' compares values of one type, here '\(types[0])' and '\(types[1])':"
                + " convert one side, e.g. with string(x), int(x) or double(x)"
        }
        if ordering.contains(function), types.count == 2, distinct.count == 2, !distinct.isSubset(of: numeric)
        {
            return
                "'\(shown)' orders values of one type, here '\(types[0])' and '\(types[1])': convert one side"
        }
        if function == Operator.conditional, types.count == 3, types[0] == .bool {
            return "both branches of '?:' must have one type, here '\(types[1])' and '\(types[2])':"
                + " convert one, or wrap it in dyn(...)"
        }
        let isLogical = [Operator.logicalAnd, Operator.logicalOr, Operator.logicalNot].contains(function)
        if isLogical || function == Operator.conditional, let condition = types.first(where: { $0 != .bool }),
            isLogical || types.first != .bool
        {
            return "a condition must be a bool, not '\(condition)': compare it, e.g. size(x) > 0 or x != ''"
        }
        return nil
    }
}
