import CEL
import YAML

extension DecodingContext {
    static let tableKeys = ["description", "file", "columns", "effective_columns", "rows"]

    /// `tables:` — an ordered mapping of table names to tables.
    mutating func tables(_ node: Node, readFile: PackDecoder.FileReader) -> [Table] {
        guard let entries = node.mapping else {
            error(
                node.range, "expected tables as a mapping of names to tables, found \(node.kindDescription)",
                hint: "write e.g. permitted: {file: tables/permitted.csv, columns: {hs_prefix: string}}")
            return []
        }
        var result: [Table] = []
        for entry in entries {
            guard let name = celName(entry.key, "a table name") else { continue }
            if let table = table(named: name, nameRange: entry.key.range, entry.value, readFile: readFile) {
                result.append(table)
            }
        }
        return result
    }

    /// A table declaration: `{file, columns, effective_columns}` for a CSV or YAML file, or
    /// `{columns, rows}` inline.
    mutating func table(
        named name: String, nameRange: SourceRange, _ node: Node, readFile: PackDecoder.FileReader
    ) -> Table? {
        let what = "table \"\(name)\""
        guard let reader = MappingReader(node, what: "the \(what)", allowed: Self.tableKeys, context: &self)
        else {
            return nil
        }
        let description = reader.value("description").flatMap {
            localizedText($0, "the description of the \(what)")
        }
        var columns = reader.value("columns").flatMap { tableColumns($0, what) }
        if reader.value("columns") != nil, columns == nil { return nil }
        let fileNode = reader.value("file")
        let rowsNode = reader.value("rows")
        var effectiveNode = reader.value("effective_columns")
        var rows: [TableRowDraft]
        var filePath: String?
        switch (fileNode, rowsNode) {
        case (let fileNode?, nil):
            guard let path = nonEmptyString(fileNode, "the file of the \(what)") else { return nil }
            filePath = path
            let resolved = PathText.join(directory, path)
            guard let bytes = readFile(resolved) else {
                error(
                    fileNode.range, "cannot read the file \"\(path)\" of the \(what)",
                    hint:
                        "the path is relative to \(PathText.lastComponent(of: file)) (looked for \(resolved))"
                )
                return nil
            }
            if path.hasSuffix(".csv") {
                guard let parsed = csvRows(bytes, file: resolved, declared: columns, what: what) else {
                    return nil
                }
                columns = parsed.columns
                rows = parsed.rows
            } else if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                var fileContext = DecodingContext(file: resolved, sourceBytes: bytes)
                defer { bag.append(contentsOf: fileContext.bag.diagnostics) }
                guard let document = fileContext.singleDocument(bytes) else { return nil }
                guard
                    let parsed = fileContext.yamlTableFile(
                        document, declared: columns, declaredEffective: effectiveNode, what: what)
                else { return nil }
                columns = parsed.columns
                rows = parsed.rows
                effectiveNode = effectiveNode ?? parsed.effective
            } else {
                error(
                    fileNode.range, "the file of the \(what) must end in .csv or .yaml",
                    hint: "tables are CSV with a header row, or YAML with a list of rows")
                return nil
            }
        case (nil, let rowsNode?):
            guard let declared = columns else {
                error(
                    node.range, "the \(what) has rows but no columns",
                    hint: "declare the columns and their types, e.g. columns: {code: string, from: date}")
                return nil
            }
            rows = yamlRows(rowsNode, columns: declared, what: what)
        case (.some, .some):
            error(
                rowsNode?.range ?? node.range, "the \(what) has both file and rows",
                hint: "keep the rows in the file, or inline, not both")
            return nil
        case (nil, nil):
            error(
                node.range, "the \(what) has neither file nor rows",
                hint: "give file: tables/\(name).csv, or rows: with columns:")
            return nil
        }
        guard let columns else { return nil }
        let effective = effectiveNode.flatMap { effectiveColumns($0, columns: columns, what: what) }
        return Table(
            name: name, nameRange: nameRange, description: description, columns: columns,
            rows: rows.map { finishRow($0, effective: effective) }, effectiveColumns: effective,
            file: filePath,
            range: node.range)
    }

    /// A table file found in a folder pack's `tables/` without a declaration in `pack.yaml`:
    /// a CSV whose header may type its columns (`code,from:date`), or a YAML table.
    mutating func undeclaredTable(named name: String, bytes: [UInt8], path: String) -> Table? {
        let what = "table \"\(name)\""
        let range = SourceRange(
            file: file, start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 0))
        if path.hasSuffix(".csv") {
            guard let parsed = csvRows(bytes, file: file, declared: nil, what: what) else { return nil }
            return Table(
                name: name, nameRange: range, columns: parsed.columns,
                rows: parsed.rows.map { finishRow($0, effective: nil) },
                file: PathText.lastComponent(of: path),
                range: range)
        }
        guard let document = singleDocument(bytes),
            let parsed = yamlTableFile(document, declared: nil, declaredEffective: nil, what: what)
        else { return nil }
        let effective = parsed.effective.flatMap { effectiveColumns($0, columns: parsed.columns, what: what) }
        return Table(
            name: name, nameRange: range, description: parsed.description, columns: parsed.columns,
            rows: parsed.rows.map { finishRow($0, effective: effective) }, effectiveColumns: effective,
            file: PathText.lastComponent(of: path), range: document.range)
    }

    // MARK: Columns

    mutating func tableColumns(_ node: Node, _ what: String) -> [Table.Column]? {
        guard let entries = node.mapping else {
            error(
                node.range,
                "expected the columns of the \(what) as a mapping of names to types, found \(node.kindDescription)",
                hint: "write e.g. columns: {code: string, from: date}")
            return nil
        }
        var columns: [Table.Column] = []
        var failed = false
        for entry in entries {
            guard let name = celName(entry.key, "a column name"),
                let type = enumeration(entry.value, "column type", as: Table.ColumnType.self)
            else {
                failed = true
                continue
            }
            columns.append(Table.Column(name: name, type: type, range: entry.key.range))
        }
        // Rows checked against half the columns would only repeat the mistake.
        return failed ? nil : columns
    }

    mutating func effectiveColumns(
        _ node: Node, columns: [Table.Column], what: String
    ) -> Table.EffectiveColumns? {
        guard
            let reader = MappingReader(
                node, what: "the effective_columns of the \(what)", allowed: ["from", "to"], context: &self)
        else { return nil }
        var names: [String: String] = [:]
        for key in ["from", "to"] {
            guard let value = reader.value(key), let name = string(value, "the \(key) column") else {
                continue
            }
            guard let column = columns.first(where: { $0.name == name }) else {
                error(
                    value.range, "the \(what) has no column \"\(name)\"",
                    hint: DidYouMean.hint(for: name, among: columns.filter { $0.type == .date }.map(\.name))
                        ?? "name one of its date columns")
                continue
            }
            guard column.type == .date else {
                error(
                    value.range, "the column \"\(name)\" of the \(what) is \(column.type.rawValue), not date",
                    hint: "effective columns hold days; declare it as date")
                continue
            }
            names[key] = name
        }
        guard !names.isEmpty else { return nil }
        return Table.EffectiveColumns(from: names["from"], to: names["to"], range: node.range)
    }

    // MARK: Rows

    struct TableRowDraft {
        var values: MapValue
        var dates: [String: CivilDate]
        var range: SourceRange
    }

    private mutating func finishRow(_ draft: TableRowDraft, effective: Table.EffectiveColumns?) -> Table.Row {
        guard let effective else { return Table.Row(values: draft.values, range: draft.range) }
        let from = effective.from.flatMap { draft.dates[$0] }
        let to = effective.to.flatMap { draft.dates[$0] }
        if let from, let to, to < from {
            error(
                draft.range, "this row ends (\(to)) before it starts (\(from))",
                hint: "both days are inclusive")
        }
        return Table.Row(
            values: draft.values, effective: EffectiveWindow(from: from, to: to, range: draft.range),
            range: draft.range)
    }

    /// The typed value of one cell, or nil for an empty non-string cell (absent, not
    /// empty); a cell that does not fit its column is reported at `range`.
    private mutating func cellValue(
        _ text: String, column: Table.Column, range: SourceRange, dates: inout [String: CivilDate]
    ) -> Value?? {
        if column.type != .string, text.isEmpty { return .some(nil) }
        let trimmed = column.type == .string ? text : text.trimmingSpaces
        switch column.type {
        case .string: return .string(text)
        case .int:
            if let number = Int64(trimmed) { return .int(number) }
            error(
                range, "\"\(text)\" is not an integer (column \"\(column.name)\")",
                hint: "write digits only, e.g. 42")
        case .double:
            if let number = Double(trimmed), number.isFinite { return .double(number) }
            error(
                range, "\"\(text)\" is not a number (column \"\(column.name)\")",
                hint: trimmed.contains(",") ? "use . as the decimal separator: 1234.5" : "write e.g. 1234.5")
        case .bool:
            switch trimmed.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                error(
                    range, "\"\(text)\" is not true or false (column \"\(column.name)\")",
                    hint: "write true or false")
            }
        case .date:
            if let date = CivilDate(trimmed) {
                dates[column.name] = date
                return .timestamp(date.timestamp)
            }
            error(
                range, "\"\(text)\" is not a date (column \"\(column.name)\")",
                hint: "write dates as YYYY-MM-DD, e.g. 2026-06-01")
        }
        return nil
    }

    /// Rows of a CSV file with a header row. With declared columns, the header must name
    /// exactly them (in any order); without, the header declares them, `name:type` or
    /// `name` for a string column.
    mutating func csvRows(
        _ bytes: [UInt8], file csvFile: String, declared: [Table.Column]?, what: String
    ) -> (columns: [Table.Column], rows: [TableRowDraft])? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            error(
                Self.fileStart(csvFile), "the file of the \(what) is not UTF-8 text", hint: "save it as UTF-8"
            )
            return nil
        }
        let csv = CSVReader(text)
        for problem in csv.problems {
            error(Self.position(csvFile, problem.line, problem.column), problem.message, hint: problem.hint)
        }
        guard let header = csv.records.first else {
            error(
                Self.fileStart(csvFile), "the file of the \(what) is empty",
                hint: "the first line names the columns")
            return nil
        }
        // Each header field's column, or nil when the field is not usable.
        var fieldColumns: [Table.Column?] = []
        var columns: [Table.Column] = []
        for field in header.fields {
            let range = Self.position(csvFile, field.line, field.column)
            let parts = field.text.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
            let name = parts.first ?? ""
            if fieldColumns.compactMap({ $0 }).contains(where: { $0.name == name }) {
                error(
                    range, "the column \"\(name)\" appears twice in the header", hint: "rename or remove one")
                fieldColumns.append(nil)
                continue
            }
            if let declared {
                guard let column = declared.first(where: { $0.name == name }) else {
                    error(
                        range, "the header names a column \"\(name)\" that the \(what) does not declare",
                        hint: DidYouMean.hint(for: name, among: declared.map(\.name))
                            ?? "declare it under columns:, or remove it from the file")
                    fieldColumns.append(nil)
                    continue
                }
                if parts.count > 1, parts[1] != column.type.rawValue {
                    error(
                        range,
                        "the header types \"\(name)\" as \(parts[1]), but the \(what) declares \(column.type.rawValue)",
                        hint: "keep the types in one place")
                }
                fieldColumns.append(Table.Column(name: name, type: column.type, range: range))
            } else {
                guard Identifiers.isCELName(name) else {
                    error(range, "\"\(name)\" cannot be a column name", hint: Identifiers.celNameHint(name))
                    fieldColumns.append(nil)
                    continue
                }
                var type = Table.ColumnType.string
                if parts.count > 1 {
                    guard let declaredType = Table.ColumnType(rawValue: parts[1]) else {
                        let allowed = Table.ColumnType.allCases.map(\.rawValue)
                        error(
                            range, "unknown column type \"\(parts[1])\"",
                            hint: DidYouMean.hint(for: parts[1], among: allowed)
                                ?? "use one of: \(allowed.joined(separator: ", "))")
                        fieldColumns.append(nil)
                        continue
                    }
                    type = declaredType
                }
                let column = Table.Column(name: name, type: type, range: range)
                fieldColumns.append(column)
                columns.append(column)
            }
        }
        if let declared {
            columns = declared
            for column in declared where !fieldColumns.contains(where: { $0?.name == column.name }) {
                error(
                    Self.position(csvFile, header.line, 1),
                    "the header has no column \"\(column.name)\", which the \(what) declares",
                    hint: "add it to the first line of the file")
            }
        }
        var rows: [TableRowDraft] = []
        for record in csv.records.dropFirst() {
            let recordRange = Self.position(csvFile, record.line, 1)
            if record.fields.count != header.fields.count {
                error(
                    recordRange,
                    "this row has \(record.fields.count) fields, the header \(header.fields.count)",
                    hint: "quote fields that contain commas: \"Mango, fresh\"")
                continue
            }
            var values = MapValue()
            var dates: [String: CivilDate] = [:]
            for (field, column) in zip(record.fields, fieldColumns) {
                guard let column else { continue }
                let range = Self.position(csvFile, field.line, field.column)
                if case .some(let value) = cellValue(field.text, column: column, range: range, dates: &dates),
                    let value
                {
                    values[.string(column.name)] = value
                }
            }
            rows.append(TableRowDraft(values: values, dates: dates, range: recordRange))
        }
        return (columns, rows)
    }

    /// Rows written as YAML mappings, each cell read from its text with its column's type.
    mutating func yamlRows(_ node: Node, columns: [Table.Column], what: String) -> [TableRowDraft] {
        guard let items = node.sequence else {
            error(
                node.range, "expected the rows of the \(what) as a sequence, found \(node.kindDescription)",
                hint: "write one `- {column: value, ...}` per row")
            return []
        }
        var rows: [TableRowDraft] = []
        for item in items {
            guard let entries = item.mapping else {
                error(item.range, "expected a row of the \(what) as a mapping, found \(item.kindDescription)")
                continue
            }
            var values = MapValue()
            var dates: [String: CivilDate] = [:]
            for entry in entries {
                let key = entry.key.scalar?.text ?? ""
                guard let column = columns.first(where: { $0.name == key }) else {
                    error(
                        entry.key.range, "the \(what) has no column \"\(key)\"",
                        hint: DidYouMean.hint(for: key, among: columns.map(\.name))
                            ?? "its columns are \(columns.map(\.name).joined(separator: ", "))")
                    continue
                }
                guard !entry.value.isNull else { continue }
                guard let scalar = entry.value.scalar else {
                    error(
                        entry.value.range,
                        "expected a \(column.type.rawValue) in column \"\(key)\", found \(entry.value.kindDescription)"
                    )
                    continue
                }
                if case .some(let value) = cellValue(
                    scalar.text, column: column, range: entry.value.range, dates: &dates),
                    let value
                {
                    values[.string(column.name)] = value
                }
            }
            rows.append(TableRowDraft(values: values, dates: dates, range: item.range))
        }
        return rows
    }

    /// A YAML table file: a list of rows, or `{description, columns, effective_columns, rows}`.
    mutating func yamlTableFile(
        _ document: Node, declared: [Table.Column]?, declaredEffective: Node?, what: String
    ) -> (columns: [Table.Column], rows: [TableRowDraft], effective: Node?, description: LocalizedText?)? {
        if document.sequence != nil {
            guard let declared else {
                error(
                    document.range, "the \(what) has rows but no columns",
                    hint:
                        "write the file as {columns: {...}, rows: [...]}, or declare the columns in the pack")
                return nil
            }
            return (declared, yamlRows(document, columns: declared, what: what), nil, nil)
        }
        guard
            let reader = MappingReader(
                document, what: "the \(what)",
                allowed: ["description", "columns", "effective_columns", "rows"],
                context: &self)
        else { return nil }
        let own = reader.value("columns").flatMap { tableColumns($0, what) }
        if own != nil, declared != nil, let node = reader.value("columns") {
            error(
                node.range, "the columns of the \(what) are declared both here and in the pack",
                hint: "keep them in one place")
        }
        if declaredEffective != nil, let node = reader.value("effective_columns") {
            error(
                node.range, "the effective_columns of the \(what) are declared both here and in the pack",
                hint: "keep them in one place")
        }
        guard let columns = declared ?? own else {
            error(document.range, "the \(what) declares no columns", hint: "add columns: {name: type, ...}")
            return nil
        }
        let description = reader.value("description").flatMap {
            localizedText($0, "the description of the \(what)")
        }
        let rows =
            reader.required("rows", context: &self).map { yamlRows($0, columns: columns, what: what) } ?? []
        return (columns, rows, reader.value("effective_columns"), description)
    }

    static func position(_ file: String, _ line: Int, _ column: Int) -> SourceRange {
        let mark = Mark(line: line, column: column, offset: 0)
        return SourceRange(file: file, start: mark, end: mark)
    }

    static func fileStart(_ file: String) -> SourceRange { position(file, 1, 1) }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
