import ArgumentParser
import Foundation

/// Where a machine-readable report goes: standard output, or a file written whole (to a
/// temporary file first, then renamed into place), so that a CI step never reads half a
/// report and a failed write leaves the previous file as it was.
enum ReportFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.standardOutput.write(text)
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Terminal.standardError.line(
                "\(path): error: cannot write the report: \(error.localizedDescription)\n"
                    + "  hint: check that the folder exists and is writable")
            throw ExitCode(2)
        }
    }
}
