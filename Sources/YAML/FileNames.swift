import Synchronization

/// The display names of the files that source ranges point into, each stored once and
/// numbered in the order first seen. Equal names get the same number, so ranges compare and
/// hash by it. A process keeps every name it was given (a few per loaded file, as a
/// compiler keeps its buffer names); the table is shared by all threads behind a lock,
/// which a load takes once.
enum FileNames {
    typealias ID = UInt32

    private struct Table {
        var ids: [String: ID] = [:]
        var names: [String] = []
    }

    private static let table = Mutex(Table())

    static func id(of name: String) -> ID {
        table.withLock { table in
            if let id = table.ids[name] { return id }
            // More than 2^32 distinct names would not fit in memory first.
            let id = ID(truncatingIfNeeded: table.names.count)
            table.names.append(name)
            table.ids[name] = id
            return id
        }
    }

    static func name(of id: ID) -> String {
        table.withLock { table in
            let index = Int(id)
            return index < table.names.count ? table.names[index] : ""
        }
    }
}
