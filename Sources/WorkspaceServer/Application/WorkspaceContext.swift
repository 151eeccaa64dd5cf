import Bilingual
import Hummingbird
import NIOCore
import WorkspaceCore
import WorkspacePages

/// A request as the workspace's routes see it: who is signed in (if anyone), in which language
/// to answer, and from where.
package struct WorkspaceContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    package var signedIn: SignedIn?
    package var language: Language = .fr
    package var remoteAddress: String?

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
