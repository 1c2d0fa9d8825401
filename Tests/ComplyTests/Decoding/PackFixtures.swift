import Comply

/// Paths of the fixture packs, found next to this file so tests run from any directory.
enum PackFixtures {
    static let root: String = {
        let file = "\(#filePath)"
        let decoding = file[..<(file.lastIndex(of: "/") ?? file.endIndex)]
        let tests = decoding[..<(decoding.lastIndex(of: "/") ?? decoding.endIndex)]
        return "\(tests)/Fixtures/packs"
    }()

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }
}

/// Decodes a pack written inline and renders its diagnostics as `line:col message | hint`,
/// which reads well in failure output.
func decodePack(
    _ yaml: String, readFile: @escaping PackDecoder.FileReader = { _ in nil }
) -> PackDecodingResult {
    PackDecoder(readFile: readFile).decode(yaml: yaml, file: "t.pack.yaml")
}

func rendered(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { diagnostic in
        var text = "\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.message)"
        if let hint = diagnostic.hint { text += " | \(hint)" }
        return text
    }
}

/// The metadata every test pack needs, so that a test shows only what it is about.
let packHeader = """
    pack: vn.test.pack
    version: 1.0.0
    title: Test
    domain: other
    disclaimer: Guidance.

    """
