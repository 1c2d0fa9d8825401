import CEL
import Comply

/// Keeps the results that concern export markets (`comply check --market CN`).
///
/// A result concerns market `M` when its subject includes an export (an element with a
/// `market` field) to `M`; a result whose subject has no export (a product-level or
/// enterprise-level check) concerns `M` when its pack's jurisdiction is `M`. So
/// `--market CN` keeps China's SPS checks of each product exported to China and drops
/// ASEAN rules of origin and investment incentives. Markets compare case-insensitively.
/// The verdict and counts are recomputed over the kept results.
public struct MarketFilter: Sendable {
    public var markets: Set<String>

    public init(markets: some Sequence<String>) {
        self.markets = Set(markets.map { $0.uppercased() })
    }

    /// `report` with only the results for the markets; `profile` is the evaluated profile
    /// value, where the subjects' export markets are read.
    public func apply(to report: ProfileReport, profile: Value) -> ProfileReport {
        guard !markets.isEmpty else { return report }
        var kept: [CheckResult] = []
        var counts: [CheckStatus: Int] = [:]
        for result in report.results where concerns(result, profile: profile) {
            kept.append(result)
            counts[result.status, default: 0] += 1
        }
        var filtered = report
        filtered.results = kept
        filtered.counts = counts
        filtered.verdict = Verdict(results: kept)
        return filtered
    }

    func concerns(_ result: CheckResult, profile: Value) -> Bool {
        let subjectMarkets = result.subject.bindings.compactMap { binding -> String? in
            guard case .map(let element)? = ProfilePath.value(at: binding.path, in: profile),
                case .string(let market)? = element[.string("market")]
            else { return nil }
            return market.uppercased()
        }
        if subjectMarkets.isEmpty {
            return result.jurisdiction.map { markets.contains($0.uppercased()) } ?? false
        }
        return subjectMarkets.contains { markets.contains($0) }
    }
}

/// Reads the value at a profile path such as `products[0].exports[1]`.
enum ProfilePath {
    static func value(at path: String, in root: Value) -> Value? {
        var current = root
        for part in SubjectPath(path).parts {
            switch (part, current) {
            case (.field(let name), .map(let map)):
                guard let next = map[.string(name)] else { return nil }
                current = next
            case (.index(let index), .list(let items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}
