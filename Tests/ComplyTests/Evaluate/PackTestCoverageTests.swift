import Comply
import Testing

@Suite struct PackTestCoverageTests {
    static let checks = """
          - id: both
            title: Tested both ways
            require: 'enterprise.name != ""'
          - id: only-pass
            title: Only seen to pass
            require: 'enterprise.name != ""'
          - id: untested
            title: Never tested
            require: 'enterprise.name != ""'
        """

    static let tests = """
        tests:
          - name: named
            profile: {enterprise: {name: A}}
            expect: {both: pass, only-pass: pass}
          - name: unnamed
            profile: {enterprise: {name: ""}}
            expect: {both: fail}
        """

    @Test func gapsNameTheStatusesNoTestExpects() throws {
        let pack = try Engine.decode(Engine.pack(Self.checks) + "\n" + Self.tests)
        let coverage = PackTestCoverage(pack)
        #expect(coverage.expected["both"] == [.pass, .fail])
        #expect(
            coverage.gaps == [
                .init(checkID: "only-pass", missing: [.fail]),
                .init(checkID: "untested", missing: [.pass, .fail]),
            ])
    }
}
