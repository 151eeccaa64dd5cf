#if canImport(Glibc)
    import Glibc
#endif

/// Planning a large workspace allocates and frees hundreds of megabytes; glibc keeps freed memory
/// in its arenas (one per thread that allocated), so a long-running server's resident memory would
/// grow to several plannings' worth. Fewer arenas, and giving freed pages back after each planning,
/// keep it near one planning's. (`malloc.h` is not in Swift's Glibc module: the two functions are
/// looked up by name, with their C types.)
package enum MemoryRelease {
    /// Call once, before the server starts its threads.
    package static func limitArenas() {
        #if canImport(Glibc)
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let arenaMaximum: Int32 = -8  // M_ARENA_MAX
            if let symbol = dlsym(nil, "mallopt") { _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaximum, 2) }
        #endif
    }

    package static func returnFreedMemory() {
        #if canImport(Glibc)
            typealias MallocTrim = @convention(c) (Int) -> Int32
            if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: MallocTrim.self)(0) }
        #endif
    }
}
