import Foundation
import Testing

/// The walkthrough in `Examples/README.md`, and the examples in `README.md`, show real
/// output: every ```` ```console ```` block that starts with `$ comply …` (or
/// `$ swift run comply …`) is run with the built binary and must print exactly what the
/// block shows. `scripts/update-examples` rewrites the blocks after a deliberate change;
/// shortened transcripts are written as ```` ```text ```` blocks instead.
///
/// The example profiles together must also exercise every status in every domain, so a new
/// user sees what a pass, a failure, a missing fact and a check that does not apply look
/// like for FTA, SPS, investment and trade-remedy rules.
@Suite struct ExamplesReadmeTests {
    let comply: ComplyBinary

    init() throws {
        comply = try ComplyBinary()
    }

    /// One console block: the command's arguments (after `comply`) and the output shown.
    struct Transcript: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var arguments: [String]
        var output: String
        var testDescription: String {
            "\(file):\(line): comply \(arguments.joined(separator: " "))"
        }
    }

    static let readmes = ["Examples/README.md", "README.md"]

    static func transcripts() throws -> [Transcript] {
        try readmes.flatMap { try transcripts(in: $0) }
    }

    static func transcripts(in file: String) throws -> [Transcript] {
        let url = ComplyBinary.packageRoot.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var found: [Transcript] = []
        var index = 0
        while index < lines.count {
            guard lines[index].trimmingCharacters(in: .whitespaces) == "```console",
                index + 1 < lines.count
            else {
                index += 1
                continue
            }
            let commandLine = lines[index + 1]
            var end = index + 2
            while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
            let words = shellWords(String(commandLine.dropFirst(2)))
            let arguments: [String]?
            if words.starts(with: ["swift", "run", "comply"]) {
                arguments = Array(words.dropFirst(3))
            } else if words.first == "comply" {
                arguments = Array(words.dropFirst())
            } else {
                arguments = nil
            }
            if commandLine.hasPrefix("$ "), let arguments {
                let output = lines[(index + 2)..<min(end, lines.count)].joined(separator: "\n")
                found.append(Transcript(file: file, line: index + 2, arguments: arguments, output: output))
            }
            index = end + 1
        }
        return found
    }

    /// Splits a command line as a POSIX shell would for the quoting the README uses: words
    /// separated by spaces, `'…'` and `"…"` keeping spaces.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func theWalkthroughShowsAtLeastThreeRuns() throws {
        #expect(try Self.transcripts(in: "Examples/README.md").count >= 3)
        #expect(try Self.transcripts(in: "README.md").count >= 1)
        let transcripts = try Self.transcripts()
        // Output that depends on today's date would go stale: every check run pins its day.
        for transcript in transcripts where transcript.arguments.first == "check" {
            #expect(transcript.arguments.contains("--as-of"), "\(transcript.testDescription)")
        }
    }

    @Test(arguments: try transcripts())
    func eachTranscriptIsWhatTheBinaryPrints(_ transcript: Transcript) throws {
        let run = try comply.run(transcript.arguments)
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        let printed = run.stdout.hasSuffix("\n") ? String(run.stdout.dropLast()) : run.stdout
        let shown = transcript.output.components(separatedBy: "\n")
        let actual = printed.components(separatedBy: "\n")
        if shown != actual {
            let first =
                zip(shown, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(shown.count, actual.count)
            let want = first < shown.count ? shown[first] : "(end of block)"
            let got = first < actual.count ? actual[first] : "(end of output)"
            Issue.record(
                """
                \(transcript.file):\(transcript.line + first): the README shows
                  \(want)
                but comply prints
                  \(got)
                (run scripts/update-examples to refresh the walkthrough after a deliberate change)
                """)
        }
    }

    @Test func theExamplesExerciseEveryStatusInEveryDomain() throws {
        let folder = ComplyBinary.packageRoot.appendingPathComponent("Examples/profiles")
        let profiles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/profiles/\($0)" }
        #expect(profiles.count >= 10)
        let run = try comply.run(
            ["check"] + profiles + ["--as-of", "2026-11-29", "--format", "json", "--show", "all"])
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let reports = try #require(document["profiles"] as? [[String: Any]])
        #expect(reports.count == profiles.count)
        var seen: [String: Set<String>] = [:]
        for report in reports {
            for result in report["results"] as? [[String: Any]] ?? [] {
                if let domain = result["domain"] as? String, let status = result["status"] as? String {
                    seen[domain, default: []].insert(status)
                }
            }
        }
        for domain in ["fta", "sps", "investment", "trade-remedy"] {
            let statuses = seen[domain] ?? []
            for status in ["pass", "fail", "unknown", "not_applicable"] {
                #expect(statuses.contains(status), "no example gives \(status) in \(domain)")
            }
            #expect(!statuses.contains("error"), "a check errs on an example in \(domain)")
        }
    }
}
