import ArgumentParser
import CEL

/// Evaluations per second of the 50 peer-workload rules over its records, every answer
/// checked against the reference.
///
/// Each rule's `applies` and `requires` are compiled once. Records become activations
/// before timing (as the CEL-Rust peer's records become `cel.Context`s before timing). One
/// evaluation is one (record, rule) answer, as the peer harness counts: N when `applies` is
/// false, else P or F from `requires`.
struct CELBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cel",
        abstract: "Evaluate the peer workload's 50 CEL rules over its records and check every answer."
    )

    @Argument(help: "Folder with rules.json, records.jsonl and reference.txt (export_workload.py).")
    var directory: String

    @Option(help: "Timed repetitions.")
    var reps = 3

    @Option(help: "Use only the first N records.")
    var records: Int?

    /// The variables of the workload's expressions: the record's top-level fields.
    static let variables: [String: CELType] = [
        "enterprise": .map(.string, .dyn),
        "product": .map(.string, .dyn),
        "market": .string,
    ]

    private struct CompiledRule {
        var id: String
        var applies: Program
        var requires: Program
    }

    func run() throws {
        let workload = try Workload.load(from: directory, limit: records)
        let environment = Environment(variables: Self.variables)
        var rules: [CompiledRule] = []
        for rule in workload.rules {
            do {
                rules.append(
                    CompiledRule(
                        id: rule.id,
                        applies: environment.program(
                            try environment.compile(rule.applies, description: "\(rule.id).applies")),
                        requires: environment.program(
                            try environment.compile(rule.requires, description: "\(rule.id).requires"))
                    ))
            } catch {
                print(error)
                throw ExitCode(2)
            }
        }
        let activations = workload.records.map { record in
            Activation(record.filter { Self.variables[$0.key] != nil })
        }

        let evaluations = activations.count * rules.count
        var answers = [UInt8](repeating: 0, count: evaluations)
        var timing = Repetitions()
        var mismatches = 0
        for _ in 0..<max(1, reps) {
            timing.measure {
                answers.withUnsafeMutableBufferPointer { out in
                    var slot = 0
                    for activation in activations {
                        for rule in rules {
                            out[slot] = Self.answer(rule, activation)
                            slot += 1
                        }
                    }
                }
            }
            mismatches = max(mismatches, reportMismatches(answers, workload: workload, rules: rules))
        }
        print("swift-cel: reps \(timing.summary)")
        print(
            "RESULT swift-cel evals=\(evaluations) records=\(activations.count) rules=\(rules.count) "
                + "best_s=\(formatted(timing.best, digits: 4)) median_s=\(formatted(timing.median, digits: 4)) "
                + "evals_per_s_best=\(Int(Double(evaluations) / timing.best)) "
                + "evals_per_s_median=\(Int(Double(evaluations) / timing.median)) mismatches=\(mismatches)"
        )
        if mismatches > 0 { throw ExitCode.failure }
    }

    /// P, F or N; `?` when a rule yields something other than a boolean (an error, an unknown).
    @inline(__always)
    private static func answer(_ rule: CompiledRule, _ activation: Activation) -> UInt8 {
        switch rule.applies.evaluate(activation) {
        case .bool(false): return UInt8(ascii: "N")
        case .bool(true):
            switch rule.requires.evaluate(activation) {
            case .bool(true): return UInt8(ascii: "P")
            case .bool(false): return UInt8(ascii: "F")
            default: return UInt8(ascii: "?")
            }
        default: return UInt8(ascii: "?")
        }
    }

    /// Counts records whose answers differ from the reference and prints the first few,
    /// with what the rule evaluated to, so that a wrong engine is easy to debug.
    private func reportMismatches(_ answers: [UInt8], workload: Workload, rules: [CompiledRule]) -> Int {
        var mismatched = 0
        for (index, expected) in workload.reference.enumerated() {
            let got = answers[(index * rules.count)..<((index + 1) * rules.count)]
            guard !got.elementsEqual(expected) else { continue }
            mismatched += 1
            guard mismatched <= 5 else { continue }
            let gotText = String(decoding: got, as: UTF8.self)
            print(
                "mismatch at record \(index): got \(gotText) want \(String(decoding: expected, as: UTF8.self))"
            )
            let activation = Activation(workload.records[index].filter { Self.variables[$0.key] != nil })
            for (position, rule) in rules.enumerated()
            where position < expected.count && got[got.startIndex + position] != expected[position] {
                print(
                    "  \(rule.id): applies = \(rule.applies.evaluate(activation)), requires = \(rule.requires.evaluate(activation))"
                )
            }
        }
        return mismatched
    }
}
