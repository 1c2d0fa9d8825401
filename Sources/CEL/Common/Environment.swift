/// Everything an expression may refer to: declared variables with their types,
/// functions with their overloads, and the parser's macros. Build one per rule
/// set and reuse it; it is immutable and can be shared across threads.
///
///     let env = Environment(variables: ["product": .map(.string, .dyn)])
///     let ast = try env.compile("product.hs_code.startsWith('0804')")
///     let program = try env.program(ast)
///     let result = program.evaluate(Activation(["product": productValue]))
public struct Environment: Sendable {
    public private(set) var variables: [String: CELType]
    /// Functions by name; overloads of one name from several libraries are merged.
    public private(set) var functions: [String: Function]
    /// Macro names the parser expands; empty to parse calls as written (no macros).
    public var macros: Set<String>
    /// Object types by name: maps whose fields are known, so that the checker can type
    /// `product.hs_code` and report a misspelt field. Values of these types are maps at
    /// run time; the checker refers to them as ``CELType/message(_:)``.
    public private(set) var objectTypes: [String: ObjectType] = [:]
    public var parserOptions: ParserOptions

    /// An environment with the standard library and, by default, every extension
    /// library Comply ships (strings, math, encoders, optionals).
    public init(
        variables: [String: CELType] = [:],
        libraries: [Library] = Library.all,
        parserOptions: ParserOptions = ParserOptions()
    ) {
        self.variables = variables
        self.functions = [:]
        // The two-variable comprehensions (cel-go's ext.TwoVarComprehensions) are
        // parse-time only, so they come with every environment, not with a library.
        self.macros = Macro.standard.union(Macro.twoVariableComprehensions)
        self.parserOptions = parserOptions
        for library in libraries { include(library) }
    }

    /// Adds a library's functions and macros.
    public mutating func include(_ library: Library) {
        for function in library.functions { declare(function) }
        macros.formUnion(library.macros)
    }

    /// Declares a variable (a later declaration of the same name replaces it).
    public mutating func declare(variable name: String, type: CELType) {
        variables[name] = type
    }

    /// Declares an object type (a later declaration of the same name replaces it).
    public mutating func declare(object: ObjectType) {
        objectTypes[object.name] = object
    }

    /// Declares a function, merging its overloads with any already declared under the name.
    public mutating func declare(_ function: Function) {
        if var existing = functions[function.name] {
            existing.overloads.append(contentsOf: function.overloads)
            if function.dispatcher != nil { existing.dispatcher = function.dispatcher }
            functions[function.name] = existing
        } else {
            functions[function.name] = function
        }
    }

    /// Parses `text` into an AST, expanding this environment's macros.
    public func parse(_ text: String, description: String = "<input>") throws(CompileError) -> AST {
        try parse(Source(text, description: description))
    }

    public func parse(_ source: Source) throws(CompileError) -> AST {
        var options = parserOptions
        options.macros = macros
        return try Parser(source: source, options: options).parse()
    }

    /// Type-checks a parsed AST against the declared variables and functions.
    public func check(_ ast: AST) throws(CompileError) -> AST {
        try Checker(environment: self).check(ast)
    }

    /// Parses and type-checks.
    public func compile(_ text: String, description: String = "<input>") throws(CompileError) -> AST {
        try check(parse(text, description: description))
    }

    public func compile(_ source: Source) throws(CompileError) -> AST {
        try check(parse(source))
    }

    /// Plans an AST (checked or not) for evaluation. The program can be evaluated
    /// any number of times, from any thread.
    public func program(_ ast: AST, options: ProgramOptions = ProgramOptions()) -> Program {
        Program(ast: ast, environment: self, options: options)
    }
}

/// Limits and switches of the parser.
public struct ParserOptions: Sendable {
    /// Macro names to expand; set by the environment.
    public var macros: Set<String> = Macro.standard
    /// Deepest nesting of expressions accepted (guards the recursive-descent parser).
    public var maxDepth: Int = 250
    /// Longest expression accepted, in Unicode scalars.
    public var maxLength: Int = 100_000
    /// Whether `?.`, `[?`, `{?k: v}` and `[?e]` are accepted.
    public var enableOptionalSyntax: Bool = true

    public init() {}
}

/// Names of the macros the parser knows.
public enum Macro {
    /// `has`, `all`, `exists`, `exists_one`, `map`, `filter`.
    public static let standard: Set<String> = ["has", "all", "exists", "exists_one", "map", "filter"]
    /// `optMap`, `optFlatMap` (with the optionals library).
    public static let optionals: Set<String> = ["optMap", "optFlatMap"]
}

/// Limits and switches of one planned program.
public struct ProgramOptions: Sendable {
    /// Most evaluation steps one evaluation may take (each node visited and each
    /// comprehension iteration is a step); past it the result is an error.
    public var costLimit: Int = 1_000_000
    /// Largest list or map one comprehension may iterate over or build.
    public var maxComprehensionSize: Int = 100_000

    public init(costLimit: Int = 1_000_000, maxComprehensionSize: Int = 100_000) {
        self.costLimit = costLimit
        self.maxComprehensionSize = maxComprehensionSize
    }
}

/// The inputs of one evaluation.
public struct Activation: Sendable {
    /// Variable values by declared name (qualified names like `a.b` allowed).
    public var variables: [String: Value]
    /// Attribute paths whose value is not known: `product.growing_area_code`,
    /// `product.exports[0].value`, or a prefix `product` (everything under it).
    /// Reading such an attribute yields an unknown that names it.
    public var unknownAttributes: [String]
    /// When true, selecting a field that a map does not have yields an unknown
    /// naming the attribute path, instead of a "no such key" error. Comply uses it
    /// so that a missing profile fact makes a check `unknown`, not `error`.
    public var missingFieldsAreUnknown: Bool

    public init(
        _ variables: [String: Value] = [:], unknownAttributes: [String] = [],
        missingFieldsAreUnknown: Bool = false
    ) {
        self.variables = variables
        self.unknownAttributes = unknownAttributes
        self.missingFieldsAreUnknown = missingFieldsAreUnknown
    }
}

/// A map type with known fields, e.g. an enterprise profile's `Product` declared from
/// its schema. Selecting a field that is not declared is a check error.
public struct ObjectType: Sendable, Hashable {
    public var name: String
    public var fields: [String: CELType]

    public init(name: String, fields: [String: CELType]) {
        self.name = name
        self.fields = fields
    }
}
