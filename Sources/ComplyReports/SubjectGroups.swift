import Comply

/// Results grouped the way a person reads them: by subject (the whole enterprise first,
/// then each product, each of its exports, each project, in profile order), then by
/// domain in the order the packs were loaded, each keeping pack and check order.
public struct SubjectGroup: Sendable {
    public var subject: Subject
    public var domains: [DomainGroup]

    public struct DomainGroup: Sendable {
        public var domain: Domain
        public var results: [CheckResult]
    }

    /// Groups `results` (already filtered to the ones shown).
    public static func groups(of results: [CheckResult]) -> [SubjectGroup] {
        var order: [String] = []
        var bySubject: [String: [CheckResult]] = [:]
        for result in results {
            if bySubject[result.subject.path] == nil { order.append(result.subject.path) }
            bySubject[result.subject.path, default: []].append(result)
        }
        order.sort { SubjectPath($0) < SubjectPath($1) }
        return order.compactMap { path in
            guard let members = bySubject[path], let first = members.first else { return nil }
            var domainOrder: [Domain] = []
            var byDomain: [Domain: [CheckResult]] = [:]
            for result in members {
                if byDomain[result.domain] == nil { domainOrder.append(result.domain) }
                byDomain[result.domain, default: []].append(result)
            }
            return SubjectGroup(
                subject: first.subject,
                domains: domainOrder.map { DomainGroup(domain: $0, results: byDomain[$0] ?? []) })
        }
    }
}

/// A profile path compared field by field, indices as numbers, so `products[2]` sorts
/// before `products[10]` and a product before its exports.
struct SubjectPath: Comparable {
    enum Part: Comparable {
        case field(String)
        case index(Int)

        static func < (lhs: Part, rhs: Part) -> Bool {
            switch (lhs, rhs) {
            case (.field(let a), .field(let b)): return a < b
            case (.index(let a), .index(let b)): return a < b
            case (.index, .field): return true
            case (.field, .index): return false
            }
        }
    }

    let parts: [Part]

    init(_ path: String) {
        var parts: [Part] = []
        var current = ""
        for character in path {
            switch character {
            case ".", "[":
                if !current.isEmpty { parts.append(.field(current)) }
                current = ""
            case "]":
                parts.append(Int(current).map(Part.index) ?? .field(current))
                current = ""
            default:
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(.field(current)) }
        self.parts = parts
    }

    static func < (lhs: SubjectPath, rhs: SubjectPath) -> Bool {
        for (a, b) in zip(lhs.parts, rhs.parts) where a != b { return a < b }
        return lhs.parts.count < rhs.parts.count
    }
}
