import ArgumentParser
import CEL
import Comply
import Foundation

/// The in-process cost of `comply check`'s phases on the bundled rules: reading the
/// schema, loading and compiling every pack, loading one profile and evaluating it.
/// `Benchmarks/check.sh` times the whole process next to it.
struct CheckBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Time compiling the rule packs and checking one profile, in process."
    )

    @Argument(help: "The profile to check.")
    var profile: String

    @Option(help: "The rules folder (with schema/profile.schema.yaml).")
    var rules = "Rules"

    @Option(name: .customLong("as-of"), help: "Evaluate as of this day, YYYY-MM-DD.")
    var asOf = "2026-06-01"

    @Option(help: "Timed repetitions of each phase.")
    var reps = 20

    func run() throws {
        guard let day = CivilDate(asOf) else { throw ValidationError("--as-of: expected YYYY-MM-DD") }
        var schemaTime = Repetitions()
        var compileTime = Repetitions()
        var profileTime = Repetitions()
        var evaluateTime = Repetitions()
        var results = 0
        var checks = 0
        for _ in 0..<max(1, reps) {
            let schemaFile = rules + "/schema/profile.schema.yaml"
            _ = try schemaTime.measure { try SchemaDecoder().decode(contentsOfFile: schemaFile) }
            // As `comply check` loads them: every pack, its schema extensions merged, all compiled.
            let library = compileTime.measure { RuleLibrary.load(schemaFile: schemaFile, paths: [rules]) }
            guard !library.hasErrors, let schema = library.schema else {
                throw DiagnosticError(library.diagnostics)
            }
            let packs = library.packs
            checks = packs.reduce(0) { $0 + $1.pack.checks.count }
            let decoded = profileTime.measure { ProfileLoader(schema: schema).load(contentsOfFile: profile) }
            guard let loaded = decoded.profile else { throw DiagnosticError(decoded.diagnostics) }
            let report = evaluateTime.measure {
                Evaluator().evaluate(profile: loaded, plan: EvaluationPlan(packs: packs, asOf: day))
            }
            results = report.results.count
        }
        print("packs compiled: \(checks) checks; profile \(profile): \(results) results")
        for (name, timing) in [
            ("schema", schemaTime), ("load+compile packs (schema included)", compileTime),
            ("load profile", profileTime),
            ("evaluate", evaluateTime),
        ] {
            print(
                "RESULT check-\(name.replacingOccurrences(of: " ", with: "-")) "
                    + "best_ms=\(formatted(timing.best * 1000, digits: 2)) "
                    + "median_ms=\(formatted(timing.median * 1000, digits: 2))"
            )
        }
    }
}
