import Comply
import Foundation
import Testing

/// JSON string literals as the reports write them: what must be escaped is, and nothing
/// else changes, whatever the script.
@Suite struct JSONStringTests {
    @Test func quotesBackslashesAndControlsAreEscaped() {
        #expect(JSONString.quoted("") == "\"\"")
        #expect(JSONString.quoted("plain") == "\"plain\"")
        #expect(JSONString.quoted("say \"hi\"\\now") == "\"say \\\"hi\\\"\\\\now\"")
        #expect(JSONString.quoted("a\nb\rc\td") == "\"a\\nb\\rc\\td\"")
        #expect(JSONString.quoted("\u{0}\u{1F}\u{7F}") == "\"\\u0000\\u001f\\u007f\"")
    }

    @Test func otherTextIsKeptAsItIsAndReadsBack() throws {
        let texts = [
            "Hợp tác xã Xoài Yên Châu → CN (ACFTA)", "RVC 35.2 % < 40 %", "\"Sơn La\"\n\tmộc",
            "emoji 🍋 and 日本",
            "e\u{301} combining",
        ]
        for text in texts {
            let quoted = JSONString.quoted(text)
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(decoded == [text], "\(quoted)")
        }
        #expect(JSONString.quoted("Yên Châu") == "\"Yên Châu\"")
    }

    @Test func writeAppends() {
        var output = "{"
        JSONString.write("a\"b", into: &output)
        #expect(output == "{\"a\\\"b\"")
    }
}
