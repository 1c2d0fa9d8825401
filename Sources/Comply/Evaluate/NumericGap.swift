/// How far a failed numeric comparison missed: `rvc >= 40.0` with `rvc` 35.2 missed by
/// 4.8. The difference is exact (decimal), so 40 − 35.2 is 4.8, not 4.799999999999997.
public struct NumericGap: Sendable, Hashable {
    public enum Relation: String, Sendable, Hashable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        /// The relation with its operands swapped (`40 <= x` is `x >= 40`).
        var flipped: Relation {
            switch self {
            case .less: return .greater
            case .lessOrEqual: return .greaterOrEqual
            case .greater: return .less
            case .greaterOrEqual: return .lessOrEqual
            }
        }
    }

    /// The source text of the compared value (`rvc`, `product.residue_mg_per_kg`).
    public var expression: String
    public var value: ExactDecimal
    public var relation: Relation
    /// The other side of the comparison, usually a constant.
    public var threshold: ExactDecimal
    /// |value − threshold|, zero when a strict comparison met its bound exactly.
    public var gap: ExactDecimal

    public init(expression: String, value: ExactDecimal, relation: Relation, threshold: ExactDecimal) {
        self.expression = expression
        self.value = value
        self.relation = relation
        self.threshold = threshold
        self.gap = (value.subtracting(threshold) ?? .zero).magnitude.normalized
    }

    /// `35.2 is 4.8 below the threshold 40`, or in Vietnamese
    /// `35,2 thấp hơn ngưỡng 40 là 4,8`.
    public func description(in language: Language) -> String {
        let value = ValueFormatter.number(self.value, places: nil, language: language)
        let threshold = ValueFormatter.number(self.threshold, places: nil, language: language)
        let gap = ValueFormatter.number(self.gap, places: nil, language: language)
        let needsMore = relation == .greater || relation == .greaterOrEqual
        switch (language, needsMore, self.gap.isZero) {
        case (.en, true, true): return "\(value) equals the threshold \(threshold) but must exceed it"
        case (.en, false, true): return "\(value) equals the limit \(threshold) but must stay below it"
        case (.en, true, false): return "\(value) is \(gap) below the threshold \(threshold)"
        case (.en, false, false): return "\(value) is \(gap) above the limit \(threshold)"
        case (.vi, true, true): return "\(value) bằng ngưỡng \(threshold) nhưng phải lớn hơn"
        case (.vi, false, true): return "\(value) bằng giới hạn \(threshold) nhưng phải nhỏ hơn"
        case (.vi, true, false): return "\(value) thấp hơn ngưỡng \(threshold) là \(gap)"
        case (.vi, false, false): return "\(value) vượt giới hạn \(threshold) là \(gap)"
        }
    }
}
