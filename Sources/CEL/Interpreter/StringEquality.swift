/// CEL compares strings by code points; Swift's `==` also equates canonically
/// equivalent spellings (`"é"` and `"e\u{301}"`), so the interpreter compares bytes.
enum StringEquality {
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        let contiguous = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
        }
        if let contiguous, let result = contiguous { return result }
        return a.utf8.elementsEqual(b.utf8)
    }
}
