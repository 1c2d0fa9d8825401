import Comply
import Testing

@Suite struct SemanticVersionTests {
    @Test func parsesFullVersions() throws {
        let version = try #require(SemanticVersion("2025.2.0-rc.1+build.5"))
        #expect(version.major == 2025)
        #expect(version.prerelease == ["rc", "1"])
        #expect(version.build == ["build", "5"])
        #expect(version.description == "2025.2.0-rc.1+build.5")
    }

    @Test(arguments: ["1.0", "1", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0+", "v1.0.0", "1.0.0.0", "a.b.c", ""])
    func rejectsMalformedVersions(_ text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test func precedenceFollowsTheSpecification() throws {
        let ordered = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "2.0.0",
        ].map { SemanticVersion($0) }
        for (lower, higher) in zip(ordered, ordered.dropFirst()) {
            #expect(try #require(lower) < (try #require(higher)))
        }
        #expect(SemanticVersion("1.0.0+a") == SemanticVersion("1.0.0+b"))
    }
}

@Suite struct VersionRequirementTests {
    private func allows(_ requirement: String, _ version: String) throws -> Bool {
        let range = try #require(VersionRequirement(requirement))
        return range.isSatisfied(by: try #require(SemanticVersion(version)))
    }

    @Test func comparatorsWithPartialVersions() throws {
        #expect(try allows(">=1", "1.0.0"))
        #expect(try allows(">=1", "3.1.4"))
        #expect(try !allows(">=1", "0.9.9"))
        #expect(try allows(">=1.2 <2", "1.9.0"))
        #expect(try !allows(">=1.2, <2", "2.0.0"))
        #expect(try allows("<=1.2", "1.2.7"))
        #expect(try !allows(">1.2", "1.2.7"))
        #expect(try allows(">1.2", "1.3.0"))
        #expect(try allows("=2.0.0", "2.0.0"))
        #expect(try allows("*", "0.0.1"))
    }

    @Test func caretTildeAndWildcards() throws {
        #expect(try allows("^1.4", "1.9.0"))
        #expect(try !allows("^1.4", "2.0.0"))
        #expect(try allows("^0.2.3", "0.2.9"))
        #expect(try !allows("^0.2.3", "0.3.0"))
        #expect(try allows("~1.2.0", "1.2.9"))
        #expect(try !allows("~1.2.0", "1.3.0"))
        #expect(try allows("1.x", "1.7.2"))
        #expect(try !allows("1.x", "2.0.0"))
        #expect(try allows("1.2", "1.2.5"))
    }

    @Test(arguments: ["", ">=", "at least one", ">=1.x.2", "^", "1.2.3.4"])
    func rejectsMalformedRanges(_ text: String) {
        #expect(VersionRequirement(text) == nil)
    }
}
