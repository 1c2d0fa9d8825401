import CEL
import YAML

/// Compiles rule packs: every CEL expression (bindings, lets, `when`, condition leaves and
/// the `{{ }}` holes of messages) is parsed and type-checked once, against the profile
/// schema's types and the plugins' functions, and checks are indexed by their guards.
///
/// ```swift
/// let compiler = PackCompiler(profileVariables: ["products": .list(.map(.string, .dyn))])
/// let compilation = compiler.compile(pack)
/// for diagnostic in compilation.diagnostics { print(diagnostic) }
/// // Rules/sps/cn.pack.yaml:31:24: error: type error in `when` of check "cn-fruit": ...
/// ```
///
/// The CEL environment of a check declares, in this order: the profile's top-level fields
/// (typed by the schema), `profile` (the whole profile), `as_of` (the evaluation day as a
/// timestamp), `tables` (each table a list of row maps), the `for_each` names (typed as
/// the element type of their list), the pack lets the check uses, and the check's lets
/// (each typed by checking it after the ones before it).
public struct PackCompiler: Sendable {
    /// The profile's top-level fields and their CEL types (from ``SchemaCELTypes``).
    public var profileVariables: [String: CELType]
    /// Object types the variables refer to (`comply.Product` with its fields), so that a
    /// misspelt field is a compile error; empty when objects are typed as maps.
    public var objectTypes: [ObjectType]
    /// The type of `profile`, the whole profile.
    public var profileType: CELType
    public var plugins: PluginRegistry
    /// Limits for every program (cost, comprehension size).
    public var programOptions: ProgramOptions

    /// Names every check environment declares besides the profile's fields.
    public static let reservedNames: Set<String> = ["profile", "as_of", "tables"]

    public init(
        profileVariables: [String: CELType], objectTypes: [ObjectType] = [],
        profileType: CELType = .map(.string, .dyn),
        plugins: PluginRegistry = .standard, programOptions: ProgramOptions = ProgramOptions()
    ) {
        self.profileVariables = profileVariables
        self.objectTypes = objectTypes
        self.profileType = profileType
        self.plugins = plugins
        self.programOptions = programOptions
    }

    /// A compiler for profiles of `schema`: every object of the schema is a CEL object
    /// type (`comply.Product`), so `product.hs_code` is a `string` and `product.hs_cod` is
    /// a compile error with "did you mean".
    public init(schema: ProfileSchema, plugins: PluginRegistry = .standard) {
        let types = SchemaCELTypes(schema: schema)
        self.init(
            profileVariables: types.objectVariables,
            objectTypes: types.objectTypes.sorted { $0.key < $1.key }.map {
                ObjectType(name: $0.key, fields: $0.value)
            },
            profileType: types.profileObjectType, plugins: plugins)
    }

    /// Compiles one pack; the result holds a compiled pack only when no error was found.
    public func compile(_ pack: RulePack) -> PackCompilation {
        var session = CompileSession(compiler: self, pack: pack)
        let checks = session.run()
        let diagnostics = session.diagnostics
        let failed = diagnostics.contains { $0.severity == .error }
        return PackCompilation(
            pack: failed
                ? nil
                : CompiledPack(pack: pack, checks: checks, profileVariables: Set(profileVariables.keys)),
            diagnostics: diagnostics)
    }

    /// The environment shared by every check of a pack, before bindings and lets.
    func baseEnvironment() -> Environment {
        var variables = profileVariables
        variables["profile"] = profileType
        variables["as_of"] = .timestamp
        variables["tables"] = .map(.string, .list(.map(.string, .dyn)))
        var environment = Environment(variables: variables, libraries: Library.all + plugins.libraries)
        for object in objectTypes { environment.declare(object: object) }
        return environment
    }
}

/// The state of compiling one pack: its diagnostics (deduplicated, since a pack let is
/// checked in every check that uses it) and the parsed pack lets.
private struct CompileSession {
    let compiler: PackCompiler
    let pack: RulePack
    let base: Environment
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<String> = []
    /// Identifiers each pack let reads, by let name.
    private var packLetReads: [String: Set<String>] = [:]

    init(compiler: PackCompiler, pack: RulePack) {
        self.compiler = compiler
        self.pack = pack
        self.base = compiler.baseEnvironment()
    }

    mutating func run() -> [CompiledCheck] {
        for diagnostic in compiler.plugins.diagnostics(for: pack.plugins) { report(diagnostic) }
        parsePackLets()
        return pack.checks.compactMap { compile($0) }
    }

    // MARK: Diagnostics

    mutating func report(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic.description).inserted { diagnostics.append(diagnostic) }
    }

    /// A CEL compile error as pack diagnostics, located in the pack file, with the caret
    /// excerpt of the expression in the hint.
    mutating func report(_ error: CompileError, in expression: CELExpression, role: String) {
        for item in error.diagnostics {
            let phase = item.phase == .parse ? "syntax error" : "type error"
            report(
                Diagnostic(
                    .error, at: expression.fileRange(ofOffset: item.span.start),
                    "\(phase) in \(role): \(item.message)",
                    hint: Self.hint(item, source: error.source)))
        }
    }

    static func hint(_ diagnostic: CEL.Diagnostic, source: Source) -> String {
        let (line, column) = source.lineColumn(of: diagnostic.span.start)
        let width = max(
            1,
            min(
                diagnostic.span.end,
                source.lineStarts.count > line ? source.lineStarts[line] - 1 : source.scalars.count)
                - diagnostic.span.start)
        let excerpt = source.lineText(line)
        let caret = String(repeating: " ", count: max(0, column - 1)) + String(repeating: "^", count: width)
        let advice = diagnostic.hint.map { $0 + "\n" } ?? ""
        return advice + "    " + excerpt + "\n    " + caret
    }

    // MARK: Lets

    private mutating func parsePackLets() {
        var names: Set<String> = []
        for named in pack.lets {
            checkName(named.name, at: named.nameRange, kind: "let", taken: &names)
            do {
                let ast = try base.parse(named.expression.source)
                packLetReads[named.name] = ExpressionWalk.identifiers(ast.root)
            } catch {
                report(error, in: named.expression, role: "let \"\(named.name)\"")
            }
        }
    }

    /// Refuses a binding or let name that hides a profile field, a reserved name or an
    /// earlier name of the same check.
    private mutating func checkName(
        _ name: String, at range: SourceRange, kind: String, taken: inout Set<String>
    ) {
        if PackCompiler.reservedNames.contains(name) || compiler.profileVariables[name] != nil {
            report(
                Diagnostic(
                    .error, at: range,
                    "the \(kind) name \"\(name)\" hides the profile variable of the same name",
                    hint:
                        "choose another name; \(kind)s may not shadow profile fields, profile, as_of or tables"
                ))
        } else if !taken.insert(name).inserted {
            report(
                Diagnostic(
                    .error, at: range, "the name \"\(name)\" is defined twice", hint: "rename one of them"))
        }
    }

    /// The pack lets a set of identifiers needs, with the lets those need, in pack order.
    private func packLetsNeeded(by reads: Set<String>) -> [NamedExpression] {
        var needed: Set<String> = []
        var pending = Array(reads)
        while let name = pending.popLast() {
            guard let letReads = packLetReads[name], needed.insert(name).inserted else { continue }
            pending.append(contentsOf: letReads)
        }
        return pack.lets.filter { needed.contains($0.name) }
    }

    // MARK: Checks

    private mutating func compile(_ check: Check) -> CompiledCheck? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        var environment = base
        var taken: Set<String> = []
        let context = "check \"\(check.id)\""

        var bindings: [CompiledBinding] = []
        var bindingNames: Set<String> = []
        for binding in check.forEach {
            checkName(binding.name, at: binding.nameRange, kind: "for_each", taken: &taken)
            let role = "for_each \"\(binding.name)\" of \(context)"
            guard let list = compileExpression(binding.expression, in: environment, role: role) else {
                environment.declare(variable: binding.name, type: .dyn)
                bindingNames.insert(binding.name)
                continue
            }
            let elementType: CELType
            switch list.resultType {
            case .list(let element): elementType = element
            case .dyn: elementType = .dyn
            default:
                report(
                    Diagnostic(
                        .error, at: binding.expression.range,
                        "for_each \"\(binding.name)\" of \(context) must be a list, but it is \(list.resultType)",
                        hint: "bind a list of the profile, e.g. `products` or `product.exports`"))
                elementType = .dyn
            }
            environment.declare(variable: binding.name, type: elementType)
            var path: (root: String, fields: [String])?
            if let chain = ExpressionWalk.fieldChain(list.ast.root),
                compiler.profileVariables[chain.root] != nil || bindingNames.contains(chain.root)
            {
                path = chain
            }
            bindings.append(CompiledBinding(name: binding.name, list: list, path: path))
            bindingNames.insert(binding.name)
        }

        // Which pack lets the check reads, found by parsing (not checking) its expressions.
        var reads: Set<String> = []
        for expression in Self.expressions(of: check) {
            if let ast = try? base.parse(expression.source) {
                reads.formUnion(ExpressionWalk.identifiers(ast.root))
            }
        }
        for named in check.lets { reads.formUnion(packLetReads[named.name] ?? []) }
        var packLets: [CompiledLet] = []
        for named in packLetsNeeded(by: reads) {
            let role = "let \"\(named.name)\" (used by \(context))"
            let compiled = compileExpression(named.expression, in: environment, role: role)
            environment.declare(variable: named.name, type: compiled?.resultType ?? .dyn)
            if let compiled {
                packLets.append(CompiledLet(name: named.name, label: named.label, value: compiled))
            }
        }

        var lets: [CompiledLet] = []
        var letNames: Set<String> = Set(pack.lets.map(\.name))
        for named in check.lets {
            if letNames.contains(named.name), pack.lets.contains(where: { $0.name == named.name }) {
                report(
                    Diagnostic(
                        .error, at: named.nameRange,
                        "the let \"\(named.name)\" of \(context) hides the pack's let of the same name",
                        hint: "rename the check's let"))
            } else {
                checkName(named.name, at: named.nameRange, kind: "let", taken: &taken)
            }
            letNames.insert(named.name)
            let compiled = compileExpression(
                named.expression, in: environment, role: "let \"\(named.name)\" of \(context)")
            environment.declare(variable: named.name, type: compiled?.resultType ?? .dyn)
            if let compiled {
                lets.append(CompiledLet(name: named.name, label: named.label, value: compiled))
            }
        }

        var when: CompiledExpression?
        if let expression = check.when {
            when = compileExpression(expression, in: environment, role: "`when` of \(context)")
            if let when { requireBool(when, role: "`when` of \(context)") }
        }
        let guardRoots = bindingNames.union(compiler.profileVariables.keys)
        let guards = when.map { GuardAnalysis.guards(of: $0.ast, roots: guardRoots) } ?? []

        let condition = compile(check.require, path: [], in: environment, context: context)
        let messages = compileMessages(check.messages, in: environment, context: context)

        let errorsAfter = diagnostics.filter { $0.severity == .error }.count
        guard errorsAfter == errorsBefore, let condition else { return nil }
        return CompiledCheck(
            check: check, bindings: bindings, when: when, guards: guards, packLets: packLets, lets: lets,
            condition: condition, messages: messages)
    }

    private mutating func compile(
        _ condition: Condition, path: Condition.Path, in environment: Environment, context: String
    ) -> CompiledCondition? {
        switch condition {
        case .expression(let expression, let label):
            let role =
                path.isEmpty ? "`require` of \(context)" : "condition \(Self.describe(path)) of \(context)"
            guard let compiled = compileExpression(expression, in: environment, role: role) else {
                return nil
            }
            requireBool(compiled, role: role)
            return .expression(compiled, label: label, path: path)
        case .all(let items, let label), .any(let items, let label):
            var children: [CompiledCondition] = []
            var failed = false
            for (index, item) in items.enumerated() {
                if let child = compile(item, path: path + [index], in: environment, context: context) {
                    children.append(child)
                } else {
                    failed = true
                }
            }
            if failed { return nil }
            if case .all = condition { return .all(children, label: label, path: path) }
            return .any(children, label: label, path: path)
        case .not(let item, let label):
            guard let child = compile(item, path: path + [0], in: environment, context: context) else {
                return nil
            }
            return .not(child, label: label, path: path)
        }
    }

    private static func describe(_ path: Condition.Path) -> String {
        "require" + path.map { "[\($0)]" }.joined()
    }

    private mutating func compileMessages(
        _ messages: Messages, in environment: Environment, context: String
    ) -> [CheckStatus: [Language: MessageTemplate]] {
        var compiled: [CheckStatus: [Language: MessageTemplate]] = [:]
        for status in CheckStatus.allCases {
            guard let text = messages[status] else { continue }
            var byLanguage: [Language: MessageTemplate] = [:]
            for (language, template) in text.translations.sorted(by: { $0.key < $1.key }) {
                let role = "the \(status.rawValue) message (\(language.rawValue)) of \(context)"
                if let parsed = compileTemplate(template, range: text.range, in: environment, role: role) {
                    byLanguage[language] = parsed
                }
            }
            compiled[status] = byLanguage
        }
        return compiled
    }

    private mutating func compileTemplate(
        _ text: String, range: SourceRange, in environment: Environment, role: String
    ) -> MessageTemplate? {
        let pieces: [TemplateScanner.Piece]
        switch TemplateScanner.scan(text) {
        case .success(let scanned): pieces = scanned
        case .failure(let error):
            report(
                Diagnostic(
                    .error, at: range, "\(role): \(error.message)",
                    hint:
                        "write {{ expression }} or {{ expression | number }}; a literal \"{{\" is not supported"
                ))
            return nil
        }
        var segments: [MessageTemplate.Segment] = []
        var failed = false
        for piece in pieces {
            switch piece {
            case .text(let literal):
                segments.append(.text(literal))
            case .hole(let hole):
                var format = ValueFormat.plain
                if let filter = hole.filter {
                    guard let parsed = ValueFormat(filter: filter) else {
                        let name = String(filter.prefix { $0 != ":" })
                        let suggestion = DidYouMean.hint(for: name, among: ValueFormat.filterNames)
                        report(
                            Diagnostic(
                                .error, at: range, "\(role): unknown format \"\(filter)\"",
                                hint: suggestion
                                    ?? "the formats are number, number:2, percent, money:USD, date and list"))
                        failed = true
                        continue
                    }
                    format = parsed
                }
                let expression = CELExpression(
                    text: hole.expression, range: range,
                    source: Source(hole.expression, description: range.file, origin: Self.origin(of: range)))
                guard let compiled = compileExpression(expression, in: environment, role: role) else {
                    failed = true
                    continue
                }
                segments.append(.value(compiled, format))
            }
        }
        return failed ? nil : MessageTemplate(segments: segments)
    }

    /// Message holes are reported at the message's start: YAML folding and escapes make the
    /// exact column of a hole inside a scalar unreliable, and the caret excerpt shows it.
    private static func origin(of range: SourceRange) -> (line: Int, column: Int)? {
        range.start.line > 0 ? (range.start.line, range.start.column) : nil
    }

    // MARK: Expressions

    private mutating func compileExpression(
        _ expression: CELExpression, in environment: Environment, role: String
    ) -> CompiledExpression? {
        let ast: AST
        do {
            ast = try environment.compile(expression.source)
        } catch {
            report(error, in: expression, role: role)
            return nil
        }
        checkTables(ast, expression: expression, role: role)
        checkPluginUse(ast, expression: expression)
        return CompiledExpression(
            expression: expression, program: environment.program(ast, options: compiler.programOptions))
    }

    private mutating func requireBool(_ compiled: CompiledExpression, role: String) {
        switch compiled.resultType {
        case .bool, .dyn: return
        default:
            report(
                Diagnostic(
                    .error, at: compiled.expression.range,
                    "\(role) must be true or false, but it is \(compiled.resultType)",
                    hint: "compare the value with something, e.g. `x >= 40.0` or `has(product.code)`"))
        }
    }

    /// `tables.NAME` must name a table of the pack; CEL's map type cannot know the names.
    private mutating func checkTables(_ ast: AST, expression: CELExpression, role: String) {
        let names = pack.tables.map(\.name)
        for reference in ExpressionWalk.tableReferences(ast.root) where !names.contains(reference.name) {
            let known =
                names.isEmpty
                ? "the pack declares no tables" : "the tables are \(names.joined(separator: ", "))"
            report(
                Diagnostic(
                    .error, at: expression.fileRange(ofOffset: reference.span.start),
                    "\(role) reads table \"\(reference.name)\", which the pack does not declare",
                    hint: DidYouMean.hint(for: reference.name, among: names) ?? known))
        }
    }

    /// A plugin function used without `requires.plugins` naming the plugin is a warning:
    /// the pack works here but may not where that plugin is missing.
    private mutating func checkPluginUse(_ ast: AST, expression: CELExpression) {
        let required = Set(pack.plugins.map(\.id))
        for reference in ast.references.values {
            guard case .function(let name, _) = reference,
                let plugin = compiler.plugins.pluginID(ofFunction: name),
                !required.contains(plugin)
            else { continue }
            report(
                Diagnostic(
                    .warning, at: expression.range,
                    "\(name) comes from plugin \"\(plugin)\", which the pack does not list in requires.plugins",
                    hint: "add `requires: {plugins: {\(plugin): \">=1\"}}` to the pack"))
        }
    }

    /// Every expression of a check, for finding the names it reads.
    private static func expressions(of check: Check) -> [CELExpression] {
        var found: [CELExpression] = check.forEach.map(\.expression) + check.lets.map(\.expression)
        if let when = check.when { found.append(when) }
        found += check.require.expressions.map(\.expression)
        for status in CheckStatus.allCases {
            guard let text = check.messages[status] else { continue }
            for template in text.translations.values {
                guard case .success(let pieces) = TemplateScanner.scan(template) else { continue }
                for case .hole(let hole) in pieces { found.append(CELExpression(hole.expression)) }
            }
        }
        return found
    }
}
