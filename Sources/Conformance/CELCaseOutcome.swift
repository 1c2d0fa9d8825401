/// What happened when one case ran.
public enum CELCaseOutcome: Sendable, Hashable {
    case passed
    /// Failed, with a one-line reason (`got 1.0, want 1`, `unexpected check error: …`).
    case failed(String)

    public var isPassed: Bool { self == .passed }
}
