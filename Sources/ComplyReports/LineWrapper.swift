/// Breaks text into lines of at most a given width at spaces, each line indented, so a
/// long message stays readable under its result's mark. A word longer than the width
/// (a URL) gets a line of its own rather than being cut.
struct LineWrapper: Sendable {
    /// Columns per line, indentation included; nil keeps each paragraph on one line.
    var width: Int?

    func lines(_ text: String, first: String, rest: String) -> [String] {
        var output: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            output += fill(words, first: prefix, rest: rest)
            prefix = rest
        }
        return output
    }

    /// Lines filled with `words` (each kept whole, even if it holds spaces), separated
    /// by single spaces.
    func fill(_ words: [String], first: String, rest: String) -> [String] {
        guard let width else { return [first + words.joined(separator: " ")] }
        var output: [String] = []
        var prefix = first
        var line = ""
        for word in words {
            if line.isEmpty {
                line = word
            } else if prefix.count + line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                output.append(prefix + line)
                prefix = rest
                line = word
            }
        }
        output.append(prefix + line)
        return output
    }
}
