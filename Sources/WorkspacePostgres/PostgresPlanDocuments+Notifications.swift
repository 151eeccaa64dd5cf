import WorkspaceStore

extension PostgresPlanDocuments: PlanChangeNotifier {
    /// LISTEN on the store's plans channel (`PostgresListener`).
    package func listen(
        retryCap: Duration, connected: @escaping @Sendable () async -> Void, changed: @escaping @Sendable (String) async -> Void
    ) async {
        await PostgresListener.listen(
            to: store.plansChannel, url: store.url, searchPath: store.searchPath, logger: store.logger, what: "plan changes",
            retryCap: retryCap, connected: connected, notified: changed)
    }
}
