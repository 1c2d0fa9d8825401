extension YAMLLoader {
    /// Bounds on what one load may cost, so a hostile or broken file fails with a located
    /// error instead of exhausting memory or time.
    public struct Limits: Hashable, Sendable {
        /// Sequences and mappings nested inside one another.
        public var maxDepth: Int
        /// Size of the whole input in bytes. Inputs over 512 MiB are refused whatever this
        /// says: a load indexes its nodes with 32 bits.
        public var maxInputBytes: Int
        /// Size of one scalar's content in bytes.
        public var maxScalarBytes: Int
        /// Nodes that aliases may add to one stream: each `*alias` costs the size of the
        /// node it copies, counted with the aliases inside it. This is what stops a
        /// "billion laughs" document after a few thousand events.
        public var maxAliasExpansion: Int

        public init(
            maxDepth: Int = 256,
            maxInputBytes: Int = 64 << 20,
            maxScalarBytes: Int = 8 << 20,
            maxAliasExpansion: Int = 1_000_000
        ) {
            self.maxDepth = maxDepth
            self.maxInputBytes = maxInputBytes
            self.maxScalarBytes = maxScalarBytes
            self.maxAliasExpansion = maxAliasExpansion
        }
    }
}
