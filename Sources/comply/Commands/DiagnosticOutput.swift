import Comply

/// Diagnostics written the way compilers write them, to standard error:
///
/// ```text
/// Examples/profiles/x.yaml:12:5: error: unknown field "hs_cod" in a product
///   hint: did you mean "hs_code"?
/// ```
///
/// The severity word is coloured when standard error is a terminal.
struct DiagnosticOutput {
    var stream: Terminal = .standardError

    func write(_ diagnostics: [Comply.Diagnostic]) {
        for diagnostic in diagnostics { write(diagnostic) }
    }

    func write(_ diagnostic: Comply.Diagnostic) {
        let severity =
            diagnostic.severity == .error
            ? stream.styled("error:", .red) : stream.styled("warning:", .yellow)
        var text = "\(diagnostic.range): \(severity) \(diagnostic.message)"
        if let hint = diagnostic.hint { text += "\n  hint: \(hint)" }
        stream.line(text)
    }

    /// A message that is already formatted (`--pack x: error: …`).
    func write(_ message: String) {
        stream.line(message)
    }
}
