/// An HS (Harmonized System) code reduced to its digits: `0804.50` and `080450` are the
/// same code. The first 2 digits are the chapter, 4 the heading, 6 the subheading.
struct HSCode: Sendable, Hashable {
    let digits: String

    /// Nil when the text holds anything but digits, dots and spaces, or no digit at all.
    init?(_ text: String) {
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character != "." && character != " " {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        self.digits = digits
    }

    /// The first `count` digits, or nil when the code is shorter.
    func prefix(_ count: Int) -> String? {
        digits.count >= count ? String(digits.prefix(count)) : nil
    }

    func hasPrefix(_ other: HSCode) -> Bool {
        digits.hasPrefix(other.digits)
    }

    /// The level of a change in tariff classification, and the digits it compares.
    enum ShiftLevel: String, CaseIterable {
        /// Change of chapter.
        case cc = "CC"
        /// Change of tariff heading.
        case cth = "CTH"
        /// Change of tariff subheading.
        case ctsh = "CTSH"

        var digits: Int {
            switch self {
            case .cc: return 2
            case .cth: return 4
            case .ctsh: return 6
            }
        }
    }
}
