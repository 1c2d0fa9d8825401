/// What a check says for each outcome. Texts may interpolate CEL with `{{ expr }}` and
/// format it (`{{ rvc | percent }}`); a missing message falls back to a default the
/// evaluator writes (for `unknown`, the list of missing facts).
public struct Messages: Sendable, Hashable {
    public var pass: LocalizedText?
    public var fail: LocalizedText?
    public var unknown: LocalizedText?
    public var notApplicable: LocalizedText?

    public init(
        pass: LocalizedText? = nil, fail: LocalizedText? = nil, unknown: LocalizedText? = nil,
        notApplicable: LocalizedText? = nil
    ) {
        self.pass = pass
        self.fail = fail
        self.unknown = unknown
        self.notApplicable = notApplicable
    }

    /// The message written for `status`; nil for `error`, whose message is the fault itself.
    public subscript(status: CheckStatus) -> LocalizedText? {
        switch status {
        case .pass: return pass
        case .fail: return fail
        case .unknown: return unknown
        case .notApplicable: return notApplicable
        case .error: return nil
        }
    }

    public var isEmpty: Bool { pass == nil && fail == nil && unknown == nil && notApplicable == nil }
}
