import CEL

/// Evaluates compiled packs against profiles, as of a day.
///
/// ```swift
/// let evaluator = Evaluator(options: EvaluationOptions(language: .vi))
/// let report = evaluator.evaluate(profile: profile, packs: compiledPacks, asOf: CivilDate("2026-06-01")!)
/// report.verdict                // .nonCompliant
/// report.results[0].message     // "Vùng trồng của Xoài (080450) chưa được GACC cấp mã."
/// ```
///
/// For each check in force, `for_each` expands into subjects; a guard (`export.market ==
/// "CN"`) skips a subject with one lookup; then `when`, the lets and the condition tree
/// are evaluated with missing profile fields as unknowns, so a missing fact makes the
/// check `unknown` and is listed by its profile path. Evaluation is pure: one evaluator
/// may run on many threads.
public struct Evaluator: Sendable {
    public var options: EvaluationOptions

    public init(options: EvaluationOptions = EvaluationOptions()) {
        self.options = options
    }

    /// Evaluates one decoded profile against every pack.
    public func evaluate(profile: Profile, packs: [CompiledPack], asOf: CivilDate) -> ProfileReport {
        evaluate(profile: profile, plan: EvaluationPlan(packs: packs, asOf: asOf))
    }

    /// Evaluates one profile against a plan prepared once for many profiles.
    public func evaluate(profile: Profile, plan: EvaluationPlan) -> ProfileReport {
        evaluate(value: profile.value, file: profile.file, name: profile.displayName, plan: plan)
    }

    /// Evaluates a profile given as a CEL map (the form ``Profile/value`` holds).
    public func evaluate(value: Value, file: String, name: String, plan: EvaluationPlan) -> ProfileReport {
        var results: [CheckResult] = []
        var counts: [CheckStatus: Int] = [:]
        var summaries: [PackSummary] = []
        let fields: [String: Value]
        if case .map(let map) = value {
            var collected: [String: Value] = [:]
            for (key, field) in map.entries {
                if case .string(let name) = key { collected[name] = field }
            }
            fields = collected
        } else {
            fields = [:]
        }
        for prepared in plan.packs {
            let pack = prepared.pack
            summaries.append(
                PackSummary(
                    id: pack.id, version: pack.version, title: pack.pack.title, domain: pack.pack.domain,
                    jurisdiction: pack.pack.jurisdiction, disclaimer: pack.pack.disclaimer,
                    inForce: prepared.inForce))
            guard prepared.inForce else { continue }
            var variables = fields
            // Absent is not empty: a top-level field the profile lacks reads as unknown.
            for name in pack.profileVariables where variables[name] == nil {
                variables[name] = .unknown(UnknownSet(attributes: [name]))
            }
            variables["profile"] = value
            variables["as_of"] = .timestamp(plan.asOf.timestamp)
            variables["tables"] = prepared.tables
            var run = CheckRun(
                options: options, pack: pack, asOf: plan.asOf, base: variables,
                renderer: MessageRenderer(language: options.language))
            for check in pack.checks {
                run.evaluate(check)
            }
            for (status, count) in run.counts { counts[status, default: 0] += count }
            results += run.results
        }
        return ProfileReport(
            profile: file, profileName: name, asOf: plan.asOf, language: options.language,
            verdict: Verdict(results: results), results: results, counts: counts, packs: summaries)
    }
}

/// Packs prepared for one as-of day: which are in force, and their tables with the rows
/// of that day, computed once for any number of profiles.
public struct EvaluationPlan: Sendable {
    public struct PreparedPack: Sendable {
        public let pack: CompiledPack
        public let inForce: Bool
        /// `tables` as CEL sees it: name → rows in force.
        public let tables: Value
    }

    public let asOf: CivilDate
    public let packs: [PreparedPack]

    public init(packs: [CompiledPack], asOf: CivilDate) {
        self.asOf = asOf
        self.packs = packs.map { pack in
            var tables = MapValue()
            for table in pack.pack.tables {
                tables[.string(table.name)] = table.value(asOf: asOf)
            }
            return PreparedPack(pack: pack, inForce: pack.pack.isEffective(on: asOf), tables: .map(tables))
        }
    }
}
