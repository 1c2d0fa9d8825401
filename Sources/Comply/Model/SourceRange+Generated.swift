import YAML

extension SourceRange {
    /// The range of a model element built in code rather than read from a file, so that
    /// hosts and tests can construct packs without inventing positions.
    public static let generated = SourceRange(
        file: "<generated>", start: Mark(line: 0, column: 0, offset: 0),
        end: Mark(line: 0, column: 0, offset: 0))
}
