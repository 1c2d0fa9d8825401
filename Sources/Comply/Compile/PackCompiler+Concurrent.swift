import Dispatch
import Synchronization

extension PackCompiler {
    /// Compiles `packs` side by side, one per core, keeping their order.
    ///
    /// Packs share nothing while they compile (each has its own environments and
    /// diagnostics), and compiling is most of the time a check of the whole library takes,
    /// so a library of twenty packs loads several times faster on a laptop.
    public func compile(_ packs: [RulePack]) -> [PackCompilation] {
        let results = Mutex([PackCompilation?](repeating: nil, count: packs.count))
        DispatchQueue.concurrentPerform(iterations: packs.count) { index in
            let compilation = compile(packs[index])
            results.withLock { $0[index] = compilation }
        }
        return results.withLock { $0.compactMap(\.self) }
    }
}
