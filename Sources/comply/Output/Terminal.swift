import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One output stream and whether it may be coloured: only a terminal, and never when
/// `NO_COLOR` is set to a non-empty value (https://no-color.org).
struct Terminal: Sendable {
    let descriptor: Int32
    let colours: Bool

    init(descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.descriptor = descriptor
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        self.colours = !noColour && isatty(descriptor) == 1
    }

    /// Whether the stream is a terminal a person watches (progress lines are for them only).
    var isInteractive: Bool { isatty(descriptor) == 1 }

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    func write(_ text: String) {
        let handle = descriptor == STDERR_FILENO ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(text.utf8))
    }

    /// Writes `text` and a newline.
    func line(_ text: String) {
        write(text + "\n")
    }

    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "1;31"
        case cyan = "36"
        case yellow = "33"
    }

    /// `text` in `style` when this stream is coloured, else unchanged.
    func styled(_ text: String, _ style: Style) -> String {
        colours ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
