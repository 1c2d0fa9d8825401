import Comply
import ComplyReports
import Testing

@Suite struct ReportOptionsTests {
    @Test func showParsesStatusesAndAll() throws {
        #expect(try ReportOptions.statuses(from: "fail,unknown").get() == [.fail, .unknown])
        #expect(try ReportOptions.statuses(from: "all").get() == Set(CheckStatus.allCases))
        #expect(try ReportOptions.statuses(from: "not_applicable, pass").get() == [.notApplicable, .pass])
    }

    @Test func aBadStatusIsNamedWithASuggestion() {
        guard case .failure(let error) = ReportOptions.statuses(from: "fail,unknwn") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.word == "unknwn")
        #expect(error.description.contains("did you mean \"unknown\"?"))
    }

    @Test func byDefaultEverythingButNotApplicableIsShown() {
        #expect(ReportOptions().shown == [.pass, .fail, .unknown, .error])
    }

    @Test func colourOnlyOnATerminalAndNeverUnderNoColor() {
        #expect(ColourPolicy.enabled(isTerminal: true, environment: [:]))
        #expect(!ColourPolicy.enabled(isTerminal: false, environment: [:]))
        #expect(!ColourPolicy.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ColourPolicy.enabled(isTerminal: true, environment: ["NO_COLOR": ""]))
    }

    @Test func stylesAreEscapeCodesOnlyWithColour() {
        #expect(TextStyle.red.apply("x", colour: true) == "\u{1B}[31mx\u{1B}[0m")
        #expect(TextStyle.red.apply("x", colour: false) == "x")
    }
}
