/// ANSI styles for terminal output, applied only when colour is on.
public enum TextStyle: String, Sendable, CaseIterable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case magenta = "35"
    case cyan = "36"
    case boldRed = "1;31"
    case boldGreen = "1;32"
    case boldYellow = "1;33"

    /// `text` wrapped in this style's escape codes when `colour` is true, else unchanged.
    public func apply(_ text: String, colour: Bool) -> String {
        guard colour, !text.isEmpty else { return text }
        return "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}

/// Whether a stream may be coloured: only a terminal, and never when `NO_COLOR` is set to
/// a non-empty value (https://no-color.org). The caller finds out whether the stream is a
/// terminal (`isatty`); this decides, so that every command agrees.
///
/// ```swift
/// ColourPolicy.enabled(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
/// ```
public enum ColourPolicy {
    public static func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isTerminal && !noColour
    }
}
