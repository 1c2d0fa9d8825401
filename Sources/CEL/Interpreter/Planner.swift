/// Turns an ``AST`` into a tree of ``Node``s once, so that evaluation never
/// looks at the AST again: names are resolved to activation lookups, slots or
/// constants; calls to implementations; constant lists and maps are built ahead
/// of time; frequent operator shapes get inline fast paths.
///
/// The *instrumented* plan is the same tree without the specialisations that
/// skip sub-expressions, with a ``TraceNode`` around every node and with
/// attribute reads that consult unknown patterns. ``Program`` uses it only for
/// traced evaluations and activations that mark attributes unknown.
struct Planner {
    let environment: Environment
    let ast: AST
    let instrumented: Bool
    /// Comprehension variables in scope, innermost last.
    private var scopes: [[String: Int]] = []
    private var variables: [String: VariableReference] = [:]
    private(set) var slotCount = 0
    /// How many comprehension loop bodies enclose the node being planned.
    private var loopDepth = 0

    init(environment: Environment, ast: AST, instrumented: Bool) {
        self.environment = environment
        self.ast = ast
        self.instrumented = instrumented
    }

    /// Plans the whole expression.
    mutating func planRoot() -> Node {
        plan(ast.root)
    }

    private var specialises: Bool { !instrumented }

    private mutating func plan(_ expr: Expr) -> Node {
        let node = planNode(expr)
        return instrumented ? TraceNode(node) : node
    }

    private mutating func planNode(_ expr: Expr) -> Node {
        switch expr.kind {
        case .constant(let constant):
            return ConstantNode(id: expr.id, value: Self.value(of: constant))
        case .ident:
            return planAttribute(expr) ?? ConstantNode(id: expr.id, value: .null)
        case .select(let operand, let field, let testOnly):
            if testOnly {
                return HasNode(
                    id: expr.id, operand: plan(operand), field: field, checksUnknowns: instrumented)
            }
            if let attribute = planAttribute(expr) { return attribute }
            return SelectNode(id: expr.id, operand: plan(operand), field: field)
        case .call(let function, let target, let args):
            return planCall(expr, function: function, target: target, args: args)
        case .list(let elements, let optionalIndices):
            let nodes = elements.map { plan($0) }
            if specialises, optionalIndices.isEmpty {
                let constants = nodes.compactMap(\.constantValue)
                if constants.count == nodes.count, !constants.contains(where: \.isErrorOrUnknown) {
                    return ConstantNode(id: expr.id, value: .list(constants))
                }
            }
            return ListNode(id: expr.id, elements: nodes, optionalIndices: optionalIndices)
        case .map(let entries):
            let planned = entries.map {
                MapNode.Entry(id: $0.id, key: plan($0.key), value: plan($0.value), isOptional: $0.isOptional)
            }
            if specialises, let folded = Self.fold(planned) {
                return ConstantNode(id: expr.id, value: folded)
            }
            return MapNode(id: expr.id, entries: planned)
        case .structure(let typeName, let fields):
            return StructureNode(id: expr.id, typeName: typeName, fields: fields.map { plan($0.value) })
        case .comprehension(let comprehension):
            return planComprehension(expr, comprehension)
        }
    }

    // MARK: Names and attributes

    /// The type names that evaluate to type values.
    static let typeNames: Set<String> = [
        "int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type",
        "optional_type", "google.protobuf.Timestamp", "google.protobuf.Duration",
    ]

    private struct Chain {
        var root: String
        var rootID: ExprID
        /// Outermost last.
        var qualifiers: [Qualifier]
        /// How many leading qualifiers are plain fields (and so may be part of a qualified name).
        var leadingFields: Int
    }

    /// An ident followed by fields and constant indexes, or `nil`.
    private func chain(_ expr: Expr) -> Chain? {
        switch expr.kind {
        case .ident(let name):
            return Chain(root: name, rootID: expr.id, qualifiers: [], leadingFields: 0)
        case .select(let operand, let field, false):
            guard var inner = chain(operand) else { return nil }
            if inner.leadingFields == inner.qualifiers.count { inner.leadingFields += 1 }
            inner.qualifiers.append(.field(field, .string(field), expr.id))
            return inner
        case .call(Operator.index, nil, let args) where args.count == 2:
            guard case .constant(let constant) = args[1].kind, var inner = chain(args[0]) else { return nil }
            let key = Self.value(of: constant)
            guard
                Access.lookupKey(key) != nil
                    || { if case .double = key { return true } else { return false } }()
            else { return nil }
            inner.qualifiers.append(.index(key, expr.id))
            return inner
        default:
            return nil
        }
    }

    private func qualifiedName(_ chain: Chain, fields count: Int) -> String {
        var name = chain.root
        for qualifier in chain.qualifiers.prefix(count) {
            if case .field(let field, _, _) = qualifier { name += "." + field }
        }
        return name
    }

    private mutating func reference(_ name: String) -> VariableReference {
        if let existing = variables[name] { return existing }
        let created = VariableReference(name: name)
        variables[name] = created
        return created
    }

    private func slot(of name: String) -> Int? {
        for scope in scopes.reversed() {
            if let slot = scope[name] { return slot }
        }
        return nil
    }

    /// Plans an ident or a select/index chain over one; `nil` when `expr` is not such a chain.
    private mutating func planAttribute(_ expr: Expr) -> Node? {
        guard var chain = chain(expr) else { return nil }
        // A leading dot (`.a.b`) makes a name absolute: never a comprehension variable.
        let isAbsolute = chain.root.hasPrefix(".")
        if isAbsolute { chain.root.removeFirst() }
        if !isAbsolute, let slot = slot(of: chain.root) {
            if specialises { return fastChain(SlotNode(id: chain.rootID, slot: slot), chain.qualifiers) }
            return AttributeNode(
                id: expr.id, rootID: chain.rootID, root: .slot(slot), rootName: chain.root,
                qualifiers: chain.qualifiers, checksUnknowns: false)
        }
        // A checked AST says which prefix of the chain names a variable, type or constant.
        if ast.isChecked {
            for count in stride(from: chain.leadingFields, through: 0, by: -1) {
                let id = count == 0 ? chain.rootID : chain.qualifiers[count - 1].id
                switch ast.references[id] {
                case .variable(let name)?:
                    return attribute(expr, chain, candidates: [(reference(name), count)])
                case .type(let type)?:
                    return qualify(
                        ConstantNode(id: id, value: .type(type.runtimeName)), chain, from: count, expr)
                case .constant(let constant)?:
                    return qualify(
                        ConstantNode(id: id, value: Self.value(of: constant)), chain, from: count, expr)
                default:
                    continue
                }
            }
        }
        // Unchecked (or unresolved): the longest declared qualified name, else a type
        // name, else every qualified name, longest first, tried against the activation.
        for count in stride(from: chain.leadingFields, through: 0, by: -1) {
            let name = qualifiedName(chain, fields: count)
            if environment.variables[name] != nil {
                return attribute(expr, chain, candidates: [(reference(name), count)])
            }
        }
        for count in stride(from: chain.leadingFields, through: 0, by: -1) {
            let name = qualifiedName(chain, fields: count)
            if Self.typeNames.contains(name) {
                let id = count == 0 ? chain.rootID : chain.qualifiers[count - 1].id
                return qualify(ConstantNode(id: id, value: .type(name)), chain, from: count, expr)
            }
        }
        var candidates: [(VariableReference, skip: Int)] = []
        for count in stride(from: chain.leadingFields, through: 0, by: -1) {
            candidates.append((reference(qualifiedName(chain, fields: count)), count))
        }
        return attribute(expr, chain, candidates: candidates)
    }

    private func attribute(_ expr: Expr, _ chain: Chain, candidates: [(VariableReference, skip: Int)]) -> Node
    {
        if specialises, candidates.count == 1 {
            let (reference, skip) = candidates[0]
            let rootID = skip == 0 ? chain.rootID : chain.qualifiers[skip - 1].id
            let rest = Array(chain.qualifiers.dropFirst(skip))
            if case .field(let field, _, let id)? = rest.first {
                let node = VariableFieldNode(id: id, rootID: rootID, reference: reference, field: field)
                return fastChain(node, Array(rest.dropFirst()))
            }
            return fastChain(VariableNode(id: rootID, reference: reference), rest)
        }
        return AttributeNode(
            id: expr.id, rootID: chain.rootID, root: .variables(candidates), rootName: chain.root,
            qualifiers: chain.qualifiers, checksUnknowns: instrumented)
    }

    /// The fast tree's node per qualifier over `base`.
    private func fastChain(_ base: Node, _ qualifiers: [Qualifier]) -> Node {
        var node = base
        for qualifier in qualifiers {
            switch qualifier {
            case .field(let field, _, let id): node = FieldNode(id: id, operand: node, field: field)
            case .index(let index, let id): node = ConstantIndexNode(id: id, operand: node, index: index)
            }
        }
        return node
    }

    /// Applies the qualifiers of `chain` from `start` on to a non-variable base node.
    private func qualify(_ base: Node, _ chain: Chain, from start: Int, _ expr: Expr) -> Node {
        var node: Node = instrumented ? TraceNode(base) : base
        for qualifier in chain.qualifiers.dropFirst(start) {
            switch qualifier {
            case .field(let field, _, let id):
                node = SelectNode(id: id, operand: node, field: field)
            case .index(let key, let id):
                node = IndexNode(
                    id: id, operand: node, index: ConstantNode(id: id, value: key), checksUnknowns: false)
            }
            if instrumented, qualifier.id != expr.id { node = TraceNode(node) }
        }
        return node
    }

    // MARK: Calls

    private mutating func planCall(_ expr: Expr, function: String, target: Expr?, args: [Expr]) -> Node {
        let id = expr.id
        if target == nil {
            switch (function, args.count) {
            case (Operator.logicalAnd, 2):
                return AndNode(id: id, lhs: plan(args[0]), rhs: plan(args[1]))
            case (Operator.logicalOr, 2):
                return OrNode(id: id, lhs: plan(args[0]), rhs: plan(args[1]))
            case (Operator.logicalNot, 1):
                return NotNode(id: id, operand: plan(args[0]))
            case (Operator.notStrictlyFalse, 1):
                return NotStrictlyFalseNode(id: id, operand: plan(args[0]))
            case (Operator.conditional, 3):
                return ConditionalNode(
                    id: id, condition: plan(args[0]), whenTrue: plan(args[1]), whenFalse: plan(args[2]))
            case (Operator.index, 2):
                if let attribute = planAttribute(expr) { return attribute }
                return IndexNode(
                    id: id, operand: plan(args[0]), index: plan(args[1]), checksUnknowns: instrumented)
            case (Operator.optionalIndex, 2):
                return OptionalIndexNode(id: id, operand: plan(args[0]), index: plan(args[1]))
            case (Operator.optionalSelect, 2):
                if case .constant(.string(let field)) = args[1].kind {
                    return OptionalSelectNode(
                        id: id, operand: plan(args[0]), field: field, checksUnknowns: instrumented)
                }
            default:
                break
            }
        }
        if target == nil, function == MapInsertNode.function, environment.functions[function] == nil,
            !args.isEmpty
        {
            return MapInsertNode(
                id: id, map: plan(args[0]), arguments: args.dropFirst().map { plan($0) }, accumulatorSlot: -1)
        }
        let (name, arguments) = resolveCallee(expr, function: function, target: target, args: args)
        let nodes = arguments.map { plan($0) }
        let node = callNode(id: id, name: name, arguments: nodes)
        if loopDepth > 0, name == Operator.add { return SizeChargeNode(node) }
        return node
    }

    /// The function's full name and its arguments: `math.greatest(a)` is a global
    /// call of `math.greatest`; `s.startsWith(p)` passes `s` first.
    private func resolveCallee(
        _ expr: Expr, function: String, target: Expr?, args: [Expr]
    ) -> (String, [Expr]) {
        guard let target else {
            let name = function.hasPrefix(".") ? String(function.dropFirst()) : function
            return (environment.functions[name] != nil ? name : function, args)
        }
        if case .function(let name, _)? = ast.references[expr.id], name != function {
            return (name, args)
        }
        if let chain = chain(target), chain.leadingFields == chain.qualifiers.count,
            slot(of: chain.root) == nil
        {
            let qualified = qualifiedName(chain, fields: chain.leadingFields) + "." + function
            if environment.functions[qualified] != nil,
                environment.variables[qualifiedName(chain, fields: 0)] == nil
            {
                return (qualified, args)
            }
        }
        return (function, [target] + args)
    }

    /// The overloads a checked AST narrowed the call to, or all of them.
    private func candidates(_ id: ExprID, _ function: Function) -> [Overload] {
        guard case .function(_, let ids)? = ast.references[id], !ids.isEmpty else {
            return function.overloads
        }
        let chosen = function.overloads.filter { ids.contains($0.id) }
        return chosen.isEmpty ? function.overloads : chosen
    }

    /// The implementation to call without matching at run time, if there is one.
    private func implementation(_ id: ExprID, _ function: Function, arity: Int) -> Implementation? {
        let overloads = candidates(id, function)
        if ast.isChecked, overloads.count == 1, let only = overloads[0].implementation { return only }
        if let dispatcher = function.dispatcher { return dispatcher }
        let matching = function.overloads.filter { $0.parameters.count == arity }
        if matching.count == 1, matching[0].parameters.allSatisfy(Self.acceptsAnything) {
            return matching[0].implementation
        }
        return nil
    }

    private static func acceptsAnything(_ type: CELType) -> Bool {
        switch type {
        case .dyn, .typeParameter: return true
        default: return false
        }
    }

    private func callNode(id: ExprID, name: String, arguments: [Node]) -> Node {
        guard let function = environment.functions[name] else {
            return UnboundCallNode(id: id, function: name, arguments: arguments)
        }
        if specialises, arguments.count == 2, let fast = fastNode(id: id, name: name, function, arguments) {
            return fast
        }
        switch (implementation(id, function, arity: arguments.count), arguments.count) {
        case (.unary(let body)?, 1):
            return UnaryCallNode(id: id, argument: arguments[0], body: body)
        case (.binary(let body)?, 2):
            return BinaryCallNode(id: id, lhs: arguments[0], rhs: arguments[1], body: body)
        case (.ternary(let body)?, 3):
            return TernaryCallNode(id: id, arguments: (arguments[0], arguments[1], arguments[2]), body: body)
        case (.variadic(let body)?, _):
            return VariadicCallNode(id: id, arguments: arguments, body: body)
        default:
            return DispatchCallNode(
                id: id, function: name, arguments: arguments, overloads: candidates(id, function))
        }
    }

    /// A two-argument body for the function, whatever form its implementation takes.
    private func binaryBody(
        _ id: ExprID, _ name: String, _ function: Function
    ) -> @Sendable (Value, Value) -> Value {
        switch implementation(id, function, arity: 2) {
        case .binary(let body)?: return body
        case .variadic(let body)?: return { body([$0, $1]) }
        default:
            let overloads = candidates(id, function)
            return { left, right in
                for overload in overloads where OverloadMatching.accepts(overload.parameters, [left, right]) {
                    if let implementation = overload.implementation,
                        let result = OverloadMatching.call(implementation, [left, right])
                    {
                        return result
                    }
                }
                return .error(EvalError.noSuchOverload(name, [left, right]))
            }
        }
    }

    private func fastNode(id: ExprID, name: String, _ function: Function, _ arguments: [Node]) -> Node? {
        if name == Operator.in, case .list(let items)? = arguments[1].constantValue {
            var strings: [String] = []
            for item in items {
                guard case .string(let string) = item else { return nil }
                strings.append(string)
            }
            return InStringsNode(
                id: id, operand: arguments[0], strings: strings, fallback: binaryBody(id, name, function))
        }
        guard let operation = FastOperator(function: name) else { return nil }
        let fallback = binaryBody(id, name, function)
        if let constant = arguments[1].constantValue, Self.isScalar(constant) {
            return FastBinaryConstantNode(
                id: id, operation: operation, operand: arguments[0], constant: constant, constantFirst: false,
                fallback: fallback)
        }
        if let constant = arguments[0].constantValue, Self.isScalar(constant), let swapped = operation.swapped
        {
            return FastBinaryConstantNode(
                id: id, operation: swapped, operand: arguments[1], constant: constant, constantFirst: true,
                fallback: fallback)
        }
        return FastBinaryNode(
            id: id, operation: operation, lhs: arguments[0], rhs: arguments[1], fallback: fallback)
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .null, .bool, .int, .uint, .double, .string: return true
        default: return false
        }
    }

    // MARK: Comprehensions

    private mutating func planComprehension(_ expr: Expr, _ comprehension: Comprehension) -> Node {
        let range = plan(comprehension.iterRange)
        let accumulatorInit = plan(comprehension.accuInit)
        let accumulatorSlot = allocateSlot()
        let iterationSlot = allocateSlot()
        let secondSlot = comprehension.iterVar2 == nil ? -1 : allocateSlot()
        var loopScope = [comprehension.accuVar: accumulatorSlot, comprehension.iterVar: iterationSlot]
        if let second = comprehension.iterVar2 { loopScope[second] = secondSlot }
        scopes.append(loopScope)
        loopDepth += 1
        let condition = plan(comprehension.loopCondition)
        let step = planStep(comprehension.loopStep, accumulator: comprehension.accuVar, slot: accumulatorSlot)
        loopDepth -= 1
        scopes[scopes.count - 1] = [comprehension.accuVar: accumulatorSlot]
        let result = plan(comprehension.result)
        scopes.removeLast()
        let iterationCost =
            1 + Self.staticCost(comprehension.loopCondition) + Self.staticCost(comprehension.loopStep)
        return ComprehensionNode(
            id: expr.id, range: range, accumulatorInit: accumulatorInit, condition: condition, step: step,
            result: result, slots: (iterationSlot, secondSlot, accumulatorSlot), iterationCost: iterationCost,
            names: (comprehension.iterVar, comprehension.iterVar2))
    }

    private mutating func allocateSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// Plans a loop step, turning `accu + [e]` (possibly under `?:`, as `filter`
    /// writes it) into an in-place append.
    private mutating func planStep(_ expr: Expr, accumulator: String, slot: Int) -> Node {
        if case .call(Operator.add, nil, let args) = expr.kind, args.count == 2,
            case .ident(accumulator) = args[0].kind, self.slot(of: accumulator) == slot,
            case .list(let elements, let optionalIndices) = args[1].kind, elements.count == 1,
            optionalIndices.isEmpty
        {
            let add = environment.functions[Operator.add].map { binaryBody(expr.id, Operator.add, $0) }
            let node = AppendToAccumulatorNode(
                id: expr.id, accumulatorSlot: slot, element: plan(elements[0]), add: add)
            return instrumented ? TraceNode(node) : node
        }
        if case .call(MapInsertNode.function, nil, let args) = expr.kind, args.count >= 2,
            environment.functions[MapInsertNode.function] == nil,
            case .ident(accumulator) = args[0].kind, self.slot(of: accumulator) == slot
        {
            let node = MapInsertNode(
                id: expr.id, map: plan(args[0]), arguments: args.dropFirst().map { plan($0) },
                accumulatorSlot: slot)
            return instrumented ? TraceNode(node) : node
        }
        if case .call(Operator.conditional, nil, let args) = expr.kind, args.count == 3 {
            let node = ConditionalNode(
                id: expr.id, condition: plan(args[0]),
                whenTrue: planStep(args[1], accumulator: accumulator, slot: slot),
                whenFalse: planStep(args[2], accumulator: accumulator, slot: slot))
            return instrumented ? TraceNode(node) : node
        }
        return plan(expr)
    }

    /// Nodes evaluated at most once per evaluation of `expr`, not counting the
    /// loop bodies of comprehensions (which charge per iteration).
    static func staticCost(_ expr: Expr) -> Int {
        switch expr.kind {
        case .constant, .ident: return 1
        case .select(let operand, _, _): return 1 + staticCost(operand)
        case .call(_, let target, let args):
            return 1 + (target.map(staticCost) ?? 0) + args.reduce(0) { $0 + staticCost($1) }
        case .list(let elements, _): return 1 + elements.reduce(0) { $0 + staticCost($1) }
        case .map(let entries):
            return 1 + entries.reduce(0) { $0 + staticCost($1.key) + staticCost($1.value) }
        case .structure(_, let fields): return 1 + fields.reduce(0) { $0 + staticCost($1.value) }
        case .comprehension(let comprehension):
            return 1 + staticCost(comprehension.iterRange) + staticCost(comprehension.accuInit)
                + staticCost(comprehension.result)
        }
    }

    // MARK: Constants

    static func value(of constant: Constant) -> Value {
        switch constant {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .uint(let value): return .uint(value)
        case .double(let value): return .double(value)
        case .string(let value): return .string(value)
        case .bytes(let value): return .bytes(value)
        }
    }

    /// A map literal of constant, unique keys and constant values, built once.
    private static func fold(_ entries: [MapNode.Entry]) -> Value? {
        var result = MapValue()
        for entry in entries {
            guard !entry.isOptional, let key = entry.key.constantValue, let mapKey = MapNode.key(key),
                let value = entry.value.constantValue, !value.isErrorOrUnknown, result[mapKey] == nil
            else { return nil }
            result[mapKey] = value
        }
        return .map(result)
    }
}
