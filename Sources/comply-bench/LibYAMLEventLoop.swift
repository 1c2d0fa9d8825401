import CYAML

/// libyaml's raw event loop, call for call what `Benchmarks/yaml/yaml_bench.c` does in its
/// `events` mode (initialize, set the input, parse and delete every event, delete the
/// parser), so that the loader can be timed against it in the same process, document by
/// document.
final class LibYAMLEventLoop {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)

    deinit {
        parser.deallocate()
        event.deallocate()
    }

    /// Pulls every event of `bytes`; returns how many documents ended.
    func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Int {
        guard let base = bytes.baseAddress, yaml_parser_initialize(parser) == 1 else {
            throw Failure(description: "libyaml could not start on an empty or unallocated input")
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)
        var documents = 0
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                throw Failure(
                    description: "libyaml: " + (parser.pointee.problem.map { String(cString: $0) } ?? "?"))
            }
            let type = event.pointee.type
            if type == YAML_DOCUMENT_END_EVENT { documents += 1 }
            yaml_event_delete(event)
            if type == YAML_STREAM_END_EVENT { return documents }
        }
    }
}
