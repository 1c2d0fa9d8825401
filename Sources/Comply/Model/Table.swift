import CEL
import YAML

/// Reference data a pack's rules look up, as `tables.NAME` in CEL: a list of rows, each a
/// map from column name to a typed value.
///
/// ```yaml
/// tables:
///   permitted_fruit:
///     file: tables/cn-permitted-fruit.csv
///     columns: {hs_prefix: string, name: string, from: date, to: date}
///     effective_columns: {from: from, to: to}
/// ```
///
/// A cell left empty in a non-string column is absent from its row (absent is not
/// empty); an empty string cell is `""`.
public struct Table: Sendable, Equatable {
    public enum ColumnType: String, Sendable, Hashable, CaseIterable {
        case string
        case int
        case double
        case bool
        /// A `YYYY-MM-DD` day, a CEL timestamp at 00:00 UTC.
        case date
    }

    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: ColumnType
        public var range: SourceRange

        public init(name: String, type: ColumnType, range: SourceRange = .generated) {
            self.name = name
            self.type = type
            self.range = range
        }
    }

    public struct Row: Sendable, Equatable {
        /// Column name to value, in column order.
        public var values: MapValue
        /// From the table's effective columns; nil when the table has none.
        public var effective: EffectiveWindow?
        /// The CSV record or YAML mapping of the row.
        public var range: SourceRange

        public init(values: MapValue, effective: EffectiveWindow? = nil, range: SourceRange = .generated) {
            self.values = values
            self.effective = effective
            self.range = range
        }

        public subscript(column: String) -> Value? { values[.string(column)] }
    }

    /// The columns holding each row's first and last effective day.
    public struct EffectiveColumns: Sendable, Hashable {
        public var from: String?
        public var to: String?
        public var range: SourceRange

        public init(from: String? = nil, to: String? = nil, range: SourceRange = .generated) {
            self.from = from
            self.to = to
            self.range = range
        }
    }

    /// A CEL identifier, unique in the pack.
    public var name: String
    public var nameRange: SourceRange
    public var description: LocalizedText?
    public var columns: [Column]
    public var rows: [Row]
    public var effectiveColumns: EffectiveColumns?
    /// The data file as written in the pack (relative to the pack), nil for inline rows.
    public var file: String?
    /// The table's declaration.
    public var range: SourceRange

    public init(
        name: String, nameRange: SourceRange = .generated, description: LocalizedText? = nil,
        columns: [Column],
        rows: [Row], effectiveColumns: EffectiveColumns? = nil, file: String? = nil,
        range: SourceRange = .generated
    ) {
        self.name = name
        self.nameRange = nameRange
        self.description = description
        self.columns = columns
        self.rows = rows
        self.effectiveColumns = effectiveColumns
        self.file = file
        self.range = range
    }

    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// The rows in force on `date`, as the CEL list `tables.NAME` evaluates to.
    public func value(asOf date: CivilDate?) -> Value {
        var list: [Value] = []
        list.reserveCapacity(rows.count)
        for row in rows {
            if let date, let window = row.effective, !window.contains(date) { continue }
            list.append(.map(row.values))
        }
        return .list(list)
    }
}
