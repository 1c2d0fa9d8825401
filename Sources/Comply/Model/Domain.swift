/// The field of law a pack belongs to, so that `comply check --domain sps` can pick packs.
public enum Domain: String, Sendable, Hashable, CaseIterable {
    /// Free-trade agreements: rules of origin, proofs of origin, preferential tariffs.
    case fta
    /// Sanitary and phytosanitary measures: registrations, residues, pests.
    case sps
    /// Investment incentives and conditions.
    case investment
    /// Anti-dumping, countervailing and safeguard measures.
    case tradeRemedy = "trade-remedy"
    /// Customs formalities.
    case customs
    case other
}
