import CEL

/// The text forms CEL itself gives timestamps and durations (`string(t)`:
/// `2026-06-01T00:00:00Z`, `string(d)`: `1.5s`), so Comply's output agrees with
/// what an expression comparing strings would see.
struct CELTextForms: Sendable {
    private let timestampProgram: Program?
    private let durationProgram: Program?

    init() {
        let environment = Environment(variables: ["t": .timestamp, "d": .duration])
        timestampProgram = (try? environment.compile("string(t)")).map { environment.program($0) }
        durationProgram = (try? environment.compile("string(d)")).map { environment.program($0) }
    }

    func text(_ timestamp: Timestamp) -> String {
        if case .string(let text)? = timestampProgram?.evaluate(Activation(["t": .timestamp(timestamp)])) {
            return text
        }
        return "\(timestamp.seconds)s+\(timestamp.nanos)ns since 1970-01-01T00:00:00Z"
    }

    func text(_ duration: Duration) -> String {
        if case .string(let text)? = durationProgram?.evaluate(Activation(["d": .duration(duration)])) {
            return text
        }
        return "\(duration.seconds)s+\(duration.nanos)ns"
    }
}
