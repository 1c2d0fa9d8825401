/// The wall times of repeated runs of one measured loop, summarised as the peer harness
/// does (`../shared/bench/bench_rules.py`): best = shortest time, median = median time.
struct Repetitions {
    private(set) var seconds: [Double] = []

    /// Runs `body` once and records how long it took.
    mutating func measure<Result>(_ body: () throws -> Result) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        seconds.append((clock.now - start).seconds)
        return result
    }

    var best: Double { seconds.min() ?? 0 }

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Each rep's time, for the log: `1.234s, 1.240s, 1.251s`.
    var summary: String {
        seconds.map { formatted($0, digits: 3) + "s" }.joined(separator: ", ")
    }
}

extension Duration {
    /// The duration in seconds, as the benchmarks report it.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

/// `value` with `digits` decimals, without Foundation's `String(format:)`.
func formatted(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(rounded - Double(whole) * scale)
    let sign = value < 0 && rounded != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    let fractionText = String(fraction)
    let padding = String(repeating: "0", count: max(0, digits - fractionText.count))
    return "\(sign)\(whole).\(padding)\(fractionText)"
}
