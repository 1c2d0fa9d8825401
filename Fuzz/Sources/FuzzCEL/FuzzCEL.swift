import CEL

/// Built once: an environment with every library is immutable and costs far more to make
/// than one small input costs to run, so building it per input would hide the engine behind
/// set-up time.
private let environment = Environment()
private let options = ProgramOptions(costLimit: 10_000, maxComprehensionSize: 1_000)

/// libFuzzer's entry point: the bytes, read as UTF-8 (invalid sequences repaired), go
/// through parse, check and evaluation with a small cost limit. The parsed AST is also
/// evaluated unchecked, so that inputs the checker rejects still reach the runtime's
/// dynamic dispatch and error paths. Compile errors are expected; crashes, hangs and leaks
/// are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parsed: AST
    do {
        parsed = try environment.parse(text, description: "fuzz")
    } catch {
        _ = error.description
        return 0
    }
    _ = environment.program(parsed, options: options).evaluate(Activation())
    do {
        let checked = try environment.check(parsed)
        let program = environment.program(checked, options: options)
        _ = program.evaluate(Activation())
        _ = program.evaluate(Activation(), trace: true)
    } catch {
        _ = error.description
    }
    return 0
}
