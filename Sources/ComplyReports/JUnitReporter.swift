import Comply

/// The results of `comply test` as JUnit XML, in the Surefire dialect that CI services
/// (Jenkins, GitLab, GitHub test reporters) read: one `<testsuite>` per pack, one
/// `<testcase>` per embedded test, a `<failure>` listing every broken expectation at its
/// `file:line:col`.
///
/// ```xml
/// <testsuites name="comply test" tests="2" failures="1" errors="0" time="0.004">
///   <testsuite name="vn.sps.cn-fresh-fruit" tests="2" failures="1" errors="0" skipped="0"
///       time="0.004" timestamp="2026-11-29T12:00:00Z" file="Rules/sps/cn-fresh-fruit/pack.yaml">
///     <testcase name="registered orchard passes" classname="vn.sps.cn-fresh-fruit" time="0.002"/>
///     <testcase name="..." classname="vn.sps.cn-fresh-fruit" time="0.002">
///       <failure message="Rules/...:120:7: cn-code: expected pass, got fail ..." type="expectation">...</failure>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
public struct JUnitReporter: Sendable {
    public struct TestCase: Sendable, Hashable {
        public var name: String
        public var seconds: Double
        /// Every reason the case failed; empty when it passed.
        public var problems: [String]

        public init(name: String, seconds: Double, problems: [String] = []) {
            self.name = name
            self.seconds = seconds
            self.problems = problems
        }
    }

    public struct Suite: Sendable, Hashable {
        /// The pack id.
        public var name: String
        /// The pack's file.
        public var file: String
        public var cases: [TestCase]

        public init(name: String, file: String, cases: [TestCase]) {
            self.name = name
            self.file = file
            self.cases = cases
        }
    }

    /// When the run started, ISO 8601 in UTC (`2026-11-29T12:00:00Z`).
    public var timestamp: String

    public init(timestamp: String) {
        self.timestamp = timestamp
    }

    public func render(_ suites: [Suite]) -> String {
        let all = suites.flatMap(\.cases)
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output +=
            "<testsuites name=\"comply test\" tests=\"\(all.count)\" "
            + "failures=\"\(all.count { !$0.problems.isEmpty })\" errors=\"0\" "
            + "time=\"\(Self.seconds(all.reduce(0) { $0 + $1.seconds }))\">\n"
        for suite in suites {
            output +=
                "  <testsuite name=\"\(Self.escaped(suite.name))\" tests=\"\(suite.cases.count)\" "
                + "failures=\"\(suite.cases.count { !$0.problems.isEmpty })\" errors=\"0\" "
                + "skipped=\"0\" "
                + "time=\"\(Self.seconds(suite.cases.reduce(0) { $0 + $1.seconds }))\" "
                + "timestamp=\"\(Self.escaped(timestamp))\" file=\"\(Self.escaped(suite.file))\">\n"
            for testCase in suite.cases {
                output +=
                    "    <testcase name=\"\(Self.escaped(testCase.name))\" "
                    + "classname=\"\(Self.escaped(suite.name))\" time=\"\(Self.seconds(testCase.seconds))\""
                if let message = Self.message(testCase.problems) {
                    output +=
                        ">\n      <failure message=\"\(Self.escaped(message))\" type=\"expectation\">"
                        + Self.escaped(testCase.problems.joined(separator: "\n"), isAttribute: false)
                        + "</failure>\n    </testcase>\n"
                } else {
                    output += "/>\n"
                }
            }
            output += "  </testsuite>\n"
        }
        output += "</testsuites>\n"
        return output
    }

    /// The failure's one-line message: the first problem, with the line after it when it
    /// only introduces what follows ("the test's profile does not decode:").
    public static func message(_ problems: [String]) -> String? {
        var lines: [String] = []
        for problem in problems {
            for line in problem.split(separator: "\n") {
                lines.append(String(line.drop { $0 == " " }))
            }
        }
        guard let first = lines.first else { return nil }
        if first.hasSuffix(":"), lines.count > 1 { return first + " " + lines[1] }
        return first
    }

    /// Seconds with three decimals (`0.012`), the form Surefire's schema allows.
    static func seconds(_ value: Double) -> String {
        let milliseconds = value.isFinite && value > 0 ? Int((value * 1000).rounded()) : 0
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func escaped(_ text: String, isAttribute: Bool = true) -> String {
        MarkupText.escaped(text, inAttribute: isAttribute)
    }
}
