extension Duration {
    /// The duration in seconds, as reports and summaries give it.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
