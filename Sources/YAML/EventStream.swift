import CYAML

/// One libyaml parser over a byte buffer, pulled one event at a time.
///
/// It owns the parser and the current event and releases both on every path (including
/// an error thrown halfway through a stream), so a load never leaks libyaml memory.
final class EventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    /// libyaml asserts on a null input pointer, so an empty input reads from this byte.
    private let emptyInput: UnsafeMutablePointer<UInt8>
    private let input: UnsafeBufferPointer<UInt8>
    private let file: String

    /// `input` must stay valid for the lifetime of the stream.
    init(input: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) {
        self.input = input
        self.file = file
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        emptyInput = .allocate(capacity: 1)
        emptyInput.initialize(to: 0)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            event.deallocate()
            emptyInput.deallocate()
            throw YAMLError(
                kind: .io, file: file, line: 0, column: 0, message: "libyaml could not allocate a parser")
        }
        if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
        } else {
            yaml_parser_set_input_string(parser, emptyInput, 0)
        }
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        emptyInput.deallocate()
    }

    /// The next event; valid until the following call. Throws libyaml's error, located.
    func next() throws(YAMLError) -> UnsafeMutablePointer<yaml_event_t> {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
        holdsEvent = true
        return event
    }

    private func currentError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLError(
                kind: .io, file: file, line: 0, column: 0, message: "libyaml ran out of memory",
                hint: "the input is too large for the memory available")
        case YAML_READER_ERROR:
            let mark = markOfByte(Int(state.problem_offset))
            var message = problem
            if state.problem_value >= 0 {
                message +=
                    " (byte 0x" + String(UInt8(truncatingIfNeeded: state.problem_value), radix: 16) + ")"
            }
            message += " at byte offset \(state.problem_offset)"
            return YAMLError(.encoding, file: file, at: mark, message, hint: LibYAMLHints.hint(for: problem))
        default:
            var message = problem
            if let context = state.context {
                let contextMark = state.context_mark
                message +=
                    " (\(String(cString: context)) at line \(contextMark.line + 1), column \(contextMark.column + 1))"
            }
            return YAMLError(
                kind: .syntax, file: file, line: Int(state.problem_mark.line) + 1,
                column: Int(state.problem_mark.column) + 1, message: message,
                hint: LibYAMLHints.hint(for: problem))
        }
    }

    /// libyaml's reader reports only a byte offset, so the line and column are counted here.
    private func markOfByte(_ offset: Int) -> Mark {
        var line = 1
        var column = 1
        for byte in input.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column, offset: offset)
    }
}
