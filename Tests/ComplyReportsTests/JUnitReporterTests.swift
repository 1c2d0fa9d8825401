import ComplyReports
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The JUnit XML of `comply test`: well-formed, counted, and within the Surefire schema
/// (`junit-10.xsd` of the Jenkins xUnit plugin) that CI services read.
@Suite struct JUnitReporterTests {
    let reporter = JUnitReporter(timestamp: "2026-11-29T12:00:00Z")

    private let suites = [
        JUnitReporter.Suite(
            name: "vn.sps.cn-fresh-fruit", file: "Rules/sps/cn-fresh-fruit/pack.yaml",
            cases: [
                .init(name: "a registered orchard passes", seconds: 0.0021),
                .init(
                    name: "an unregistered <orchard> & \"packing house\"", seconds: 0.0004,
                    problems: [
                        "Rules/sps/cn-fresh-fruit/pack.yaml:120:7: cn-code: expected pass, got fail",
                        "Rules/sps/cn-fresh-fruit/pack.yaml:121:7: cn-ph: expected pass,\ngot unknown",
                    ]),
            ]),
        JUnitReporter.Suite(
            name: "asean.atiga", file: "Rules/fta/atiga.pack.yaml",
            cases: [.init(name: "bell\u{7} in a name", seconds: 1.5)]),
    ]

    private func document() throws -> XMLDocument {
        try XMLDocument(data: Data(reporter.render(suites).utf8))
    }

    @Test func countsAndTimesAddUp() throws {
        let root = try #require(try document().rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "0")
        #expect(root.attribute(forName: "time")?.stringValue == "1.503")
        let first = try #require(root.elements(forName: "testsuite").first)
        #expect(first.attribute(forName: "name")?.stringValue == "vn.sps.cn-fresh-fruit")
        #expect(first.attribute(forName: "tests")?.stringValue == "2")
        #expect(first.attribute(forName: "failures")?.stringValue == "1")
        #expect(first.attribute(forName: "time")?.stringValue == "0.003")
        #expect(first.attribute(forName: "timestamp")?.stringValue == "2026-11-29T12:00:00Z")
        #expect(first.attribute(forName: "file")?.stringValue == "Rules/sps/cn-fresh-fruit/pack.yaml")
    }

    @Test func aFailureCarriesEveryProblemAndTextSurvivesEscaping() throws {
        let root = try #require(try document().rootElement())
        let cases = root.elements(forName: "testsuite").flatMap { $0.elements(forName: "testcase") }
        #expect(
            cases.map { $0.attribute(forName: "name")?.stringValue } == [
                "a registered orchard passes", "an unregistered <orchard> & \"packing house\"",
                "bell\u{FFFD} in a name",
            ])
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "type")?.stringValue == "expectation")
        #expect(
            failure.attribute(forName: "message")?.stringValue
                == "Rules/sps/cn-fresh-fruit/pack.yaml:120:7: cn-code: expected pass, got fail")
        #expect(failure.stringValue?.contains("121:7: cn-ph: expected pass,\ngot unknown") == true)
        #expect(cases[1].attribute(forName: "classname")?.stringValue == "vn.sps.cn-fresh-fruit")
    }

    @Test func onlyTheSchemasElementsAndAttributesAreWritten() throws {
        // From junit-10.xsd: what each element may carry. Any other attribute fails the
        // schema, which strict CI readers enforce.
        let allowed: [String: Set<String>] = [
            "testsuites": ["name", "time", "tests", "failures", "errors"],
            "testsuite": [
                "name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname",
                "id",
                "package", "file", "log", "url", "version",
            ],
            "testcase": ["name", "time", "classname", "group"],
            "failure": ["type", "message"],
        ]
        let required: [String: Set<String>] = [
            "testsuite": ["name", "tests", "failures", "errors"], "testcase": ["name"],
        ]
        var pending = [try #require(try document().rootElement())]
        while let element = pending.popLast() {
            let name = try #require(element.name)
            let attributes = Set((element.attributes ?? []).compactMap(\.name))
            #expect(attributes.isSubset(of: allowed[name] ?? []), "\(name): \(attributes)")
            #expect((required[name] ?? []).isSubset(of: attributes), "\(name): \(attributes)")
            pending += (element.children ?? []).compactMap { $0 as? XMLElement }
        }
        let times = try document().nodes(forXPath: "//@time").compactMap(\.stringValue)
        #expect(!times.isEmpty)
        #expect(times.allSatisfy { $0.wholeMatch(of: #/\d+\.\d{3}/#) != nil }, "\(times)")
    }

    @Test func aProfileThatDoesNotDecodeGetsAMessageThatSaysWhy() {
        let message = JUnitReporter.message([
            "t.yaml:22:5: the test's profile does not decode:",
            "  t.yaml:24:38: error: unknown field \"prodcts\" in the profile\n  hint: did you mean \"products\"?",
        ])
        #expect(
            message
                == "t.yaml:22:5: the test's profile does not decode: t.yaml:24:38: error: unknown field \"prodcts\" in the profile"
        )
        #expect(JUnitReporter.message([]) == nil)
    }
}
