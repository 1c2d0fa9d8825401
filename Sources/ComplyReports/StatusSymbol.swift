import Comply

/// The mark a result line starts with, and its colour: ✔ pass (green), ✘ fail (red),
/// ? unknown (yellow), – not applicable (dim), ! error (magenta).
public enum StatusSymbol {
    public static func symbol(for status: CheckStatus) -> String {
        switch status {
        case .pass: return "✔"
        case .fail: return "✘"
        case .unknown: return "?"
        case .notApplicable: return "–"
        case .error: return "!"
        }
    }

    public static func style(for status: CheckStatus) -> TextStyle {
        switch status {
        case .pass: return .green
        case .fail: return .boldRed
        case .unknown: return .yellow
        case .notApplicable: return .dim
        case .error: return .magenta
        }
    }

    /// The symbol, coloured when `colour` is on.
    public static func mark(_ status: CheckStatus, colour: Bool) -> String {
        style(for: status).apply(symbol(for: status), colour: colour)
    }
}
