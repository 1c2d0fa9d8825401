import YAML

/// The days on which a pack, a check or a table row applies; both ends are inclusive and
/// either may be open.
///
/// ```yaml
/// effective: {from: 2022-01-01, to: 2030-12-31}
/// ```
public struct EffectiveWindow: Sendable, Hashable {
    public var from: CivilDate?
    public var to: CivilDate?
    public var range: SourceRange

    public init(from: CivilDate? = nil, to: CivilDate? = nil, range: SourceRange = .generated) {
        self.from = from
        self.to = to
        self.range = range
    }

    /// True when `date` lies within the window, ends included.
    public func contains(_ date: CivilDate) -> Bool {
        if let from, date < from { return false }
        if let to, to < date { return false }
        return true
    }
}
